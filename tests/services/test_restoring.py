"""A recorded change can be reverted exactly, and the revert reverted again: ids, links, the
221(g) clock and the search index all come back as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.errors import UserFacingError
from desktop_app.services import (
    applicants,
    documents,
    events,
    notices,
    reading,
    restoring,
    sample_content,
    search,
    timeline,
)
from desktop_app.services.sample_case import build_sample_case
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Blob

TODAY = dt.date(2026, 11, 22)


def _everything(case: CaseFile) -> tuple[object, ...]:
    return (
        applicants.list_applicants(case),
        documents.list_documents(case),
        events.list_events(case),
        notices.list_notices(case),
        notices.list_requested_items(case),
        [reading.list_suggestions(case, d.id) for d in documents.list_documents(case)],
    )


@pytest.fixture
def sample(tmp_path: Path):
    opened = build_sample_case(tmp_path / "sample.visacase")
    yield opened
    opened.close()


def test_a_removed_document_comes_back_with_its_id_links_text_and_search_hits(sample) -> None:
    as_it_was = _everything(sample)
    [slip] = [d for d in documents.list_documents(sample) if d.kind == "notice_221g"]
    hits = search.search(sample, "221(g)")

    _, removed = restoring.record(sample, lambda: restoring.remove_documents(sample, [slip.id]))
    assert slip.id not in {d.id for d in documents.list_documents(sample)}

    restored = restoring.revert(sample, removed)
    assert _everything(sample) == as_it_was
    assert search.search(sample, "221(g)") == hits

    restoring.revert(sample, restored)
    assert slip.id not in {d.id for d in documents.list_documents(sample)}


def test_removing_an_applicant_and_undoing_it_brings_back_their_events_and_notices(
    sample,
) -> None:
    as_it_was = _everything(sample)
    principal = applicants.list_applicants(sample)[0]
    assert any(e.applicant_id == principal.id for e in events.list_events(sample))

    _, removed = restoring.record(sample, lambda: applicants.remove_applicant(sample, principal.id))
    assert not any(e.applicant_id == principal.id for e in events.list_events(sample))

    restoring.revert(sample, removed)
    assert _everything(sample) == as_it_was


def test_undoing_an_added_applicant_keeps_what_was_recorded_for_them_since(case) -> None:
    added, change = restoring.record(case, lambda: applicants.add_applicant(case, "Ana Cruz"))
    note = events.record_event(case, "note", dt.date(2026, 3, 1), applicant_id=added)

    undone = restoring.revert(case, change)
    assert applicants.list_applicants(case) == []
    [kept] = events.list_events(case)
    assert (kept.id, kept.applicant_id) == (note, None)

    restoring.revert(case, undone)
    assert [p.id for p in applicants.list_applicants(case)] == [added]
    assert events.list_events(case)[0].applicant_id == added


def test_undoing_an_accepted_date_stops_the_221g_clock_it_started(case) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="slip.pdf").id
    reading.read_documents(case)
    found = {s.field: s for s in reading.list_suggestions(case, slip)}
    reading.decide(case, found["kind"].id, accept=True)
    before = timeline.deadlines(case, TODAY)

    _, accepted = restoring.record(
        case, lambda: reading.decide(case, found["document_date"].id, accept=True)
    )
    assert timeline.deadlines(case, TODAY) != before

    restoring.revert(case, accepted)
    assert timeline.deadlines(case, TODAY) == before
    dates = [s for s in reading.list_suggestions(case, slip) if s.field == "document_date"]
    assert [s.status for s in dates] == ["pending"]


def test_an_operation_that_fails_half_way_leaves_nothing_behind(case) -> None:
    def half() -> None:
        applicants.add_applicant(case, "Ana Cruz")
        raise UserFacingError("stopped")

    with pytest.raises(UserFacingError):
        restoring.record(case, half)
    assert applicants.list_applicants(case) == []


def test_bytes_of_a_removed_document_stay_until_nothing_can_bring_it_back(case) -> None:
    doc = documents.add_document(case, b"%PDF-1.4 letter", original_name="a.pdf").id
    _, removed = restoring.record(case, lambda: restoring.remove_documents(case, [doc]))

    restoring.revert(case, removed)
    assert documents.read_document_bytes(case, doc) == b"%PDF-1.4 letter"

    restoring.remove_documents(case, [doc])
    assert _stored_blobs(case) == 1
    restoring.drop_unused_bytes(case)
    assert _stored_blobs(case) == 0


def _stored_blobs(case: CaseFile) -> int:
    with case.session() as s:
        return len(s.scalars(select(Blob.sha256)).all())
