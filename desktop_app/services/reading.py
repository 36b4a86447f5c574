"""Reading documents' text (OCR for images) and suggesting what they are."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.suggest import identifiers_in, suggest_kind
from desktop_app.errors import UserFacingError
from desktop_app.ingest import ocr
from desktop_app.services import documents
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Suggestion


@dataclass(frozen=True)
class SuggestionView:
    id: int
    document_id: int
    field: str
    value: str
    evidence: str
    status: str


def can_read() -> bool:
    """Whether text recognition is installed on this machine."""
    return ocr.available()


def read_documents(
    case: CaseFile,
    document_ids: list[int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """OCR the images that have no text yet and suggest kinds; returns how many were read."""
    if not ocr.available():
        raise UserFacingError(
            "Text recognition (Tesseract) is not installed, so scans and "
            "photos are kept without their text."
        )
    todo = [
        d
        for d in documents.list_documents(case)
        if d.media_type.startswith("image/")
        and d.text_source == "none"
        and (document_ids is None or d.id in document_ids)
    ]
    with tempfile.TemporaryDirectory(prefix="visacase-ocr-") as tmp:
        for n, doc in enumerate(todo):
            if cancelled is not None and cancelled():
                break
            text = ocr.read_image(
                documents.write_document_bytes(case, doc.id, Path(tmp) / str(doc.id))
            )
            documents.update_document(case, doc.id, text=text, text_source="ocr")
            suggest(case, doc.id, text)
            if progress is not None:
                progress(n + 1, len(todo))
    return len(todo)


def suggest(case: CaseFile, document_id: int, text: str) -> None:
    """Store suggestions (kind, identifiers) read from the text, each with its evidence."""
    found = []
    kind = suggest_kind(text)
    if kind is not None:
        found.append(("kind", kind.kind, kind.evidence))
    found += [("identifier", value, value) for value in identifiers_in(text)]
    case.require_writable()
    with case.session() as s, s.begin():
        for field, value, evidence in found:
            s.add(Suggestion(document_id=document_id, field=field, value=value, evidence=evidence))


def list_suggestions(case: CaseFile, document_id: int) -> list[SuggestionView]:
    with case.session() as s:
        rows = s.scalars(
            select(Suggestion).where(Suggestion.document_id == document_id).order_by(Suggestion.id)
        )
        return [
            SuggestionView(r.id, r.document_id, r.field, r.value, r.evidence, r.status)
            for r in rows
        ]


def decide(case: CaseFile, suggestion_id: int, *, accept: bool, value: str | None = None) -> None:
    """Accept (optionally corrected) or reject; an accepted kind becomes the document's kind."""
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(Suggestion, suggestion_id)
        if row is None:
            raise UserFacingError(f"There is no suggestion {suggestion_id}.")
        row.status = "accepted" if accept else "rejected"
        if value is not None:
            row.value = value
        document_id, field, final = row.document_id, row.field, row.value
    if accept and field == "kind":
        documents.update_document(case, document_id, kind=final)
