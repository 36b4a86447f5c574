"""What a file really is, from its first bytes and (for containers) its table of contents.

Real-world files lie about their names: PDFs arrive as ``.bin``, plain-text emails as ``.msg``,
Outlook messages with no extension at all. So the name is never consulted. Files VisaCase cannot
take (Word, Excel, ZIP archives, videos) are recognised too, so the person is told what to do
rather than just "unsupported".
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from desktop_app.errors import UserFacingError
from desktop_app.messages import N_, _, translated

PDF, JPEG, PNG, TIFF, WEBP, HEIF, AVIF, EML, MSG = (
    "pdf", "jpeg", "png", "tiff", "webp", "heif", "avif", "eml", "msg"
)  # fmt: skip
SUPPORTED = N_("use PDF, JPEG, PNG, TIFF, WebP, HEIC, AVIF or an email (.eml, .msg)")
HEAD = 4096
EMAIL_HEAD = 256 * 1024  # mail servers' Received and DKIM lines can fill many kilobytes
PDF_OFFSET = 1024  # readers (Acrobat, PDFium, poppler) find "%PDF-" within the first kilobyte
SIGNATURES = (
    (b"\xff\xd8\xff", JPEG),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"II+\x00", TIFF),  # BigTIFF, as large scanners and microscopes write it
    (b"MM\x00+", TIFF),
)
HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx")
AVIF_BRANDS = (b"avif", b"avis")
# HEIF or AVIF: the compatible brands tell which
GENERIC_BRANDS = (b"mif1", b"mif2", b"msf1", b"miaf")
OTHER_SIGNATURES = (
    (b"{\\rtf", N_("this is a Word (RTF) document; save it as PDF first")),
    (b"GIF8", N_("GIF pictures are not supported; save it as PNG or JPEG ({supported})")),
    (b"Rar!", N_("this is a RAR archive; unpack it and import the files inside")),
    (b"7z\xbc\xaf", N_("this is a 7-Zip archive; unpack it and import the files inside")),
    (b"\x1f\x8b", N_("this is a compressed (gzip) archive; unpack it and import the files inside")),
    (
        b"\x78\x9f\x3e\x22",
        N_(
            "this is an Outlook “winmail.dat” attachment, which holds the real attachments; ask "
            "the sender to send them again as plain attachments, or save them from Outlook"
        ),
    ),
    (b"ID3", N_("this is an audio file, not a document")),
)
ZIP_CONTENTS = (
    ("word/document.xml", N_("this is a Word document; save it as PDF first")),
    ("xl/workbook.xml", N_("this is an Excel spreadsheet; save it as PDF first")),
    ("ppt/presentation.xml", N_("this is a PowerPoint presentation; save it as PDF first")),
)
OPENDOCUMENT = {
    "application/vnd.oasis.opendocument.text": N_("this is an OpenDocument text (.odt)"),
    "application/vnd.oasis.opendocument.spreadsheet": N_("this is an OpenDocument spreadsheet"),
    "application/vnd.oasis.opendocument.presentation": N_("this is an OpenDocument presentation"),
}
OLE_CONTENTS = (
    ("WordDocument", N_("this is an old Word document (.doc); save it as PDF first")),
    ("Workbook", N_("this is an old Excel spreadsheet (.xls); save it as PDF first")),
    ("Book", N_("this is an old Excel spreadsheet (.xls); save it as PDF first")),
    ("PowerPoint Document", N_("this is an old PowerPoint file (.ppt); save it as PDF first")),
)
EMAIL_FIELDS = frozenset(
    {
        "from", "date", "subject", "message-id", "received", "return-path", "mime-version",
        "to", "cc", "delivered-to", "reply-to", "in-reply-to", "references", "x-mailer",
    }
)  # fmt: skip
PDF_STRUCTURE = re.compile(rb"\d+\s+\d+\s+obj\b|\btrailer\s*<<|\bstartxref\b|\bxref\s")
WEB_TAGS = re.compile(
    rb"<(html|head|body|div|p|h[1-6]|table|font|b|i|br|meta|title|span)[\s>/]", re.I
)
BOM = b"\xef\xbb\xbf"
HEADER_LINE = re.compile(rb"^([!-9;-~]+):")


def recognise(source: bytes | Path) -> str:
    """The format VisaCase will read the file as, or a refusal saying what it is instead."""
    head = _head(source, HEAD)
    found = next((fmt for magic, fmt in SIGNATURES if head.startswith(magic)), None)
    if found:
        return found
    if b"%PDF-" in head[:PDF_OFFSET]:  # a PDF behind a mail gateway's or a portal's junk bytes
        return PDF
    head = head.removeprefix(BOM)
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"PK\x03\x04"):
        raise UserFacingError(zip_reason(source))
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole(source)
    for magic, reason in OTHER_SIGNATURES:
        if head.startswith(magic):
            raise UserFacingError(translated(reason).format(supported=translated(SUPPORTED)))
    if _is_bmp(head):
        raise UserFacingError(
            _("BMP pictures are not supported; save it as PNG or JPEG ({supported})").format(
                supported=translated(SUPPORTED)
            )
        )
    if looks_like_email(_head(source, EMAIL_HEAD)):
        return EML
    if head.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")) or (
        WEB_TAGS.search(head[:PDF_OFFSET]) and _is_text(head)
    ):
        raise UserFacingError(
            _("this is a web page; print it to PDF (or save a screenshot) and import that")
        )
    if len(PDF_STRUCTURE.findall(head)) >= 2:  # a PDF whose header is lost: the PDF readers judge
        return PDF
    raise UserFacingError(
        _("this kind of file is not supported; {supported}").format(supported=translated(SUPPORTED))
    )


def zip_reason(source: bytes | Path) -> str:
    """Why a ZIP-based file is refused: Office and OpenDocument files are ZIPs inside."""
    import zipfile  # here, as olefile below: the reader loads them only for such a file

    try:
        with zipfile.ZipFile(_opened(source)) as archive:
            names = set(archive.namelist())
            mimetype = ""
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return _("this looks like a damaged ZIP archive (or Word/Excel file); save it as PDF first")
    for member, reason in ZIP_CONTENTS:
        if member in names:
            return translated(reason)
    if mimetype in OPENDOCUMENT:
        return _("{what}; save it as PDF first").format(what=translated(OPENDOCUMENT[mimetype]))
    return _("this is a ZIP archive; unpack it and import the files inside")


def ole_reason(stream_names: set[str]) -> str | None:
    """None for an Outlook message; otherwise why this old Office file is refused."""
    if "__properties_version1.0" in stream_names or any(
        name.startswith("__substg1.0_") for name in stream_names
    ):
        return None
    for stream, reason in OLE_CONTENTS:
        if stream in stream_names:
            return translated(reason)
    return _("this is an old Office file; save it as PDF first")


def looks_like_email(head: bytes) -> bool:
    """A saved email starts with header lines, at least one of which only emails have; a few
    malformed lines among them (as spam filters and old gateways write) are tolerated.

    ``head`` may end inside a header line: a line cut short at its end is not judged."""
    lines = head.removeprefix(BOM).replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[0].startswith(b"From "):  # an mbox-style first line
        lines = lines[1:]
    if b"\n\n" not in head.replace(b"\r\n", b"\n"):
        lines = lines[:-1]
    fields: list[str] = []
    malformed = 0
    for line in lines:
        if not line:
            break
        if line[:1] in (b" ", b"\t") and fields:
            continue
        match = HEADER_LINE.match(line)
        if match is None:
            if not fields:
                return False
            malformed += 1
            continue
        fields.append(match.group(1).decode("ascii").lower())
    return malformed <= len(fields) // 4 and bool(EMAIL_FIELDS & set(fields))


def _is_text(head: bytes) -> bool:
    """Mostly printable: a fragment of markup, not a binary file that happens to hold "<b>"."""
    sample = head[:PDF_OFFSET]
    printable = sum(32 <= byte < 127 or byte in b"\r\n\t" for byte in sample)
    return printable >= 0.95 * len(sample)


def _iso_media(head: bytes) -> str:
    """HEIC or AVIF photo, told apart by the brands in the file's ``ftyp`` box."""
    box_end = min(int.from_bytes(head[:4], "big"), len(head))
    major = head[8:12]
    compatible = {head[n : n + 4] for n in range(16, box_end - 3, 4)}
    if major in AVIF_BRANDS or (major in GENERIC_BRANDS and compatible & set(AVIF_BRANDS)):
        return AVIF
    if major in HEIF_BRANDS or major in GENERIC_BRANDS:
        return HEIF
    raise UserFacingError(_("this is a video or audio file, not a document"))


def _ole(source: bytes | Path) -> str:
    import olefile

    try:
        with olefile.OleFileIO(_opened(source)) as ole:
            names = {"/".join(entry) for entry in ole.listdir(streams=True, storages=True)}
    except (OSError, ValueError, IndexError, KeyError, TypeError, EOFError):
        raise UserFacingError(
            _("this looks like a damaged Outlook message or old Office file")
        ) from None
    top_level = {name.split("/")[0] for name in names}
    reason = ole_reason(top_level)
    if reason is not None:
        raise UserFacingError(reason)
    return MSG


def _is_bmp(head: bytes) -> bool:
    """A Windows bitmap: "BM" and then a known header size, not merely a text starting "BM"."""
    return head.startswith(b"BM") and head[14:18] in {
        size.to_bytes(4, "little") for size in (12, 40, 52, 56, 64, 108, 124)
    }


def _head(source: bytes | Path, size: int) -> bytes:
    if isinstance(source, bytes):
        return source[:size]
    with Path(source).open("rb") as fh:
        return fh.read(size)


def _opened(source: bytes | Path) -> io.BytesIO | Path:
    return io.BytesIO(source) if isinstance(source, bytes) else source
