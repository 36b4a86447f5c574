"""The case file's tables as a typed SQLAlchemy 2 ORM.

One case file holds exactly one case, so ``CaseInfo`` is a single row. Documents keep their bytes in
``Blob`` rows addressed by SHA-256: the same bytes added twice are stored once, and a closed case
file is one self-contained file a user can copy or send.

The full-text page index is an FTS5 table, not a model: ``page_index`` defines it, and it is
created beside these tables and kept in step with ``Document.text`` here.

Schema changes go through Alembic (``store/migrations``); a test checks that these models and the
migrations describe the same schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Connection, ForeignKey, LargeBinary, MetaData, String, Text, event
from sqlalchemy import inspect as inspect_row
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

from desktop_app.store import page_index

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Timestamps are stored naive in UTC; SQLite has no time zones."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class CaseInfo(Base):
    """The case itself and its per-case rules (deadline start, inquiry wait, follow-up interval)."""

    __tablename__ = "case_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    post: Mapped[str | None] = mapped_column(String(120))
    visa_class: Mapped[str | None] = mapped_column(String(20))
    refusal_type: Mapped[str] = mapped_column(String(20), default="unknown")
    notes: Mapped[str] = mapped_column(Text, default="")
    deadline_rule: Mapped[str] = mapped_column(String(20), default="earliest")
    inquiry_wait_days: Mapped[int] = mapped_column(default=60)
    followup_interval_days: Mapped[int] = mapped_column(default=14)
    workbook_answer: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Applicant(Base):
    """A person on the case; families apply together, so a case has several."""

    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="principal")
    visa_class: Mapped[str | None] = mapped_column(String(20))
    application_id: Mapped[str | None] = mapped_column(String(20))
    case_number: Mapped[str | None] = mapped_column(String(20))
    passport_number: Mapped[str | None] = mapped_column(String(20))
    date_of_birth: Mapped[dt.date | None]
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(50), default="", server_default="")
    position: Mapped[int] = mapped_column(default=0)

    documents: Mapped[list[Document]] = relationship(back_populates="applicant")


class Blob(Base):
    """Bytes of a stored file, addressed by their SHA-256 (hex), kept as ordered chunks.

    Chunks keep memory flat for files of any size with every SQLite driver (SQLCipher's has no
    incremental blob I/O), and let a reader stream a document out without loading it whole.
    """

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]


class BlobChunk(Base):
    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    """A file the user added: notice, slip, email, supporting document, screenshot."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    title: Mapped[str] = mapped_column(String(300))
    document_date: Mapped[dt.date | None]
    received_date: Mapped[dt.date | None]
    original_name: Mapped[str] = mapped_column(String(300), default="")
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    page_count: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    text_source: Mapped[str] = mapped_column(String(20), default="none")
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="SET NULL")
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    translation_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(default=0)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    applicant: Mapped[Applicant | None] = relationship(back_populates="documents")
    suggestions: Mapped[list[Suggestion]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )


@event.listens_for(Document, "after_insert")
@event.listens_for(Document, "after_update")
def _index_pages(_mapper: Mapper[Document], connection: Connection, row: Document) -> None:
    """Keep the full-text page index (``page_index``) in step with every change of a text."""
    if inspect_row(row).attrs.text.history.has_changes():
        page_index.replace(connection, row.id, row.text)


class PageWordsRow(Base):
    """The words recognised on one page of a document, with their boxes (``domain.page_words``
    rows), for the packet's invisible text layer. One row for each page that was recognised;
    a document read before word boxes were kept has none, and reading it again fills them."""

    __tablename__ = "page_words"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    page: Mapped[int] = mapped_column(primary_key=True)
    """Counted from 0, as the document's pages are in the packet's plan."""
    words: Mapped[list[Any]] = mapped_column(default=list)
    turn: Mapped[int] = mapped_column(default=0)
    """Degrees clockwise the page was turned to be read upright (a scan fed in sideways); the
    packet shows it turned so."""


class Suggestion(Base):
    """Something the app read in a document and proposes; it waits for the user to decide."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending")

    document: Mapped[Document] = relationship(back_populates="suggestions")


class Event(Base):
    """One dated thing on the timeline.

    ``occurred_on`` is the day it happened (CEAC gives days only); ``recorded_at`` is when the user
    recorded it and breaks ties on the same day, so same-day status changes keep their order.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    occurred_on: Mapped[dt.date]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE")
    )
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)


class RefusalNotice(Base):
    """A refusal letter or 221(g) slip as the user confirmed it."""

    __tablename__ = "refusal_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    refusal_type: Mapped[str] = mapped_column(String(20), default="221g")
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE")
    )
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    notice_date: Mapped[dt.date | None]
    received_date: Mapped[dt.date | None]
    application_date: Mapped[dt.date | None]
    colour: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(30), default="")
    admin_processing_only: Mapped[bool] = mapped_column(default=False)


class RequestedItemDocument(Base):
    """Links a requested item to the documents that answer it."""

    __tablename__ = "requested_item_documents"

    requested_item_id: Mapped[int] = mapped_column(
        ForeignKey("requested_items.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )


class RequestedItem(Base):
    """One thing the consulate asked for on a 221(g) slip."""

    __tablename__ = "requested_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int | None] = mapped_column(
        ForeignKey("refusal_notices.id", ondelete="CASCADE")
    )
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="CASCADE")
    )
    code: Mapped[str] = mapped_column(String(40), default="other")
    label: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    submitted_on: Mapped[dt.date | None]
    not_enclosed_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    """Why nothing answers it, in the user's words, for the cover ("applied for, due 3 May")."""

    documents: Mapped[list[Document]] = relationship(secondary="requested_item_documents")


class PacketVersion(Base):
    """One exported packet: what went out, when, and exactly which bytes it held."""

    __tablename__ = "packet_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    output_name: Mapped[str] = mapped_column(String(300))
    output_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    page_count: Mapped[int]
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    manifest: Mapped[list[Any]] = mapped_column(default=list)
    submitted_on: Mapped[dt.date | None]


class PacketSettings(Base):
    """The packet as the user last arranged it (one row): order, labels, paper, documents left
    out…, as ``PacketOptions.settings()`` writes them, so the dialog and ``visacase export`` start
    from there."""

    __tablename__ = "packet_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)
    checklist: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class WorkbookItem(Base):
    """An entry of the 214(b) reapplication workbook: a checklist point or a "what changed"."""

    __tablename__ = "workbook_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    section: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)


class WorkbookEvidence(Base):
    """Links a workbook entry to a document that proves it."""

    __tablename__ = "workbook_evidence"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("workbook_items.id", ondelete="CASCADE"), primary_key=True
    )
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )


event.listen(
    Base.metadata,
    "after_create",
    lambda _metadata, connection, **_kw: page_index.create(connection),
)
