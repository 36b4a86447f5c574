"""Reading documents' text (OCR for images) and suggesting what they are."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.suggest import identifiers_in, suggest_kind
from desktop_app.errors import UserFacingError
from desktop_app.ingest import ocr, pdf_text
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


def can_ocr() -> bool:
    """Whether text recognition for scans and photos is installed on this machine."""
    return ocr.available()


def read_documents(
    case: CaseFile,
    document_ids: list[int] | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Read PDFs' text layers and (when Tesseract is there) OCR images that have no text yet,
    then suggest what each one is. Returns how many documents were read."""
    todo = [
        d
        for d in documents.list_documents(case)
        if d.text_source == "none"
        and (document_ids is None or d.id in document_ids)
        and (
            d.media_type == "application/pdf"
            or (d.media_type.startswith("image/") and ocr.available())
        )
    ]
    with tempfile.TemporaryDirectory(prefix="visacase-read-") as tmp:
        for n, doc in enumerate(todo):
            if cancelled is not None and cancelled():
                break
            staged = documents.write_document_bytes(case, doc.id, Path(tmp) / str(doc.id))
            if doc.media_type == "application/pdf":
                text, source = pdf_text.text_layer(staged), "layer"
            else:
                text, source = ocr.read_image(staged), "ocr"
            documents.update_document(case, doc.id, text=text, text_source=source)
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
