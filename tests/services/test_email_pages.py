"""An email in the packet: a page of its own with From, To, Date, Subject and its text, stamped
like any other page, followed by the pages of its attachments."""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
from pathlib import Path

import pikepdf

from desktop_app.services import documents, email_pages, export, intake
from desktop_app.store.casefile import CaseFile
from tests.ingest import samples
from tests.packet.conftest import text_pages
from tests.specimens import pdf_with_text

SENDER = "Zhāng Wěi 张伟 <zhang.wei@example.cn>"
SUBJECT = "Documents for 221(g) — Zhāng Wěi 张伟"
INDIA = dt.timezone(dt.timedelta(hours=5, minutes=30))


def _import_email(case: CaseFile, tmp_path: Path) -> list[documents.DocumentView]:
    body = "\n\n".join(
        f"Paragraph {n}: I enclose my employment letter and six months of bank statements."
        for n in range(70)
    )
    msg = samples.email(
        sender=SENDER,
        to="Consular Section New Delhi <support-delhi@example.org>",
        subject=SUBJECT,
        date=format_datetime(dt.datetime(2026, 9, 9, 10, 15, tzinfo=INDIA)),
        body=f"Dear Sir or Madam,\n\n{body}\n\nYours faithfully,\nZhāng Wěi 张伟",
        attachments=(("bank-letter.pdf", pdf_with_text("Attached bank letter")),),
    )
    source = tmp_path / "reply.eml"
    source.write_bytes(bytes(msg))
    intake.take_in(case, [source])
    return documents.list_documents(case)


def test_an_email_is_a_page_of_its_own_followed_by_its_attachment(
    case: CaseFile, tmp_path: Path
) -> None:
    email, attachment = _import_email(case, tmp_path)
    assert (email.media_type, attachment.parent_id) == ("message/rfc822", email.id)
    target = tmp_path / "packet.pdf"

    export.export_packet(case, target, record=False)

    pages = text_pages(target)
    first = next(n for n, text in enumerate(pages) if "From:" in text)
    header = pages[first]
    assert SENDER in header
    assert "To:" in header and "Consular Section New Delhi <support-delhi@example.org>" in header
    assert "Date:" in header and "9 September 2026, 10:15 (UTC+05:30)" in header
    assert "Subject:" in header and SUBJECT in header
    assert "Dear Sir or Madam," in header and "Paragraph 0:" in header
    assert "bank-letter.pdf" in header
    body_pages = [n for n, text in enumerate(pages) if "Paragraph" in text]
    assert body_pages == list(range(first, first + len(body_pages))) and len(body_pages) > 1
    assert "Paragraph 69:" in pages[body_pages[-1]]
    after = pages[body_pages[-1] + 1]
    assert "Attached bank letter" in after
    assert f"page {first + 1} of {len(pages)}" in header


def test_the_email_is_on_the_packets_paper(case: CaseFile, tmp_path: Path) -> None:
    [email] = [d for d in _import_email(case, tmp_path) if email_pages.is_email(d)]
    out = email_pages.write_email_pdf(case, email, tmp_path / "email.pdf", "a4")
    assert "Paragraph 0:" in text_pages(out)[0]
    with pikepdf.open(out) as pdf:
        assert {tuple(round(float(v)) for v in p.mediabox) for p in pdf.pages} == {(0, 0, 595, 842)}


def test_a_date_is_written_out_with_its_offset_from_utc() -> None:
    west = dt.timezone(-dt.timedelta(hours=3, minutes=30))
    assert email_pages.sent_on(dt.datetime(2026, 1, 2, 8, 5, tzinfo=west)) == (
        "2 January 2026, 08:05 (UTC-03:30)"
    )
    assert email_pages.sent_on(dt.datetime(2026, 1, 2, 8, 5)) == "2 January 2026, 08:05"
    assert email_pages.sent_on(None) == ""


def test_an_outlook_message_is_drawn_the_same_way(case: CaseFile, tmp_path: Path) -> None:
    data = samples.outlook_message(
        subject="Документы — 221(g)",
        body="Please bring your passport.",
        sent=samples.SENT,
        attachments={},
    )
    msg = documents.add_document(
        case, data, original_name="reply.msg", media_type="application/vnd.ms-outlook"
    ).id

    out = email_pages.write_email_pdf(
        case, documents.get_document(case, msg), tmp_path / "msg.pdf", "letter"
    )

    [page] = text_pages(out)
    assert "Consular Section Manila" in page and "Документы — 221(g)" in page
    assert "9 September 2026, 10:15 (UTC+00:00)" in page
    assert "Please bring your passport." in page
