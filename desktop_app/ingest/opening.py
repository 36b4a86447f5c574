"""Opening one dropped file: what it is, whether it can be taken, and what to store for it.

This is the part of import that runs the PDF, picture and email parsers on untrusted bytes, so it
runs inside the bounded reader process (``ingest.sandbox``). Its answer is plain data: the
bytes to store stay in files — the original, or a converted picture or an email's attachment
written to ``workdir`` — so nothing large crosses between the processes. Each comes with the
SHA-256 of those bytes, taken here while the importing process stores the file before, so that
storing reads each file once (and checks that hash as it goes).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import UserFacingError
from desktop_app.ingest import images, pdf_file, sniff
from desktop_app.messages import _

MAX_BYTES = 500 * 1024 * 1024
MAX_EMAIL_BYTES = 100 * 1024 * 1024
MAX_EMAIL_NESTING = 3
EMAIL_TYPES = {sniff.EML: "message/rfc822", sniff.MSG: "application/vnd.ms-outlook"}
PdfPlacer = Callable[[Path, Path], tuple[Path, str]]
"""Proves a PDF (path, work folder) the way the packet uses it: the file to store (the PDF or a
repaired copy) and what to tell the person; a refusal when nothing can use it."""


@dataclass(frozen=True)
class EmailEvent:
    """The timeline event an email brings: the day it was sent, who sent it, its subject."""

    occurred_on: dt.date
    sender: str
    subject: str


@dataclass(frozen=True)
class RefusedPart:
    """An attachment that cannot be taken, and why; its email is still stored."""

    name: str
    reason: str


@dataclass(frozen=True)
class OpenedFile:
    """A document ready to be stored: checked, converted if need be, with its attachments."""

    name: str
    source: Path
    media_type: str
    pages: int = 0
    kind: str = "other"
    title: str = ""
    text: str = ""
    text_source: str = "none"
    document_date: dt.date | None = None
    note: str = ""
    sha256: str = ""
    event: EmailEvent | None = None
    children: tuple[OpenedFile | RefusedPart, ...] = ()


def open_file(path: Path, workdir: Path, placer: PdfPlacer | None = None) -> OpenedFile:
    """Open ``path`` as import would store it, or raise a refusal a person understands;
    ``placer`` proves each PDF (attachments too) can go in a packet."""
    if path.is_dir():
        raise UserFacingError(_("this folder cannot be opened"))
    return _open(path.name, path, workdir, 0, placer)


def _open(
    name: str, source: Path, workdir: Path, depth: int, placer: PdfPlacer | None
) -> OpenedFile:
    size = source.stat().st_size
    if size == 0:
        raise UserFacingError(_("this file is empty"))
    if size > MAX_BYTES:
        raise UserFacingError(_("this file is larger than 500 MB; split or compress it first"))
    fmt = sniff.recognise(source)
    if fmt == sniff.PDF:
        stored, note = placer(source, workdir) if placer else (source, "")
        pages = pdf_file.page_count(stored)
        return OpenedFile(name, stored, "application/pdf", pages, note=note, sha256=_sha256(stored))
    if fmt in EMAIL_TYPES:
        if size > MAX_EMAIL_BYTES:
            raise UserFacingError(
                _("this email is larger than 100 MB; save its attachments instead")
            )
        if depth >= MAX_EMAIL_NESTING:
            raise UserFacingError(_("this email is attached inside too many other emails"))
        return _email(name, source, fmt, workdir, depth, placer)
    picture = images.read_image(source, fmt)
    stored = _written(picture.converted, workdir) if picture.converted else source
    return OpenedFile(
        name, stored, picture.media_type, picture.pages, note=picture.note, sha256=_sha256(stored)
    )


def _email(
    name: str, source: Path, fmt: str, workdir: Path, depth: int, placer: PdfPlacer | None
) -> OpenedFile:
    from desktop_app.ingest import email_message  # here: most imports bring no email

    if fmt == sniff.MSG:
        mail = email_message.read_msg(source)
    else:
        mail = email_message.read_eml(source.read_bytes())
    notes = list(mail.problems)
    event = None
    if mail.sent is None:
        notes.append(_("it has no readable date, so it was not put on the timeline"))
    else:
        event = EmailEvent(mail.sent.date(), mail.sender, mail.subject)
    children: list[OpenedFile | RefusedPart] = []
    for attachment in mail.attachments:
        try:
            saved = _written(attachment.data, workdir)
            children.append(_open(attachment.name, saved, workdir, depth + 1, placer))
        except UserFacingError as exc:
            children.append(RefusedPart(attachment.name, exc.message))
    return OpenedFile(
        name,
        source,
        EMAIL_TYPES[fmt],
        kind="consulate_email",
        title=mail.subject,
        text=mail.text,
        text_source="email" if mail.text else "none",
        document_date=mail.sent.date() if mail.sent else None,
        note="; ".join(notes),
        sha256=_sha256(source),
        event=event,
        children=tuple(children),
    )


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _written(data: bytes, workdir: Path) -> Path:
    """``data`` in a new file of ``workdir``, for the importing process to store from."""
    with tempfile.NamedTemporaryFile(dir=workdir, delete=False) as out:
        out.write(data)
    return Path(out.name)
