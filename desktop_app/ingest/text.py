"""The text of one stored document: a PDF's text layer, with its scanned pages recognised, or a
picture's recognised text.

This runs in the bounded reader process (``ingest.sandbox``), like opening: a phone photo can
keep Tesseract busy for a minute and a hostile PDF can loop PDFium, and neither may stall the
reading of the documents after it. A damaged file has no text, rather than failing the batch.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path

import pypdfium2 as pdfium

from desktop_app.errors import DECODER_ERRORS
from desktop_app.ingest import ocr, pdf_text

PDF = "application/pdf"
UNREADABLE = (pdfium.PdfiumError, struct.error, *DECODER_ERRORS)


def read_text(
    path: Path, media_type: str, can_ocr: bool, languages: Sequence[str] = ocr.ENGLISH
) -> tuple[str, str] | None:
    """(text, where it came from: "layer" or "ocr"); None when it must wait for Tesseract
    (``can_ocr``: whether it is installed, as the caller found; ``languages``: Tesseract's, in
    the order the post's papers use them)."""
    try:
        if media_type == PDF:
            return _read_pdf(path, can_ocr, languages)
        return _read_picture(path, can_ocr, languages)
    except UNREADABLE:
        return "", "ocr"


def _read_pdf(path: Path, can_ocr: bool, languages: Sequence[str]) -> tuple[str, str] | None:
    """The text layer, with pages that have none recognised; None if that must wait."""
    pages = pdf_text.page_texts(path)
    scanned = pdf_text.pages_needing_ocr(pages)
    if not scanned:
        return "\f".join(pages), "layer"
    if not can_ocr:
        return None if len(scanned) == len(pages) else ("\f".join(pages), "layer")
    recognised = ocr.read_pdf_pages(path, scanned, languages=languages) or {}
    for number, text in recognised.items():
        if len(text) > len(pages[number].strip()):
            pages[number] = text
    return "\f".join(pages), "ocr"


def _read_picture(path: Path, can_ocr: bool, languages: Sequence[str]) -> tuple[str, str] | None:
    if not can_ocr:
        return None
    return ocr.read_image(path, languages=languages) or "", "ocr"
