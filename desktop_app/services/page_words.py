"""The words recognised on scanned pages, kept in the case for the packet's searchable layer.

A reading is stored whole: the document's text and the words of each page recognised (with the
turn that showed a page scanned sideways upright), in one transaction, so the words in the
packet are always those of the text the case shows and searches. A document read before the
case kept words (a case file from before migration 0006) has its text but no words:
``without_words`` finds it, for pre-flight to say its scans will not be searchable and for
``visacase read`` to read it again; the export never waits on it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.domain.page_words import PageWords, from_rows, to_rows
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document, PageWordsRow

if TYPE_CHECKING:  # reading's words arrive from the reader process: OCR never loads here
    from desktop_app.ingest.text import Reading

SCANNED = ("application/pdf", "image/")
"""The media types whose pages can have been recognised (``str.startswith`` prefixes)."""


def store_reading(case: CaseFile, document_id: int, reading: Reading) -> None:
    """The document's text, where it came from, and its pages' words, in one transaction."""
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(Document, document_id)
        if row is None:
            return
        row.text, row.text_source = reading.text, reading.source
        _replace(s, document_id, reading)


def words_of(case: CaseFile, document_ids: Collection[int]) -> dict[int, dict[int, PageWords]]:
    """Each document's recognised pages (counted from 0) and their words."""
    found: dict[int, dict[int, PageWords]] = {}
    with case.session() as s:
        rows = s.scalars(select(PageWordsRow).where(PageWordsRow.document_id.in_(document_ids)))
        for row in rows:
            found.setdefault(row.document_id, {})[row.page] = from_rows(row.words)
    return found


def turns_of(case: CaseFile, document_ids: Collection[int]) -> dict[int, dict[int, int]]:
    """Each document's pages that were read turned, and the clockwise turn that shows them
    upright."""
    found: dict[int, dict[int, int]] = {}
    query = select(PageWordsRow.document_id, PageWordsRow.page, PageWordsRow.turn).where(
        PageWordsRow.document_id.in_(document_ids), PageWordsRow.turn != 0
    )
    with case.session() as s:
        for doc_id, page, turn in s.execute(query):
            found.setdefault(doc_id, {})[page] = turn
    return found


def without_words(case: CaseFile, document_ids: Collection[int] | None = None) -> list[int]:
    """Documents with recognised text but no words kept: read before the case kept them."""
    query = select(Document.id, Document.media_type).where(
        Document.text_source == "ocr",
        Document.text != "",
        ~select(PageWordsRow.page).where(PageWordsRow.document_id == Document.id).exists(),
    )
    if document_ids is not None:
        query = query.where(Document.id.in_(document_ids))
    with case.session() as s:
        return [
            doc_id
            for doc_id, media_type in s.execute(query.order_by(Document.id))
            if media_type.startswith(SCANNED)
        ]


def _replace(s: Session, document_id: int, reading: Reading) -> None:
    s.execute(delete(PageWordsRow).where(PageWordsRow.document_id == document_id))
    s.add_all(
        PageWordsRow(
            document_id=document_id,
            page=page,
            words=to_rows(words),
            turn=reading.turns.get(page, 0),
        )
        for page, words in sorted(reading.words.items())
    )
