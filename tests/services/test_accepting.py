"""Accepting a suggestion is one transaction: marked accepted and filled in, or neither."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.services import documents, notices, reading
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Suggestion


class DiskGoneError(RuntimeError):
    """Stands for any failure halfway through filling in (a full disk, a crash, a bug)."""


def _suggest(case: CaseFile, field: str, value: str) -> tuple[int, int]:
    doc = documents.add_document(case, b"%PDF-1.4 slip", original_name="slip.pdf").id
    documents.update_document(case, doc, document_date=dt.date(2026, 8, 18))
    with case.session() as s, s.begin():
        row = Suggestion(document_id=doc, field=field, value=value, evidence="221(g)")
        s.add(row)
        s.flush()
        return doc, row.id


def _fail(*_args: object, **_kwargs: object) -> None:
    raise DiskGoneError("the disk went away")


def test_a_failure_while_filling_in_leaves_the_suggestion_waiting(
    case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc, suggestion = _suggest(case, "kind", "notice_221g")
    monkeypatch.setattr(notices, "notice_for_document", _fail)  # after the kind is set

    with pytest.raises(DiskGoneError):
        reading.decide(case, suggestion, accept=True)

    [waiting] = reading.list_suggestions(case, doc)
    assert waiting.status == "pending"
    assert documents.get_document(case, doc).kind != "notice_221g"
    assert notices.list_notices(case) == []


def test_without_a_failure_everything_is_filled_in_at_once(case: CaseFile) -> None:
    doc, suggestion = _suggest(case, "kind", "notice_221g")

    reading.decide(case, suggestion, accept=True)

    assert reading.list_suggestions(case, doc)[0].status == "accepted"
    assert documents.get_document(case, doc).kind == "notice_221g"
    assert [n.notice_date for n in notices.list_notices(case)] == [dt.date(2026, 8, 18)]
