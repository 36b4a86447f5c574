"""Saved emails — ``.eml`` files and Outlook ``.msg`` files — read into sender, recipients,
subject, date, body text and attachments.

An email "parses" without error even when its MIME structure is broken; the failures come when
reading its parts and headers (unknown character sets, malformed dates, odd parameters). So every
header and part is read defensively: a bad header becomes empty, a body in an unknown character
set is read as UTF-8 with replacement characters and the problem is reported, and nesting depth
and part count are bounded so a hostile email cannot keep the import busy.
"""

from __future__ import annotations

import datetime as dt
import functools
import mimetypes
import re
import struct
from dataclasses import dataclass, field
from email import policy
from email.errors import MessageError
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.ingest.html_text import html_to_text
from desktop_app.messages import N_, _, translated

MAX_DEPTH = 8
MAX_PARTS = 200
MAX_NAME = 150
TOO_DEEP = N_(
    "this email is nested more than {depth} levels deep (parts inside parts), which mail "
    "programs do not do; it may be damaged — save it again from your mail program"
)
PART_ERRORS = (*DECODER_ERRORS, LookupError, MessageError, AttributeError, struct.error)
OUTLOOK_WORDS = {
    "htmlBody": N_("its HTML text could not be read"),
    "body": N_("its text could not be read"),
    "to": N_("its recipients could not be read"),
    "cc": N_("its copies could not be read"),
}


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


@dataclass(frozen=True)
class Email:
    """What import keeps of an email; ``problems`` are things the person should be told."""

    sender: str
    subject: str
    sent: dt.datetime | None
    text: str
    attachments: tuple[Attachment, ...] = ()
    problems: tuple[str, ...] = ()
    to: str = ""
    cc: str = ""


def read_eml(data: bytes) -> Email:
    """Read an RFC 822 email (``.eml``, or a plain-text email saved under any name)."""
    if data.lower().count(b"multipart/") > MAX_PARTS:  # the parser slows down with each level
        raise _too_many_parts()
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        walker = _Walker()
        walker.walk(msg, 0, "")
    except RecursionError:
        raise UserFacingError(translated(TOO_DEEP).format(depth=MAX_DEPTH)) from None
    return Email(
        sender=_header(msg, "from"),
        subject=_header(msg, "subject"),
        sent=_date(msg),
        text=walker.body(),
        attachments=tuple(walker.attachments),
        problems=tuple(dict.fromkeys(walker.problems)),
        to=_header(msg, "to"),
        cc=_header(msg, "cc"),
    )


def read_msg(source: bytes | Path) -> Email:
    """Read an Outlook ``.msg`` file with extract-msg."""
    import extract_msg  # here, not at the top: it takes most of the reader process's start-up

    try:
        msg = extract_msg.openMsg(source if isinstance(source, bytes) else str(source))
    except _msg_errors():
        raise UserFacingError(
            _("this looks like a damaged Outlook message; save it again from Outlook")
        ) from None
    try:
        return from_outlook(msg)
    finally:
        msg.close()


