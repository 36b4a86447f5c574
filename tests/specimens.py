"""Broken files as they turn up in the real world, made in code: each stands for a class of file
seen failing in the corpora of PDF, image and email projects (see scripts/corpus_run.py)."""

from __future__ import annotations

import io

import pikepdf
from PIL import Image

from tests.ingest import samples


def pdf_with_text(text: str = "Bank statement") -> bytes:
    """A one-page PDF with a line of text in a font, as born-digital letters are."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(612, 792))
    font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    page = pdf.pages[0]
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.Contents = pdf.make_stream(f"BT /F1 24 Tf 72 700 Td ({text}) Tj ET".encode())
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def undecodable_content_stream() -> bytes:
    """A page whose content stream claims Flate but holds other bytes: qpdf stops with "errors
    while decoding content stream" when it lays a stamp over it; PDFium draws what it can."""
    pdf = pikepdf.open(io.BytesIO(pdf_with_text()))
    pdf.pages[0].Contents.write(b"\x00not flate at all\xff" * 20, filter=pikepdf.Name.FlateDecode)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def jbig2_contents() -> bytes:
    """A content stream with a JBIG2 filter: decoding it needs the jbig2dec program."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].Contents = pdf.make_stream(b"\x00" * 50, Filter=pikepdf.Name.JBIG2Decode)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def junk_before_header() -> bytes:
    """A PDF behind the bytes a mail gateway or a bank's portal put before "%PDF-"."""
    return b"Content-Type: application/pdf\r\n\r\n" + pdf_with_text()


def header_lost() -> bytes:
    """A PDF whose "%PDF-" header was overwritten: qpdf reads the rest, no viewer's sniffing
    takes it for a PDF; stored rewritten, it has its header back."""
    return b"UPDF-1" + pdf_with_text()[len(b"%PDF-1") :]


def broken_cross_references() -> bytes:
    """A PDF whose xref offsets are all wrong, as after an editor appended to it carelessly."""
    data = pdf_with_text()
    start = data.rindex(b"xref")
    table = data[start:].replace(b" 00000 n", b"9 00000 n")
    return data[:start] + table


def owner_password_only() -> bytes:
    """A bank statement's kind of PDF: permissions set, no password to open it."""
    pdf = pikepdf.open(io.BytesIO(pdf_with_text()))
    out = io.BytesIO()
    allow = pikepdf.Permissions(modify_other=False, extract=False)
    pdf.save(out, encryption=pikepdf.Encryption(owner="bank", user="", allow=allow))
    return out.getvalue()


def nothing_after_header() -> bytes:
    """ "%PDF-" and then nothing any reader can use."""
    return b"%PDF-1.7\n" + b"\x00garbage\x01" * 100


def png_cut_short(keep: float = 0.6) -> bytes:
    """A screenshot whose last chunks are missing: Pillow stops when it decodes it whole."""
    out = io.BytesIO()
    Image.effect_noise((600, 400), 60).convert("RGB").save(out, "PNG")
    data = out.getvalue()
    return data[: int(len(data) * keep)]


def jpeg_with_exif_cut_short() -> bytes:
    """A photo whose EXIF block stops inside its TIFF header: Pillow's parser runs out of bytes
    (``struct.error``) when asked which way is up."""
    data = samples.picture("JPEG", orientation=6)
    start = data.index(b"Exif\x00\x00")
    length = int.from_bytes(data[start - 2 : start], "big")
    cut = data[start : start + 10]
    segment = b"\xff\xe1" + (len(cut) + 2).to_bytes(2, "big") + cut
    return data[: start - 4] + segment + data[start - 2 + length :]


def big_tiff() -> bytes:
    """A BigTIFF, as large-format scanners write them."""
    out = io.BytesIO()
    Image.new("L", (300, 200), 200).save(out, "TIFF", big_tiff=True)
    return out.getvalue()


def email_with_long_headers(kilobytes: int = 12) -> bytes:
    """An email whose Received and DKIM lines fill more than the first few kilobytes."""
    hop = b"Received: from relay.example.org (relay.example.org [192.0.2.1])\r\n\tby mx\r\n"
    head = hop * (kilobytes * 1024 // len(hop) + 1)
    return head + bytes(samples.email())


def warning_with_stray_byte() -> bytes:
    """A PDF on which qpdf warns with a byte that is not UTF-8 in its message ("invalid
    character (0xA4) in hexstring"): pikepdf could not turn that warning into text, and
    logging it then failed with ``SystemError: <class 'logging.LogRecord'> returned a result
    with an exception set``."""
    return pdf_with_text().replace(b"trailer << ", b"trailer << /Stray <41\xa442> ", 1)


def image_with_a_name_for_its_width() -> bytes:
    """An image whose /Width is a name, not a number, as fuzzed and hand-edited files have."""
    pdf = pikepdf.open(io.BytesIO(pdf_with_text()))
    image = pdf.make_stream(
        bytes(30000),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=pikepdf.Name.Wide,
        Height=100,
        BitsPerComponent=8,
        ColorSpace=pikepdf.Name.DeviceGray,
    )
    page = pdf.pages[0]
    page.Resources.XObject = pikepdf.Dictionary(Im0=image)
    page.contents_add(pdf.make_stream(b"q 300 0 0 100 72 300 cm /Im0 Do Q"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def encrypt_entry_not_a_dictionary() -> bytes:
    """A trailer whose /Encrypt is a number: qpdf will not open the file at all, PDFium shows
    it (the class of bank and portal PDFs with broken security settings)."""
    return pdf_with_text().replace(b"trailer << ", b"trailer << /Encrypt 7 ", 1)


def page_tree_loop() -> bytes:
    """A page tree that lists itself among its kids: qpdf stops ("Loop detected in /Pages
    structure"), PDFium skips the loop and shows the page."""
    data = pdf_with_text()
    looped = data.replace(b"/Kids [ 3 0 R ]", b"/Kids [ 3 0 R 2 0 R ]", 1)
    assert looped != data
    return looped
