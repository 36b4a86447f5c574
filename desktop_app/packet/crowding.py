"""Finding pages whose text or drawings reach into the stamp band, before anything is built.

PDFium lists a page's text and vector objects with their bounds without rendering anything, so
this costs milliseconds a page. Scanned images are not judged: a scan's white margin cannot be
told from its content this way, and images of image documents are placed clear of the band.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from desktop_app.errors import DECODER_ERRORS
from desktop_app.packet.stamps import PageSize, band_height

KINDS = (pdfium_raw.FPDF_PAGEOBJ_TEXT, pdfium_raw.FPDF_PAGEOBJ_PATH)
MAX_PAGES = 500
"""Pages looked at per document: enough for anything sent to a consulate."""


def crowded_pages(path: Path) -> list[int]:
    """1-based numbers of the pages of ``path`` with text or drawings under the stamp band."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return []
    try:
        return [
            number
            for number, page in enumerate(pdf, start=1)
            if number <= MAX_PAGES and _crowded(page)
        ]
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return []
    finally:
        pdf.close()


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
