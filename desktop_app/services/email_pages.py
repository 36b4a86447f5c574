"""Emails as pages: a stored email read again and drawn as a PDF, for the packet and the preview.

An email is stored as it came (``message/rfc822`` or an Outlook ``.msg``); a packet cannot hold
it as such, and a consular officer wants it as printed mail anyway. So wherever the packet needs a
document's file — staging for export, pre-flight — an email is drawn as pages
(``packet.email_page``) with its From, To, Date and Subject and its text; its attachments are
documents of their own and follow it in the packet. The window's preview shows the same PDF.
The email was read without fault when it was imported, by the same reader, so reading it here
is no new exposure to its bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.domain.kind_reading import EMAIL_TYPES
from desktop_app.errors import UserFacingError
from desktop_app.ingest.email_message import Email, read_eml, read_msg
from desktop_app.messages import _
from desktop_app.packet.email_page import EmailContent, draw_email
from desktop_app.services import documents
from desktop_app.services.documents import DocumentView
from desktop_app.services.packet_settings import load_packet_settings
from desktop_app.store.casefile import CaseFile

OUTLOOK = "application/vnd.ms-outlook"
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""Written out, not from the locale: the packet's words are English wherever it is made."""


def is_email(doc: DocumentView) -> bool:
    return doc.media_type in EMAIL_TYPES


def write_packet_inputs(
    case: CaseFile, docs: list[DocumentView], folder: Path, paper: str
) -> dict[int, Path]:
    """The files the packet takes ``docs`` from, written in ``folder``: their stored bytes (all
    in one session), or for an email its pages drawn on ``paper``."""
    paths = {d.id: folder / f"in-{d.id}" for d in docs}
    documents.write_documents_bytes(case, {d.id: paths[d.id] for d in docs if not is_email(d)})
    for doc in docs:
        if is_email(doc):
            write_email_pdf(case, doc, paths[doc.id], paper)
    return paths


def write_email_preview(case: CaseFile, doc: DocumentView, out: Path) -> Path:
    """The email ``doc`` drawn at ``out`` as the packet would draw it, on the case's paper."""
    return write_email_pdf(case, doc, out, load_packet_settings(case).options.paper)


def write_email_pdf(case: CaseFile, doc: DocumentView, out: Path, paper: str) -> Path:
    """The email ``doc`` drawn as pages at ``out``."""
    raw = documents.write_document_bytes(case, doc.id, out.with_name(f"{out.name}.mail"))
    try:
        mail = read_msg(raw) if doc.media_type == OUTLOOK else read_eml(raw.read_bytes())
    except UserFacingError as exc:
        raise UserFacingError(
            _("The email “{title}” (document {id}) cannot be shown as pages: {why}.").format(
                title=doc.title, id=doc.id, why=exc.message.rstrip(".")
            )
        ) from None
    finally:
        raw.unlink(missing_ok=True)
    draw_email(email_content(mail), paper, out)
    return out


def email_content(mail: Email) -> EmailContent:
    """What the email's page shows, in the order mail programs print it."""
    headers = [("From", mail.sender), ("To", mail.to)]
    if mail.cc:
        headers.append(("Cc", mail.cc))
    headers += [("Date", sent_on(mail.sent)), ("Subject", mail.subject)]
    if mail.attachments:
        headers.append(("Attached", ", ".join(a.name for a in mail.attachments)))
    return EmailContent(tuple(headers), mail.text, mail.subject)


def sent_on(sent: dt.datetime | None) -> str:
    """``sent`` as "9 September 2026, 10:15 (UTC+00:00)"; empty when the email has no date."""
    if sent is None:
        return ""
    when = f"{sent.day} {MONTHS[sent.month - 1]} {sent.year}, {sent:%H:%M}"
    offset = sent.utcoffset()
    if offset is None:
        return when
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{when} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d})"