def from_outlook(msg: Any) -> Email:
    """The email inside an extract-msg message (sender, subject, date, body, attachments)."""
    problems: list[str] = []
    text = _outlook_attr(msg, "body", problems) or ""
    if not text.strip():
        html = _outlook_attr(msg, "htmlBody", problems) or b""
        text = html_to_text(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    attachments = []
    for n, att in enumerate(_outlook_attr(msg, "attachments", problems) or []):
        found = _outlook_attachment(att, n, problems)
        if found is not None:
            attachments.append(found)
    sent = _outlook_attr(msg, "date", problems)
    return Email(
        sender=_one_line(str(_outlook_attr(msg, "sender", problems) or "")),
        subject=_one_line(str(_outlook_attr(msg, "subject", problems) or "")),
        sent=sent if isinstance(sent, dt.datetime) else None,
        text=text.strip(),
        attachments=tuple(attachments),
        problems=tuple(dict.fromkeys(problems)),
        to=_one_line(str(_outlook_attr(msg, "to", problems) or "")),
        cc=_one_line(str(_outlook_attr(msg, "cc", problems) or "")),
    )


@dataclass
class _Walker:
    """Collects body text and attachments, depth first, within the depth and part limits."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    parts: int = 0

    def walk(self, part: Message, depth: int, parent_type: str) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise _too_many_parts()
        if depth > MAX_DEPTH:
            raise UserFacingError(translated(TOO_DEEP).format(depth=MAX_DEPTH))
        content_type = part.get_content_type()
        if content_type == "message/rfc822":
            self._attach_message(part)
        elif part.is_multipart():
            for sub in part.iter_parts() if isinstance(part, EmailMessage) else []:
                self.walk(sub, depth + 1, content_type)
        elif _is_attachment(part, parent_type):
            self._attach(part)
        elif content_type == "text/plain":
            self.plain.append(self._text(part))
        elif content_type == "text/html":
            self.html.append(self._text(part))

    def body(self) -> str:
        if any(text.strip() for text in self.plain):
            return "\n\n".join(text.strip() for text in self.plain if text.strip())
        return "\n\n".join(html_to_text(html) for html in self.html).strip()

    def _text(self, part: Message) -> str:
        try:
            return str(part.get_content())
        except LookupError:
            self.problems.append(
                _(
                    "its text is in an unknown character set ({charset}), so some letters may "
                    "show wrongly"
                ).format(charset=part.get_content_charset())
            )
        except PART_ERRORS:
            self.problems.append(_("part of its text could not be decoded"))
        return _payload(part).decode("utf-8", "replace")

    def _attach(self, part: Message) -> None:
        try:
            name = part.get_filename() or ""
        except PART_ERRORS:
            name = ""
        extension = mimetypes.guess_extension(part.get_content_type()) or ""
        fallback = f"attachment {len(self.attachments) + 1}{extension}"
        self.attachments.append(Attachment(safe_name(name, fallback), _payload(part)))

    def _attach_message(self, part: Message) -> None:
        try:
            inner = part.get_payload(0)
            subject = _header(inner, "subject")
            data = inner.as_bytes(policy=policy.default)
        except PART_ERRORS:
            self.problems.append(_("an email attached to it is damaged and was left out"))
            return
        name = safe_name(f"{subject}.eml" if subject else "", "attached email.eml")
        self.attachments.append(Attachment(name, data))


def _too_many_parts() -> UserFacingError:
    return UserFacingError(
        _("this email has more than {most} parts; save its attachments one by one").format(
            most=MAX_PARTS
        )
    )


def safe_name(name: str, fallback: str) -> str:
    """A file name that is only a name: no folders, no control characters, not too long."""
    base = re.split(r"[/\\]", name)[-1]
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip().strip(".")
    if len(base) > MAX_NAME:
        stem, dot, extension = base.rpartition(".")
        base = (stem[: MAX_NAME - 10] + dot + extension[:8]) if dot else base[:MAX_NAME]
    return base or fallback


def _is_attachment(part: Message, parent_type: str) -> bool:
    """Files the sender attached — not the logos and signature pictures inside an HTML body."""
    try:
        disposition = part.get_content_disposition()
        name = part.get_filename()
    except PART_ERRORS:
        disposition, name = "attachment", None
    if disposition == "attachment":
        return True
    if parent_type == "multipart/related" and part.get("content-id"):
        return False
    return bool(name) or part.get_content_maintype() not in ("text", "multipart")


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except PART_ERRORS:
        return b""
    return data if isinstance(data, bytes) else b""


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except PART_ERRORS:
        value = next((raw for key, raw in msg.raw_items() if key.lower() == name), "")
    return _one_line(str(value or ""))


def _date(msg: Message) -> dt.datetime | None:
    raw = next((raw for key, raw in msg.raw_items() if key.lower() == "date"), "")
    try:
        return parsedate_to_datetime(_one_line(str(raw))) if raw else None
    except (ValueError, TypeError, IndexError, OverflowError):
        return None


def _outlook_attr(msg: Any, name: str, problems: list[str]) -> Any:
    try:
        return getattr(msg, name, None)
    except _msg_errors():
        problems.append(
            translated(OUTLOOK_WORDS[name])
            if name in OUTLOOK_WORDS
            else _("its {part} could not be read").format(part=name)
        )
        return None


def _outlook_attachment(att: Any, n: int, problems: list[str]) -> Attachment | None:
    try:
        data = att.data
        if hasattr(data, "exportBytes"):  # an email attached to the email
            data = data.exportBytes()
            fallback = f"attached email {n + 1}.msg"
        else:
            fallback = f"attachment {n + 1}"
        name = getattr(att, "longFilename", None) or getattr(att, "shortFilename", None) or ""
    except _msg_errors():
        problems.append(_("attachment {n} is damaged and was left out").format(n=n + 1))
        return None
    if not isinstance(data, bytes):
        problems.append(
            _("attachment {n} is a kind of Outlook item that cannot be imported").format(n=n + 1)
        )
        return None
    return Attachment(safe_name(str(name), fallback), data)


@functools.cache
def _msg_errors() -> tuple[type[BaseException], ...]:
    """What extract-msg raises on damaged messages, besides what any decoder raises."""
    from extract_msg.exceptions import ExMsgBaseException

    return (*PART_ERRORS, ExMsgBaseException, RuntimeError)


def _one_line(text: str) -> str:
    return " ".join(re.sub(r"[\x00-\x1f\x7f]", " ", text).split())
