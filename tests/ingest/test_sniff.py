"""Files are recognised by what is inside them, and refused files say what they are."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop_app.errors import UserFacingError
from desktop_app.ingest import sniff
from tests import specimens
from tests.ingest import samples


def _zip(*members: tuple[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in members:
            archive.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (samples.pdf(1), sniff.PDF),
        (samples.picture("JPEG"), sniff.JPEG),
        (samples.picture("PNG"), sniff.PNG),
        (samples.tiff(2), sniff.TIFF),
        (samples.picture("WEBP"), sniff.WEBP),
        (samples.picture("HEIF"), sniff.HEIF),
        (samples.picture("AVIF"), sniff.AVIF),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf" + bytes(64), sniff.AVIF),
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heicmiaf" + bytes(64), sniff.HEIF),
        (bytes(samples.email()), sniff.EML),
        (b"From someone@example.org Wed Sep  9 10:15:00 2026\nSubject: hi\n\nbody", sniff.EML),
        (
            samples.outlook_message(subject="s", body="b", sent=None, attachments={}),
            sniff.MSG,
        ),
        (specimens.junk_before_header(), sniff.PDF),
        (specimens.big_tiff(), sniff.TIFF),
        (specimens.email_with_long_headers(kilobytes=12), sniff.EML),
        (b"\xef\xbb\xbfFrom -\nFrom: a@example.org\nSubject: hi\n\nbody", sniff.EML),
        (
            b"Received: from x\r\n  by y\r\nbroken header line\r\nFrom: a@b\r\nTo: c@d\r\n"
            b"Subject: s\r\nDate: Wed, 9 Sep 2026 10:15:00 +0000\r\n\r\nbody",
            sniff.EML,
        ),
        (b"1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>", sniff.PDF),
        (b"\x00\x00\x00\x1cftypmif2\x00\x00\x00\x00mif2heicmiaf" + bytes(64), sniff.HEIF),
    ],
)
def test_supported_files_are_recognised_whatever_their_name(data: bytes, expected: str) -> None:
    assert sniff.recognise(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_zip(("word/document.xml", "<w/>")), "this is a Word document; save it as PDF first"),
        (_zip(("xl/workbook.xml", "<x/>")), "this is an Excel spreadsheet; save it as PDF first"),
        (
            _zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")),
            "this is an OpenDocument text (.odt); save it as PDF first",
        ),
        (
            _zip(("photo.jpg", "jpeg")),
            "this is a ZIP archive; unpack it and import the files inside",
        ),
        (b"PK\x03\x04 cut short", "this looks like a damaged ZIP archive"),
        (samples.old_word_document(), "this is an old Word document (.doc); save it as PDF first"),
        (b"{\\rtf1\\ansi hello}", "this is a Word (RTF) document; save it as PDF first"),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00", "this is a video or audio file"),
        (b"\n<!DOCTYPE html><html><body>Status: Refused", "this is a web page; print it to PDF"),
        (b"just some notes\nabout the case\n", "this kind of file is not supported; use PDF"),
        (b"BM" + bytes(12) + b"\x28\x00\x00\x00" + bytes(40), "BMP pictures are not supported"),
        (b"BMW service invoice, 12 March\n", "this kind of file is not supported; use PDF"),
        (b'<H1 ALIGN="CENTER">Status</H1>\n<P>Refused', "this is a web page; print it to PDF"),
        (b"\x78\x9f\x3e\x22\x01\x00" + bytes(40), "this is an Outlook “winmail.dat” attachment"),
    ],
)
def test_other_files_are_refused_with_what_they_are(data: bytes, reason: str) -> None:
    with pytest.raises(UserFacingError) as refused:
        sniff.recognise(data)
    assert refused.value.message.startswith(reason)


def test_office_streams_tell_an_outlook_message_from_old_office_files() -> None:
    assert sniff.ole_reason({"__properties_version1.0", "__substg1.0_0037001F"}) is None
    assert "Excel" in (sniff.ole_reason({"Workbook"}) or "")
    assert "PowerPoint" in (sniff.ole_reason({"PowerPoint Document"}) or "")
