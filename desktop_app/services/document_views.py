"""What a case's documents look like to a reader of the case — the GUI's list, ``visacase list`` —
and the quick way to read them for the command line.

``visacase list`` only looks: it reads the documents with the standard library's sqlite3
(``store.first_look``), skipping the half second SQLAlchemy and the models take to load; a
protected case or one at an older schema answers None there and is opened in full instead.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.store import first_look

if TYPE_CHECKING:
    from desktop_app.store.models import Document


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    title: str
    document_date: dt.date | None
    received_date: dt.date | None
    original_name: str
    media_type: str
    page_count: int
    size: int
    sha256: str
    applicant_id: int | None
    parent_id: int | None
    translation_of_id: int | None
    text_source: str
    position: int
    added_at: dt.datetime

    @classmethod
    def of(cls, row: Document, size: int) -> DocumentView:
        return cls(
            id=row.id,
            kind=row.kind,
            title=row.title,
            document_date=row.document_date,
            received_date=row.received_date,
            original_name=row.original_name,
            media_type=row.media_type,
            page_count=row.page_count,
            size=size,
            sha256=row.sha256,
            applicant_id=row.applicant_id,
            parent_id=row.parent_id,
            translation_of_id=row.translation_of_id,
            text_source=row.text_source,
            position=row.position,
            added_at=row.added_at,
        )

    @classmethod
    def read(cls, row: sqlite3.Row) -> DocumentView:
        """From a row of ``first_look.LISTING``, with SQLite's stored text turned into dates."""
        fields = dict(row)
        for name in ("document_date", "received_date"):
            fields[name] = fields[name] and dt.date.fromisoformat(fields[name])
        fields["added_at"] = dt.datetime.fromisoformat(fields["added_at"])
        return cls(**fields)


def documents_at(path: Path) -> list[DocumentView] | None:
    """The documents of the case file at ``path``, read without opening it for use; None when
    it must be opened in full (it is protected, or its schema is older)."""
    rows = first_look.read_documents(path)
    return None if rows is None else [DocumentView.read(row) for row in rows]
