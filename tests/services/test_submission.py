"""Marking a packet as submitted: the timeline says so and the version says when it went out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf
import pytest

from desktop_app.errors import NotFoundError
from desktop_app.services import documents, events, export, notices, submission
from desktop_app.store.casefile import CaseFile

HANDED_IN = dt.date(2026, 10, 28)


@pytest.fixture
def exported(case: CaseFile, tmp_path: Path) -> int:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(tmp_path / "bank.pdf")
    doc = documents.add_document(
        case, tmp_path / "bank.pdf", original_name="bank.pdf", kind="bank_statement", page_count=1
    ).id
    notices.link_document(case, notices.add_requested_item(case, code="bank_statements"), doc)
    notices.add_requested_item(case, code="police_certificate")
    export.export_packet(case, tmp_path / "packet.pdf")
    [version] = export.list_packet_versions(case)
    return version.id


def test_the_event_names_the_version_that_went_out(case: CaseFile, exported: int) -> None:
    event_id = submission.mark_submitted(case, exported, HANDED_IN)

    [event] = [e for e in events.list_events(case) if e.id == event_id]
    [version] = export.list_packet_versions(case)
    assert (event.kind, event.occurred_on) == ("documents_submitted", HANDED_IN)
    assert event.payload == {
        "packet_version": exported,
        "output_sha256": version.output_sha256,
        "page_count": version.page_count,
    }
    assert "packet.pdf" in event.note
    assert version.submitted_on == HANDED_IN


def test_items_with_documents_become_submitted(case: CaseFile, exported: int) -> None:
    submission.mark_submitted(case, exported, HANDED_IN)

    states = {i.code: (i.state.value, i.submitted_on) for i in notices.list_requested_items(case)}
    assert states == {
        "bank_statements": ("submitted", HANDED_IN),
        "police_certificate": ("missing", None),
    }


def test_an_unknown_version_is_refused_and_nothing_is_recorded(case: CaseFile) -> None:
    with pytest.raises(NotFoundError, match="no packet version 7"):
        submission.mark_submitted(case, 7, HANDED_IN)

    assert events.list_events(case) == []


def test_a_submission_after_the_year_says_so_and_is_recorded_all_the_same(case: CaseFile) -> None:
    notices.record_notice(case, notice_date=dt.date(2025, 9, 1))
    assert submission.late_notice(case, dt.date(2026, 9, 1)) is None  # the last day still counts

    said = submission.late_notice(case, HANDED_IN)
    event_id = submission.record_submission(case, HANDED_IN)

    assert said is not None
    assert said.startswith(
        "This submission on 28 Oct 2026 is 57 days after the 221(g) reply was due (01 Sep 2026); "
        "it is recorded all the same."
    )
    assert "ask the post" in said
    assert [e.id for e in events.list_events(case)] == [event_id]
    assert submission.late_notice(case, HANDED_IN) is not None


def test_an_answer_in_time_is_not_late_even_when_sent_again_later(case: CaseFile) -> None:
    notices.record_notice(case, notice_date=dt.date(2025, 9, 1))
    submission.record_submission(case, dt.date(2025, 9, 10))
    assert submission.late_notice(case, HANDED_IN) is None
