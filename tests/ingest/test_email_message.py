"""Saved emails give their sender, subject, date, text and attachments — even broken ones."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from desktop_app.errors import UserFacingError
from desktop_app.ingest import email_message
from tests.ingest import samples


def test_an_eml_gives_sender_recipients_subject_date_text_and_attachments() -> None:
    msg = samples.email(
        attachments=(("letter.pdf", b"%PDF-1.4 x"),), cc="Zhāng Wěi <zw@example.cn>"
    )

    mail = email_message.read_eml(bytes(msg))

    assert mail.sender == "Consular Section Manila <support-manila@example.org>"
    assert (mail.to, mail.cc) == ("maria.santos@example.com", "Zhāng Wěi <zw@example.cn>")
    assert mail.subject == "Your visa application AA00B7QPGN - documents received"
    assert mail.sent == samples.SENT
    assert mail.text == "We confirm receipt of your documents."
    assert mail.attachments == (email_message.Attachment("letter.pdf", b"%PDF-1.4 x"),)
    assert mail.problems == ()


def test_an_html_only_email_is_read_as_its_visible_text() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body><p>Dear Applicant,</p>"
        "<p>Your case is in <b>administrative&nbsp;processing</b>.</p>"
        "<script>track()</script></body></html>"
    )
    mail = email_message.read_eml(bytes(samples.email(body=None, html=html)))
    assert mail.text == "Dear Applicant,\n\nYour case is in administrative processing."


def test_a_missing_or_malformed_date_is_none_not_a_crash() -> None:
    assert email_message.read_eml(bytes(samples.email(date=None))).sent is None
    raw = bytes(samples.email()).replace(b"Date: Wed, 09 Sep 2026", b"Date: sometime in Sep")
    assert email_message.read_eml(raw).sent is None


def test_an_unknown_charset_is_read_with_replacements_and_reported() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: =?x-klingon?q?qapla?=\r\n"
        b"Date: Wed, 9 Sep 2026 10:15:00 +0000\r\n"
        b"Content-Type: text/plain; charset=x-klingon\r\n\r\nDear Applicant \xff\r\n"
    )
    mail = email_message.read_eml(raw)
    assert mail.text == "Dear Applicant \ufffd"
    assert mail.problems == (
        "its text is in an unknown character set (x-klingon), so some letters may show wrongly",
    )
    assert mail.sent is not None


def _nested(depth: int) -> bytes:
    head = b"From: a@example.org\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
    opening, closing = b"", b""
    for n in range(depth):
        opening += f'Content-Type: multipart/mixed; boundary="b{n}"\r\n\r\n--b{n}\r\n'.encode()
        closing = f"\r\n--b{n}--\r\n".encode() + closing
    return head + opening + b"Content-Type: text/plain\r\n\r\nhello" + closing


def test_mime_nested_beyond_the_limit_is_refused_and_normal_nesting_is_read() -> None:
    assert email_message.read_eml(_nested(3)).text == "hello"
    with pytest.raises(UserFacingError, match="nested more than 8 levels deep"):
        email_message.read_eml(_nested(email_message.MAX_DEPTH + 2))
    with pytest.raises(UserFacingError, match="more than 200 parts"):
        email_message.read_eml(_nested(2000))


def test_an_email_with_too_many_parts_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(email_message, "MAX_PARTS", 3)
    msg = samples.email(attachments=tuple((f"{n}.pdf", b"%PDF") for n in range(5)))
    with pytest.raises(UserFacingError, match="more than 3 parts"):
        email_message.read_eml(bytes(msg))


def test_signature_logos_in_an_html_body_are_not_attachments() -> None:
    msg = samples.email(html="<p>Hello <img src='cid:logo'></p>")
    msg.get_body(("html",)).add_related(b"\x89PNG logo", "image", "png", cid="<logo>")
    assert email_message.read_eml(bytes(msg)).attachments == ()


def test_attachment_names_cannot_point_into_folders() -> None:
    assert email_message.safe_name("..\\..\\Windows/evil.pdf", "x") == "evil.pdf"
    assert email_message.safe_name("\x00\x07", "attachment 1.pdf") == "attachment 1.pdf"
    assert len(email_message.safe_name("a" * 400 + ".pdf", "x")) <= email_message.MAX_NAME


def test_a_real_outlook_message_is_read() -> None:
    data = samples.outlook_message(
        subject="Documents received",
        body="Dear Applicant,\nWe confirm receipt.",
        sent=samples.SENT,
        attachments={"letter.pdf": b"%PDF-1.4 x"},
    )

    mail = email_message.read_msg(data)

    assert (mail.subject, mail.sent, mail.text) == (
        "Documents received",
        samples.SENT,
        "Dear Applicant,\nWe confirm receipt.",
    )
    assert "Consular Section Manila" in mail.sender
    assert mail.attachments == (email_message.Attachment("letter.pdf", b"%PDF-1.4 x"),)


def test_a_damaged_outlook_file_is_refused() -> None:
    data = samples.outlook_message(subject="s", body="b", sent=None, attachments={})
    with pytest.raises(UserFacingError, match="damaged Outlook message"):
        email_message.read_msg(data[:1600])


class _BrokenAttachment:
    longFilename = "broken.pdf"  # noqa: N815 - extract-msg's attribute name

    @property
    def data(self) -> bytes:
        raise ValueError("bad stream")


def test_outlook_parts_that_fail_are_reported_and_the_rest_kept() -> None:
    msg = SimpleNamespace(
        sender="Consulate",
        subject="Hello",
        date=dt.datetime(2026, 1, 2, 3, 4),
        body="",
        htmlBody=b"<p>From the <i>HTML</i> body</p>",
        attachments=[_BrokenAttachment(), SimpleNamespace(data=b"%PDF", longFilename="ok.pdf")],
    )

    mail = email_message.from_outlook(msg)

    assert mail.text == "From the HTML body"
    assert mail.attachments == (email_message.Attachment("ok.pdf", b"%PDF"),)
    assert mail.problems == ("attachment 1 is damaged and was left out",)


def test_an_outlook_message_attached_to_an_outlook_message_is_kept_as_a_msg_file() -> None:
    inner = SimpleNamespace(exportBytes=lambda: b"\xd0\xcf\x11\xe0 inner message")
    msg = SimpleNamespace(
        sender="Consulate",
        subject="Fwd",
        date=None,
        body="see attached",
        htmlBody=None,
        attachments=[SimpleNamespace(data=inner, longFilename=None, shortFilename=None)],
    )

    mail = email_message.from_outlook(msg)

    assert mail.attachments == (
        email_message.Attachment("attached email 1.msg", b"\xd0\xcf\x11\xe0 inner message"),
    )
    assert mail.sent is None
