"""The text of one stored document: a PDF's text layer, with its scanned pages recognised, or a
picture's recognised text.

This runs in the bounded reader process (``ingest.sandbox``), like opening: a phone photo can
keep Tesseract busy for a minute and a hostile PDF can loop PDFium, and neither may stall the
reading of the documents after it. A damaged file has no text, rather than failing the batch.

A page whose text came from recognition also brings its words with their boxes
(``Reading.words``, by page counted from 0): the packet lays them over the scan as a searchable
layer. A PDF page recognised whose own text layer was kept has no words there (it is searchable
already), and a page never recognised (it has its text) is not in ``words`` at all.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from desktop_app.domain.page_words import PageWords
from desktop_app.errors import DECODER_ERRORS
from desktop_app.ingest import ocr, pdf_text

PDF = "application/pdf"
UNREADABLE = (pdfium.PdfiumError, struct.error, *DECODER_ERRORS)


@dataclass(frozen=True)
class Reading:
    """A document's text (pages separated by form feeds), where it came from ("layer" or
    "ocr"), the words of each page recognised, and how far (clockwise) each page read turned
    had to be turned to read upright."""

    text: str
    source: str
    words: Mapping[int, PageWords] = field(default_factory=dict)
    turns: Mapping[int, int] = field(default_factory=dict)


def read_text(
    path: Path, media_type: str, can_ocr: bool, languages: Sequence[str] = ocr.ENGLISH
) -> Reading | None:
    """The document's reading; None when it must wait for Tesseract (``can_ocr``: whether it is
    installed, as the caller found; ``languages``: Tesseract's, in the order the post's papers
    use them)."""
    try:
        if media_type == PDF:
            return _read_pdf(path, can_ocr, languages)
        return _read_picture(path, can_ocr, languages)
    except UNREADABLE:
        return Reading("", "ocr")


def _read_pdf(path: Path, can_ocr: bool, languages: Sequence[str]) -> Reading | None:
    """The text layer, with pages that have none recognised; None if that must wait."""
    pages = pdf_text.page_texts(path)
    scanned = pdf_text.pages_needing_ocr(pages)
    if not scanned:
        return Reading("\f".join(pages), "layer")
    if not can_ocr:
        return None if len(scanned) == len(pages) else Reading("\f".join(pages), "layer")
    recognised = ocr.read_pdf_pages(path, scanned, languages=languages) or {}
    words: dict[int, PageWords] = {}
    for number, page in recognised.items():
        used = len(page.text) > len(pages[number].strip())
        pages[number] = page.text if used else pages[number]
        words[number] = page.words if used else ()  # read, and searchable by its own text
    turns = {n: page.turn for n, page in recognised.items() if page.turn and words[n]}
    return Reading("\f".join(pages), "ocr", words, turns)


def _read_picture(path: Path, can_ocr: bool, languages: Sequence[str]) -> Reading | None:
    if not can_ocr:
        return None
    frames = ocr.read_image(path, languages=languages) or []
    return Reading(
        "\f".join(f.text for f in frames),
        "ocr",
        {n: f.words for n, f in enumerate(frames)},
        {n: f.turn for n, f in enumerate(frames) if f.turn},
    )
