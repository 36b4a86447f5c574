"""The refusal notice: one per applicant and kind, dated by its document, and on the timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import InvalidInputError
from desktop_app.services import documents, events, notices, timeline
from desktop_app.store.casefile import CaseFile


def test_recording_the_notice_again_corrects_it_instead_of_adding_another(case: CaseFile) -> None:
    first = notices.record_notice(case, notice_date=dt.date(2026, 8, 18), colour="pink")
    again = notices.record_notice(case, notice_date=dt.date(2026, 8, 20), received_date=None)

    [notice] = notices.list_notices(case)
    assert first == again == notice.id
    assert (notice.notice_date, notice.colour) == (dt.date(2026, 8, 20), "pink")
    [reply] = [d for d in timeline.deadlines(case, dt.date(2026, 9, 1)) if d.key == "reply"]
    assert reply.due == dt.date(2027, 8, 20)


def test_a_notice_read_from_a_document_is_dated_by_that_document(case: CaseFile) -> None:
    doc = documents.add_document(
        case, b"%PDF-1.4 slip", original_name="slip.pdf", document_date=dt.date(2026, 8, 18)
    ).id
    notices.notice_for_document(case, doc)

    documents.update_document(case, doc, document_date=dt.date(2026, 8, 19))

    assert notices.list_notices(case)[0].notice_date == dt.date(2026, 8, 19)
    notices.set_notice_date(case, notices.list_notices(case)[0].id, dt.date(2026, 8, 21))
    assert documents.get_document(case, doc).document_date == dt.date(2026, 8, 21)


def test_the_slip_is_a_timeline_event_on_the_day_it_is_dated(case: CaseFile) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18), colour="yellow")
    notices.record_notice(case, refusal_type="214b")  # undated: not on the timeline

    [slip] = timeline.history(case)
    assert (slip.kind, slip.occurred_on, slip.payload["colour"]) == (
        "notice_221g",
        dt.date(2026, 8, 18),
        "yellow",
    )


def test_on_its_day_the_slip_comes_after_the_interview_it_was_handed_over_at(
    case: CaseFile,
) -> None:
    events.record_event(case, "interview", dt.date(2026, 8, 18))
    events.record_event(case, "ceac_status", dt.date(2026, 8, 18), payload={"status": "Refused"})
    notices.record_notice(case, notice_date=dt.date(2026, 8, 18))

    assert [e.kind for e in timeline.history(case)] == ["interview", "notice_221g", "ceac_status"]


def test_dates_in_an_order_no_case_can_have_are_refused_and_change_nothing(case: CaseFile) -> None:
    notices.record_notice(case, notice_date=dt.date(2026, 1, 10))

    with pytest.raises(InvalidInputError, match="received on 2025-01-01, before it was written"):
        notices.record_notice(case, received_date=dt.date(2025, 1, 1))
    with pytest.raises(InvalidInputError, match="after the notice that refused it"):
        notices.record_notice(case, application_date=dt.date(2026, 3, 1))

    [notice] = notices.list_notices(case)
    assert (notice.notice_date, notice.received_date) == (dt.date(2026, 1, 10), None)
    assert notices.record_notice(case, received_date=dt.date(2026, 1, 12)) == notice.id
