"""The open deadlines as an iCalendar file: one all-day event with a reminder each, and UIDs that
stay the same when a date moves, so importing again updates rather than duplicates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from desktop_app.domain.deadlines import Deadline
from desktop_app.errors import InvalidInputError
from desktop_app.services import calendar, documents, events, notices
from desktop_app.store.casefile import CaseFile

TODAY = dt.date(2026, 9, 1)


def _events(path: Path) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["summary"]).split(" — ")[0]: e for e in parsed.walk("VEVENT")}


def test_each_open_deadline_is_an_all_day_event_with_a_reminder(
    case: CaseFile, tmp_path: Path
) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18))
    ics = tmp_path / "deadlines.ics"

    assert calendar.write_calendar(case, ics, TODAY) == 2

    found = _events(ics)
    assert set(found) == {"221(g) reply", "Inquiry about processing"}
    reply = found["221(g) reply"]
    assert reply.decoded("dtstart") == dt.date(2027, 8, 18)
    assert reply.decoded("dtend") == dt.date(2027, 8, 19)
    [alarm] = reply.walk("VALARM")
    assert (str(alarm["action"]), alarm.decoded("trigger")) == ("DISPLAY", -dt.timedelta(days=7))
    assert "one year from the earliest known date" in str(reply["description"])


def test_a_moved_date_keeps_its_uid_so_the_calendar_updates_it(
    case: CaseFile, tmp_path: Path
) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18))
    calendar.write_calendar(case, tmp_path / "first.ics", TODAY)
    notices.record_notice(case, notice_date=dt.date(2026, 8, 25))
    calendar.write_calendar(case, tmp_path / "again.ics", TODAY)

    first, again = _events(tmp_path / "first.ics"), _events(tmp_path / "again.ics")
    assert first["221(g) reply"]["uid"] == again["221(g) reply"]["uid"]
    assert again["221(g) reply"].decoded("dtstart") == dt.date(2027, 8, 25)
    assert len({str(e["uid"]) for e in again.values()}) == len(again)


def test_met_and_moot_deadlines_are_left_out(case: CaseFile, tmp_path: Path) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18))
    events.record_event(case, "documents_submitted", dt.date(2026, 8, 20))
    ics = tmp_path / "deadlines.ics"

    calendar.write_calendar(case, ics, TODAY)

    assert set(_events(ics)) == {"Inquiry about processing", "Next follow-up"}


def test_uids_differ_between_cases() -> None:
    reply = Deadline("221(g) reply", dt.date(2027, 1, 1), "rule", "reply")
    assert calendar.uid("case one", reply) != calendar.uid("case two", reply)
    assert calendar.uid("case one", reply) == calendar.uid("case one", reply)


def test_the_calendar_never_overwrites_the_case_file_or_a_documents_original(
    case: CaseFile, tmp_path: Path
) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18))
    original = tmp_path / "bank statement.pdf"
    original.write_bytes(b"%PDF-1.4 the bank statement as the bank sent it")
    documents.add_document(case, original, original_name=original.name, kind="bank_statement")
    case_bytes = Path(case.path).read_bytes()

    for precious in (Path(case.path), original):
        with pytest.raises(InvalidInputError, match="Choose another file name"):
            calendar.write_calendar(case, precious, TODAY)

    assert original.read_bytes() == b"%PDF-1.4 the bank statement as the bank sent it"
    assert Path(case.path).read_bytes() == case_bytes
    assert calendar.write_calendar(case, tmp_path / "deadlines.ics", TODAY) == 2
