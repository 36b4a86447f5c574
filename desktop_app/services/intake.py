"""Taking dropped files and folders into the case: the one import path of the CLI and the window.

Each file is recognised by its first bytes (``ingest.sniff``), read by its format's module under
``desktop_app/ingest/`` — which also refuses it with a reason a person understands — and then
stored in one transaction. An email is stored together with its attachments and its timeline
event in that same transaction, so a crash or a refused part never leaves half an email behind.
One bad file never stops the others, and an unsupported attachment is reported, not fatal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.errors import UserFacingError
from desktop_app.ingest import email_message, images, pdf_file, sniff
from desktop_app.store import blobs
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document, Event

MAX_BYTES = 500 * 1024 * 1024
MAX_EMAIL_BYTES = 100 * 1024 * 1024
MAX_EMAIL_NESTING = 3
EMAIL_TYPES = {sniff.EML: "message/rfc822", sniff.MSG: "application/vnd.ms-outlook"}

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class IntakeOutcome:
    """What became of one file, or of one attachment (``inside`` names its email)."""

    path: Path
    status: str  # "added", "duplicate" or "refused"
    reason: str = ""
    document_id: int | None = None
    inside: Path | None = None
    note: str = ""


@dataclass
class _Item:
    """A document ready to be stored: checked, converted if need be, with its attachments."""

    name: str
    source: bytes | Path
    media_type: str
    pages: int = 0
    kind: str = "other"
    title: str = ""
    text: str = ""
    text_source: str = "none"
    document_date: dt.date | None = None
    note: str = ""
    event: dict[str, Any] | None = None
    children: list[_Item | _Refused] = field(default_factory=list)


@dataclass(frozen=True)
class _Refused:
    name: str
    reason: str


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files in the order given, folders walked recursively in name order."""
    return [file for path in paths for file in _walk(Path(path))]


def take_in(
    case: CaseFile,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[IntakeOutcome]:
    """Import files and folders; one outcome per file, plus one per email attachment."""
    case.require_writable()
    files = expand(paths)
    outcomes: list[IntakeOutcome] = []
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        outcomes += _take_one(case, path)
        if progress is not None:
            progress(done + 1, len(files))
    return outcomes


def _take_one(case: CaseFile, path: Path) -> list[IntakeOutcome]:
    try:
        item = _prepare(path.name, path, depth=0)
        return _store(case, item, path)
    except UserFacingError as exc:
        return [IntakeOutcome(path, "refused", exc.message)]
    except OSError as exc:
        return [IntakeOutcome(path, "refused", f"it cannot be read ({exc.strerror or exc})")]


def _prepare(name: str, source: bytes | Path, depth: int) -> _Item:
    size = len(source) if isinstance(source, bytes) else source.stat().st_size
    if size == 0:
        raise UserFacingError("this file is empty")
    if size > MAX_BYTES:
        raise UserFacingError("this file is larger than 500 MB; split or compress it first")
    fmt = sniff.recognise(source)
    if fmt == sniff.PDF:
        return _Item(name, source, "application/pdf", pdf_file.page_count(source))
    if fmt in EMAIL_TYPES:
        if size > MAX_EMAIL_BYTES:
            raise UserFacingError("this email is larger than 100 MB; save its attachments instead")
        if depth >= MAX_EMAIL_NESTING:
            raise UserFacingError("this email is attached inside too many other emails")
        return _email_item(name, source, fmt, depth)
    picture = images.read_image(source, fmt)
    return _Item(
        name, picture.converted or source, picture.media_type, picture.pages, note=picture.note
    )


def _email_item(name: str, source: bytes | Path, fmt: str, depth: int) -> _Item:
    if fmt == sniff.MSG:
        mail = email_message.read_msg(source)
    else:
        mail = email_message.read_eml(source if isinstance(source, bytes) else source.read_bytes())
    notes = list(mail.problems)
    event = None
    if mail.sent is None:
        notes.append("it has no readable date, so it was not put on the timeline")
    else:
        payload = {"from": mail.sender, "subject": mail.subject}
        event = {"occurred_on": mail.sent.date(), "payload": payload, "note": mail.subject}
    children: list[_Item | _Refused] = []
    for attachment in mail.attachments:
        try:
            children.append(_prepare(attachment.name, attachment.data, depth + 1))
        except UserFacingError as exc:
            children.append(_Refused(attachment.name, exc.message))
    return _Item(
        name,
        source,
        EMAIL_TYPES[fmt],
        kind="consulate_email",
        title=mail.subject,
        text=mail.text,
        text_source="email" if mail.text else "none",
        document_date=mail.sent.date() if mail.sent else None,
        note="; ".join(notes),
        event=event,
        children=children,
    )


def _store(case: CaseFile, item: _Item, path: Path) -> list[IntakeOutcome]:
    outcomes: list[IntakeOutcome] = []
    with case.session() as s, s.begin():
        _insert(s, item, path, None, None, outcomes)
    return outcomes


def _insert(
    s: Session,
    item: _Item,
    path: Path,
    inside: Path | None,
    parent_id: int | None,
    outcomes: list[IntakeOutcome],
) -> None:
    """Store one document and its attachments inside the caller's transaction."""
    sha, _size = blobs.sha256_of(item.source)
    existing = s.scalar(select(Document.id).where(Document.sha256 == sha).limit(1))
    if existing is not None:
        outcomes.append(IntakeOutcome(path, "duplicate", document_id=existing, inside=inside))
        return
    blobs.store(s, item.source)
    row = Document(
        kind=item.kind,
        title=item.title or Path(item.name).stem or item.name or "Untitled",
        original_name=item.name,
        media_type=item.media_type,
        page_count=item.pages,
        text=item.text,
        text_source=item.text_source,
        document_date=item.document_date,
        parent_id=parent_id,
        sha256=sha,
        position=s.scalar(select(func.coalesce(func.max(Document.position), -1))) + 1,
    )
    s.add(row)
    s.flush()
    if item.event is not None:
        s.add(Event(kind="email_received", document_id=row.id, **item.event))
    outcomes.append(IntakeOutcome(path, "added", "", row.id, inside, item.note))
    for child in item.children:
        if isinstance(child, _Refused):
            outcomes.append(IntakeOutcome(Path(child.name), "refused", child.reason, inside=path))
        else:
            _insert(s, child, Path(child.name), path, row.id, outcomes)


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if not child.name.startswith("."):
                yield from _walk(child)
    else:
        yield path
