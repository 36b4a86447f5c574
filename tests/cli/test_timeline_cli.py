"""A dropbox case told through the command line, checked after every step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.domain.test_ceac import LONG_REFUSED


def test_a_dropbox_sequence_reports_the_right_phase_and_deadline(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "dropbox.visacase"
    run_cli("new", case, "--title", "Dropbox")
    run_cli("applicant", case, "Ana Reyes", "--application-id", "AA00B7QPGN")

    steps = [
        (
            ("event", "add", case, "--kind", "dropbox", "--on", "2026-01-05", "--applicant", "1"),
            "",
            "application submitted",
            "2026-01-05",
        ),
        (
            ("status", "add", case, "--on", "2026-01-09", "--applicant", "1"),
            LONG_REFUSED,
            "administrative processing",
            "2026-01-09",
        ),
        (
            (
                "event",
                "add",
                case,
                "--kind",
                "refusal_221g",
                "--on",
                "2026-01-12",
                "--applicant",
                "1",
            ),
            "",
            "221(g): documents requested",
            "2026-01-12",
        ),
        (
            (
                "event",
                "add",
                case,
                "--kind",
                "documents_submitted",
                "--on",
                "2026-01-19",
                "--applicant",
                "1",
            ),
            "",
            "documents submitted",
            "2026-01-19",
        ),
        (
            ("status", "add", case, "--on", "2026-02-02", "--applicant", "1"),
            "Status: Administrative Processing",
            "administrative processing",
            "2026-02-02",
        ),
        (
            ("status", "add", case, "--on", "2026-02-23", "--applicant", "1"),
            "Status: Approved",
            "approved",
            "2026-02-23",
        ),
        (
            ("status", "add", case, "--on", "2026-02-25", "--applicant", "1"),
            "Status: Issued\nYour visa is in final processing.",
            "issued",
            "2026-02-25",
        ),
    ]
    for argv, stdin, phase, since in steps:
        assert run_cli(*argv, stdin=stdin).code == 0
        [row] = json.loads(run_cli("timeline", case, "--json", "--today", "2026-03-01").out)
        assert (row["phase"], row["since"]) == (phase, since)

    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-03-01").out)
    reply = next(d for d in found if d["label"] == "221(g) reply")
    assert reply == {
        "key": "reply",
        "label": "221(g) reply",
        "due": "2027-01-12",
        "days_left": 317,
        "rule": "one year from the earliest known date (the safest)",
        "basis": "counted from the earliest known date, the day of the 221(g) refusal: 12 Jan 2026",
        "state": "met",
        "reason": "documents submitted 19 Jan 2026",
    }
    inquiry = next(d for d in found if d["label"] == "Inquiry about processing")
    assert inquiry["due"] == "2026-03-20"

    [row] = json.loads(run_cli("timeline", case, "--json", "--today", "2026-03-01").out)
    assert [(p["phase"], p["days"]) for p in row["history"]] == [
        ("application submitted", 4),
        ("administrative processing", 3),
        ("221(g): documents requested", 7),
        ("documents submitted", 14),
        ("administrative processing", 21),
        ("approved", 2),
        ("issued", 4),
    ]
    text = run_cli("timeline", case, "--today", "2026-03-01").out.splitlines()
    assert text[0] == "Ana Reyes: issued since 25 Feb 2026, 4 days"
    assert "  administrative processing 02 Feb – 23 Feb 2026, 21 days" in text


def test_same_day_statuses_keep_the_order_they_were_pasted_in(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "sameday.visacase"
    run_cli("new", case, "--title", "Same day")
    run_cli("applicant", case, "Ana Reyes")
    for text in ("Status: Administrative Processing", "Status: Approved"):
        run_cli("status", "add", case, "--on", "2026-03-01", "--applicant", "1", stdin=text)

    [row] = json.loads(run_cli("timeline", case, "--json", "--today", "2026-03-02").out)
    assert [p["phase"] for p in row["history"]] == ["administrative processing", "approved"]


def test_administrative_processing_only_still_says_when_to_inquire(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "ap.visacase"
    run_cli("new", case, "--title", "AP only")
    run_cli("notice", case, "--date", "2026-01-12", "--admin-only")
    run_cli("rules", case, "--inquiry-days", "180")

    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-03-01").out)
    inquiry, reply = found
    assert inquiry == {
        "key": "inquiry",
        "label": "Inquiry about processing",
        "due": "2026-07-11",
        "days_left": 132,
        "rule": "180 days after the last submission, or after processing began",
        "basis": "nothing submitted, so counted from the 221(g) notice: 12 Jan 2026",
        "state": "open",
        "reason": "posts ask applicants not to inquire before then",
    }
    assert (reply["label"], reply["state"], reply["reason"]) == (
        "221(g) reply",
        "moot",
        "administrative processing only: no reply is due",
    )
    said = run_cli("deadlines", case, "--today", "2026-03-01").out.splitlines()
    assert "[moot] 221(g) reply no longer applies — administrative processing only: no " in (
        "\n".join(said)
    )


def test_a_passport_ready_for_pickup_gets_a_pickup_deadline_until_collected(
    run_cli, tmp_path: Path
) -> None:
    case = tmp_path / "pickup.visacase"
    run_cli("new", case, "--title", "Pickup")
    run_cli("applicant", case, "Ana Reyes")

    def track(day: str, note: str) -> int:
        kind = ("--kind", "passport_tracking", "--applicant", "1")
        return run_cli("event", "add", case, *kind, "--on", day, "--note", note).code

    assert track("2026-03-02", "Your passport is ready for pickup at the visa center") == 0
    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-03-10").out)
    assert found == [
        {
            "key": "pickup:1",
            "label": "Passport pickup — Ana Reyes",
            "due": "2026-03-16",
            "days_left": 6,
            "rule": "visa centers hold a passport about 14 days after 'ready for pickup'",
            "basis": "ready for pickup since 02 Mar 2026",
            "state": "open",
            "reason": "ready for pickup since 02 Mar 2026",
        }
    ]
    [row] = json.loads(run_cli("timeline", case, "--json", "--today", "2026-03-10").out)
    assert (row["phase"], row["days"]) == ("passport ready for pickup", 8)

    assert track("2026-03-09", "Picked up by the applicant") == 0
    assert json.loads(run_cli("deadlines", case, "--json", "--today", "2026-03-10").out) == []


def test_deadlines_go_to_a_calendar_file_with_one_reminder_each(run_cli, tmp_path: Path) -> None:
    case, ics = tmp_path / "cal.visacase", tmp_path / "deadlines.ics"
    run_cli("new", case, "--title", "Calendar")
    run_cli("notice", case, "--date", "2026-08-18")

    said = run_cli("deadlines", case, "--ics", ics, "--today", "2026-09-01")

    assert said.code == 0 and f"wrote 2 open deadlines to {ics}" in said.out
    text = ics.read_text()
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VALARM") == 2
    again = tmp_path / "again.ics"
    run_cli("deadlines", case, "--ics", again, "--today", "2026-09-01")
    uids = sorted(line for line in text.splitlines() if line.startswith("UID:"))
    assert uids == sorted(
        line for line in again.read_text().splitlines() if line.startswith("UID:")
    )


@pytest.mark.parametrize("day", ["9999-12-31", "1899-12-31", "2101-01-01"])
def test_a_date_outside_1900_to_2100_is_refused_with_one_line(run_cli, tmp_path, day) -> None:
    case = tmp_path / "dates.visacase"
    run_cli("new", case, "--title", "Dates")

    refused = run_cli("event", "add", case, "--kind", "note", "--on", day)

    assert refused.code == 2
    assert refused.err.splitlines()[-1].endswith(
        f"{day} is outside the dates VisaCase takes (1900 to 2100); check the year."
    )
    assert json.loads(run_cli("deadlines", case, "--json").out) == []


def test_a_calendar_file_that_cannot_be_written_is_one_line(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "cal.visacase"
    run_cli("new", case, "--title", "Calendar")
    run_cli("notice", case, "--date", "2026-08-18")

    refused = run_cli("deadlines", case, "--ics", tmp_path / "no-such-folder" / "d.ics")

    assert refused.code != 0
    assert refused.err.strip().splitlines() == [
        f"visacase: The folder {tmp_path / 'no-such-folder'} does not exist; create it first."
    ]


def test_the_calendar_is_not_written_over_the_case_file(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "cal.visacase"
    run_cli("new", case, "--title", "Calendar")
    run_cli("notice", case, "--date", "2026-08-18")

    refused = run_cli("deadlines", case, "--ics", case)

    assert refused.code != 0
    assert refused.err.strip().splitlines() == [
        "visacase: Choose another file name: that one is the case file itself."
    ]
    assert run_cli("info", case).code == 0
