"""The text layer of a PDF (born-digital letters, statements, CEAC printouts), via PDFium.

Reading a text layer takes milliseconds and is exact, so PDFs that have one never need OCR.
Pages are separated by form feeds, as pdftotext does.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from desktop_app.errors import DECODER_ERRORS


def text_layer(path: Path) -> str:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return ""
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\f".join(pages)
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return ""
    finally:
        pdf.close()
