"""Documents of a case: adding (once per content), listing, editing, removing, reading back."""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict, Unpack

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from desktop_app.errors import DamagedDocumentError, NotFoundError, UserFacingError
from desktop_app.messages import _
from desktop_app.services.document_views import DocumentView
from desktop_app.store import blobs
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Blob, Document

EDITABLE_FIELDS = frozenset(
    {
        "kind",
        "title",
        "document_date",
        "received_date",
        "applicant_id",
        "page_count",
        "text",
        "text_source",
        "translation_of_id",
        "position",
        "media_type",
    }
)

SAME_BYTES_AND_LAST = (
    "SELECT (SELECT id FROM documents WHERE sha256 = ? LIMIT 1),"
    " (SELECT coalesce(max(position), -1) FROM documents)"
)
"""A document with these bytes already, and the last position: one statement to the driver,
since each document an import stores paid two ORM queries' compiling and row handling for it."""


@dataclass(frozen=True)
class AddedDocument:
    id: int
    created: bool


class DocumentFields(TypedDict, total=False):
    """What may be said about a new document besides its bytes and name."""

    kind: str
    title: str | None
    media_type: str | None
    page_count: int
    text: str
    text_source: str
    applicant_id: int | None
    document_date: dt.date | None
    parent_id: int | None


def add_document(
    case: CaseFile, source: bytes | Path, *, original_name: str, **fields: Unpack[DocumentFields]
) -> AddedDocument:
    """Store a file as a document; the same bytes already in the case return that document."""
    case.require_writable()
    with case.session() as s, s.begin():
        try:
            return store_document(s, source, original_name=original_name, **fields)
        except OSError as exc:
            raise UserFacingError(
                _("Could not read {name}: {error}.").format(name=original_name, error=exc.strerror)
            ) from exc


def store_document(
    session: Session,
    source: bytes | Path,
    *,
    original_name: str,
    kind: str = "other",
    title: str | None = None,
    media_type: str | None = None,
    page_count: int = 0,
    text: str = "",
    text_source: str = "none",
    applicant_id: int | None = None,
    document_date: dt.date | None = None,
    parent_id: int | None = None,
    sha256: str | None = None,
) -> AddedDocument:
    """Store a document inside the caller's transaction — the one way a document row is written,
    so import can keep an email, its attachments and its event in one transaction. ``sha256``
    is the hash of ``source`` when the caller has it: a duplicate then costs no read at all, and
    a new file is read once, as it is stored."""
    sha = sha256 or blobs.sha256_of(source)[0]
    session.flush()  # what the caller added counts, as an ORM query would have flushed it
    existing, last = session.connection().exec_driver_sql(SAME_BYTES_AND_LAST, (sha,)).one()
    if existing is not None:
        return AddedDocument(id=existing, created=False)
    blobs.store(session, source, sha)
    row = Document(
        kind=kind,
        title=title or Path(original_name).stem or original_name or "Untitled",
        original_name=Path(original_name).name,
        media_type=media_type or _guess_media_type(original_name),
        page_count=page_count,
        text=text,
        text_source=text_source,
        applicant_id=applicant_id,
        document_date=document_date,
        parent_id=parent_id,
        sha256=sha,
        position=last + 1,
    )
    session.add(row)
    session.flush()
    return AddedDocument(id=row.id, created=True)


def list_documents(case: CaseFile) -> list[DocumentView]:
    with case.session() as s:
        rows = s.execute(
            select(Document, _blob_size()).order_by(Document.position, Document.id)
        ).all()
        return [DocumentView.of(row, size) for row, size in rows]


def get_document(case: CaseFile, document_id: int) -> DocumentView:
    with case.session() as s:
        found = s.execute(select(Document, _blob_size()).where(Document.id == document_id)).first()
        if found is None:
            raise NotFoundError(_("There is no document {id} in this case.").format(id=document_id))
        return DocumentView.of(found[0], found[1])


def get_document_text(case: CaseFile, document_id: int) -> str:
    with case.session() as s:
        text = s.scalar(select(Document.text).where(Document.id == document_id))
        if text is None:
            raise NotFoundError(_("There is no document {id} in this case.").format(id=document_id))
        return text


def document_texts(case: CaseFile, document_ids: list[int]) -> dict[int, str]:
    """The text of each of ``document_ids`` (those in the case), in one query."""
    with case.session() as s:
        rows = s.execute(select(Document.id, Document.text).where(Document.id.in_(document_ids)))
        return {doc_id: text for doc_id, text in rows}


def update_document(case: CaseFile, document_id: int, **fields: object) -> DocumentView:
    update_documents(case, [document_id], **fields)
    return get_document(case, document_id)


def update_documents(case: CaseFile, document_ids: list[int], **fields: object) -> None:
    """Give each of ``document_ids`` the same ``fields`` in one transaction: all of them change,
    or none does (a document gone meanwhile changes nothing)."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    case.require_writable()
    with case.session() as s, s.begin():
        for document_id in document_ids:
            row = _row(s, document_id)
            for name, value in fields.items():
                setattr(row, name, value)


def remove_document(case: CaseFile, document_id: int) -> None:
    """Remove a document (and its attachments); its bytes go once nothing refers to them."""
    case.require_writable()
    with case.session() as s, s.begin():
        s.delete(_row(s, document_id))
        s.flush()
        blobs.delete_unused(s)


def write_document_bytes(case: CaseFile, document_id: int, dest: Path) -> Path:
    """Copy the stored bytes to ``dest`` without holding the whole file in memory."""
    write_documents_bytes(case, {document_id: Path(dest)})
    return Path(dest)


def write_documents_bytes(case: CaseFile, targets: Mapping[int, Path]) -> None:
    """Copy each document's stored bytes to its target, in one session, chunk by chunk, and
    check on the way that they are still the bytes that were imported.

    An export writes every document out: a session for each (its read transaction begun and
    ended, the case file checked to be still there) cost as much as writing the bytes of a
    scan, and the ORM row more again, so the hashes are looked up by the driver, as the chunks
    are read. A packet is sent to a consulate: a page whose bytes were damaged on the disk must
    stop the export rather than go in unnoticed."""
    with case.session() as s:
        for document_id, dest in targets.items():
            sha = blobs.document_sha(s, document_id)
            if sha is None:
                raise NotFoundError(
                    _("There is no document {id} in this case.").format(id=document_id)
                )
            with Path(dest).open("wb") as out:
                intact = blobs.copy_to(s, sha, out)
            if not intact:
                raise DamagedDocumentError(
                    _(
                        "Document {id} ({title}) is damaged inside the case file: its bytes no "
                        "longer match the file that was imported. Remove it and import the "
                        "original again."
                    ).format(id=document_id, title=_row(s, document_id).title)
                )


def read_document_bytes(case: CaseFile, document_id: int) -> bytes:
    with case.session() as s:
        return b"".join(blobs.stream(s, _row(s, document_id).sha256))


def _row(session: Session, document_id: int) -> Document:
    row = session.get(Document, document_id)
    if row is None:
        raise NotFoundError(_("There is no document {id} in this case.").format(id=document_id))
    return row


def _blob_size() -> ScalarSelect[int]:
    return select(Blob.size).where(Blob.sha256 == Document.sha256).scalar_subquery()


def _guess_media_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
