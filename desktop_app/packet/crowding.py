"""Finding pages whose text or drawings reach into the stamp band, before anything is built.

PDFium lists a page's text and vector objects with their bounds without rendering anything.
Scanned images are not judged: a scan's white margin cannot be told from its content this way,
and images of image documents are placed clear of the band. So a page whose content only shows
pictures (a scanner's page) has nothing to judge, and qpdf tells that from its content stream in
a twentieth of the time PDFium takes to load the page (0.6 ms a scanned page): PDFium is asked
only about the other pages.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from desktop_app.errors import DECODER_ERRORS
from desktop_app.packet.stamps import PageSize, band_height

KINDS = (pdfium_raw.FPDF_PAGEOBJ_TEXT, pdfium_raw.FPDF_PAGEOBJ_PATH)
MAX_PAGES = 500
"""Pages looked at per document: enough for anything sent to a consulate."""
PICTURE_OPERATORS = frozenset({"q", "Q", "cm", "gs", "Do", "INLINE IMAGE"})
"""What a page that only shows pictures draws with: the graphics state, and images."""
PICTURES_WITHIN = 4096
"""Bytes of content, raw and decoded, a page that only shows pictures takes at most (a scanner
writes a few dozen): longer content goes to PDFium unparsed here, so a page whose content
inflates to hundreds of megabytes never becomes millions of Python objects."""


def crowded_pages(path: Path) -> list[int]:
    """1-based numbers of the pages of ``path`` with text or drawings under the stamp band."""
    numbers = _to_judge(path)
    if not numbers:
        return []
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return []
    try:
        return [n for n in numbers if n <= len(pdf) and _crowded(pdf[n - 1])]
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return []
    finally:
        pdf.close()


def _to_judge(path: Path) -> list[int]:
    """The pages (of the first ``MAX_PAGES``) that may draw more than pictures: all of them
    when qpdf cannot tell."""
    numbers: list[int] = []
    try:
        with pikepdf.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                if number > MAX_PAGES:
                    break
                if not _only_pictures(page):
                    numbers.append(number)
    except (pikepdf.PikepdfError, *DECODER_ERRORS):
        return list(range(1, MAX_PAGES + 1))
    return numbers


def _only_pictures(page: pikepdf.Page) -> bool:
    """Whether ``page`` draws nothing but images: no text, no path, no form (which may hold
    either)."""
    if not _short(page.obj.get("/Contents")):
        return False
    for instruction in pikepdf.parse_content_stream(page):
        operator = str(instruction.operator)
        if operator not in PICTURE_OPERATORS:
            return False
        if operator == "Do" and not _is_image(page, instruction.operands[0]):
            return False
    return True


def _short(contents: pikepdf.Object | None) -> bool:
    """Whether a page's ``/Contents`` (none, a stream or an array of them) is a few bytes."""
    if contents is None:
        return True
    streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    if not all(isinstance(stream, pikepdf.Stream) and _one_filter(stream) for stream in streams):
        return False
    if sum(len(stream.read_raw_bytes()) for stream in streams) > PICTURES_WITHIN:
        return False
    return sum(len(stream.read_bytes()) for stream in streams) <= PICTURES_WITHIN


def _one_filter(stream: pikepdf.Stream) -> bool:
    """At most one filter, so that a few bytes decode to a few megabytes at most."""
    filters = stream.get("/Filter")
    return not isinstance(filters, pikepdf.Array) or len(filters) <= 1


def _is_image(page: pikepdf.Page, name: pikepdf.Object) -> bool:
    xobjects = page.obj.get("/Resources", {}).get("/XObject", {})
    shown = xobjects.get(name) if isinstance(xobjects, pikepdf.Dictionary) else None
    return isinstance(shown, pikepdf.Stream) and shown.get("/Subtype") == pikepdf.Name.Image


def _crowded(page: pdfium.PdfPage) -> bool:
    x0, y0, x1, y1 = page.get_cropbox()
    rotation = page.get_rotation() % 360
    shown = PageSize(y1 - y0, x1 - x0) if rotation in (90, 270) else PageSize(x1 - x0, y1 - y0)
    band = band_height(shown)
    for obj in page.get_objects(filter=KINDS, max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if right - left > (x1 - x0) * 0.95 and top - bottom > (y1 - y0) * 0.95:
            continue  # a page-filling background or frame
        inside = {
            0: bottom < y0 + band,
            90: right > x1 - band,
            180: top > y1 - band,
            270: left < x0 + band,
        }[rotation]
        if inside:
            return True
    return False
