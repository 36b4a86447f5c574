"""The text layer of a PDF (born-digital letters, statements, CEAC printouts), via PDFium.

Reading a text layer takes milliseconds and is exact, so pages that have one never need OCR;
pages that have none (scans) are listed by ``pages_needing_ocr``.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from desktop_app.errors import DECODER_ERRORS

MIN_LAYER_CHARACTERS = 20


def page_texts(path: Path) -> list[str]:
    """Each page's text layer, in order; an unreadable PDF has no pages."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return []
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return pages
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return []
    finally:
        pdf.close()


def pages_needing_ocr(pages: list[str]) -> list[int]:
    """Pages with (almost) no text layer: scans, or a scanner's one-word stamp over a scan."""
    return [n for n, text in enumerate(pages) if len("".join(text.split())) < MIN_LAYER_CHARACTERS]
