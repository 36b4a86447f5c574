"""Files people drag in, made in code: photos, scans, PDFs, emails and Outlook messages."""

from __future__ import annotations

import datetime as dt
import io
import struct
from email.message import EmailMessage
from email.utils import format_datetime

import pikepdf
import pillow_heif
from extract_msg import OleWriter
from PIL import Image

pillow_heif.register_heif_opener()

ORIENTATION, GPS = 0x0112, 0x8825
SENT = dt.datetime(2026, 9, 9, 10, 15, tzinfo=dt.UTC)
FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def picture(fmt: str, size: tuple[int, int] = (400, 200), orientation: int = 1, **save) -> bytes:
    """A landscape picture; ``orientation`` 6 means "turn me a quarter clockwise to view"."""
    img = Image.new("RGB", size, (200, 60, 40))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[GPS] = {2: (14.0, 35.0, 0.0), 4: (121.0, 0.0, 0.0)}
    out = io.BytesIO()
    img.save(out, fmt, exif=exif.tobytes(), **save)
    return out.getvalue()


def tiff(pages: int) -> bytes:
    frames = [Image.new("L", (200, 260), 255 - n) for n in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def pdf(pages: int = 2, password: str | None = None) -> bytes:
    doc = pikepdf.new()
    for _ in range(pages):
        doc.add_blank_page()
    out = io.BytesIO()
    if password:
        doc.save(out, encryption=pikepdf.Encryption(owner=password, user=password))
    else:
        doc.save(out)
    return out.getvalue()


def email(
    *,
    subject: str = "Your visa application AA00B7QPGN - documents received",
    body: str | None = "We confirm receipt of your documents.",
    html: str | None = None,
    date: str | None = format_datetime(SENT),
    attachments: tuple[tuple[str, bytes], ...] = (),
    sender: str = "Consular Section Manila <support-manila@example.org>",
    to: str = "maria.santos@example.com",
    cc: str | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc is not None:
        msg["Cc"] = cc
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    if body is not None:
        msg.set_content(body)
    if html is not None:
        if body is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for name, data in attachments:
        maintype, subtype = _mime(name)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def outlook_message(
    *, subject: str, body: str, sent: dt.datetime | None, attachments: dict[str, bytes]
) -> bytes:
    """A minimal but genuine Outlook ``.msg`` (an OLE compound file of MAPI properties)."""
    writer = OleWriter()
    header = struct.pack("<8sIIII8s", bytes(8), 0, len(attachments), 0, len(attachments), bytes(8))
    properties = header
    if sent is not None:
        ticks = int((sent - FILETIME_EPOCH).total_seconds() * 10_000_000)
        properties += _property(0x00390040, struct.pack("<Q", ticks))  # client submit time
    writer.addEntry("__properties_version1.0", properties)
    for tag, text in (
        ("001A001F", "IPM.Note"),
        ("0037001F", subject),
        ("1000001F", body),
        ("0C1A001F", "Consular Section Manila"),
        ("0C1F001F", "support-manila@example.org"),
    ):
        writer.addEntry(f"__substg1.0_{tag}", text.encode("utf-16-le"))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for n, (name, data) in enumerate(attachments.items()):
        folder = f"__attach_version1.0_#{n:08X}"
        writer.addEntry(folder, storage=True)
        by_value = _property(0x37050003, struct.pack("<Q", 1))
        writer.addEntry(f"{folder}/__properties_version1.0", bytes(8) + by_value)
        writer.addEntry(f"{folder}/__substg1.0_37010102", data)
        writer.addEntry(f"{folder}/__substg1.0_3707001F", name.encode("utf-16-le"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def old_word_document() -> bytes:
    """An OLE compound file shaped like a Word 97-2003 ``.doc``."""
    writer = OleWriter()
    writer.addEntry("WordDocument", b"\xec\xa5" + bytes(4000))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _property(tag: int, value: bytes) -> bytes:
    return struct.pack("<II", tag, 6) + value


def _mime(name: str) -> tuple[str, str]:
    extension = name.rsplit(".", 1)[-1].lower()
    return {
        "pdf": ("application", "pdf"),
        "jpg": ("image", "jpeg"),
        "png": ("image", "png"),
    }.get(extension, ("application", "octet-stream"))
