"""Reading text from scans, photos and scanned PDFs with Tesseract, when it is installed.

Tesseract (see ``benchmarks/ocr_bench.py`` for why this engine) is a separate program; if it is
missing, import still works, the documents simply have no text yet, and the caller says so once.
OMP_THREAD_LIMIT=1 is set for the child: on two cores Tesseract's own threading is twice as slow
as one thread.

Each page is bounded: Tesseract is killed after ``TIMEOUT_SECONDS`` (that page then has no text),
a PDF page is rendered at 300 dpi but never past ``MAX_RENDER_PIXELS`` (a poster-sized page is
rendered smaller rather than exhausting memory), and ``cancelled`` is asked between pages — a
cancelled document returns None, so no half-read text is ever stored (the pages already being
read finish first: at most one per core).

The pages of a scanned PDF are read side by side, one single-threaded Tesseract process per
core, so a core left idle by the rest of the machine is put to work (when every core is busy
already, it gains nothing and costs nothing: the benchmark's four-page scan took the same time
either way at load 3 on two cores). Each page is handed over as an uncompressed grey picture
(``benchmarks/ocr_settings.py`` compares the settings tried).

Pages are read in the languages asked for (``post_locale`` gives a post's, such as
``("spa", "eng")`` for Mexico City), as far as their Tesseract data is installed: with only
English data "Núñez Peña" comes out "Nufiez Pena". Each language added can cost time (a short
Spanish letter took 1.3 s with "spa+eng" against 0.8 s with English alone; on full pages the
difference was within this machine's noise), so only the post's languages and those the user
chose in Preferences (or ``visacase read --lang``) are asked for.

One Tesseract run gives both a page's text and the box of each of its words (its "txt" and
"tsv" outputs): the text is exactly what the text output alone gave, and the boxes let the
packet lay the words over the page as an invisible, searchable layer (``domain.page_words``).
Writing the second output costs nothing measurable next to the reading itself
(``benchmarks/ocr_settings.py``: the same CPU per page within this machine's noise). A page
scanned sideways or upside down is read upright (``orientation``): its reading then says how
it was turned, and the packet shows it so.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import os
import shutil
import tempfile
from collections.abc import Callable, Collection, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
from PIL import Image

from desktop_app.domain.page_words import PageWords, Word
from desktop_app.errors import DECODER_ERRORS
from desktop_app.ingest import images, orientation

TIMEOUT_SECONDS = 60
# "One uniform block of text": unlike the default automatic layout, it keeps the tick boxes of a
# slip on their lines ("[X] Bank statements") and reads statements' tables in order; on the
# benchmark's pages it was as accurate or better (a bank statement 1.000 against 0.955).
TESSERACT_CONFIG = "--psm 6"
OUTPUTS = "txt tsv"
"""The text as Tesseract writes it, and its table of boxes (one row per word, ``level`` 5)."""
WORD_LEVEL = "5"
# Pages go to Tesseract as uncompressed grey PGM files: pytesseract's own hand-over, a PNG,
# cost as much CPU to compress as Tesseract spent reading the page (benchmarks/ocr_settings.py:
# 2.3 s CPU a page before, about 1.0 s after, the same text). A 1-bit picture was a little
# faster again but misread an application ID on a clean photo ("AA00B7QPGN" as "AAOQOB7QPGN"):
# Tesseract's line reader does better with the grey edges of the letters.
READERS = os.cpu_count() or 1
RENDER_DPI = 300
MAX_RENDER_PIXELS = 40_000_000
POINTS_PER_INCH = 72
ENGLISH = ("eng",)

Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Recognised:
    """What one page or frame gave: its text, and its words with their boxes, as read after
    turning the picture ``turn`` degrees clockwise (a page scanned sideways or upside down)."""

    text: str
    words: PageWords = ()
    turn: int = 0


def available() -> bool:
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


def installed_languages() -> frozenset[str]:
    """The languages whose Tesseract data is on this machine; none when Tesseract is missing."""
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (OSError, RuntimeError, pytesseract.TesseractError):
        return frozenset()


def language_option(wanted: Sequence[str], installed: Collection[str]) -> str:
    """Tesseract's ``-l`` value for the wanted languages that are installed, in their order
    (``"spa+eng"``); English alone when none of them is."""
    return "+".join(lang for lang in dict.fromkeys(wanted) if lang in installed) or "eng"


def read_image(
    path: Path, cancelled: Cancelled = lambda: False, languages: Sequence[str] = ENGLISH
) -> list[Recognised] | None:
    """What every frame of an image gives, upright per its EXIF; None when cancelled."""
    lang = language_option(languages, installed_languages())
    frames: list[Recognised] = []
    with contextlib.suppress(*DECODER_ERRORS), Image.open(path) as img:  # damaged: frames so far
        for n in range(getattr(img, "n_frames", 1)):
            if cancelled():
                return None
            img.seek(n)
            frames.append(recognise(images.upright(img).convert("L"), lang))
    return frames


def read_pdf_pages(
    path: Path,
    pages: Iterable[int],
    cancelled: Cancelled = lambda: False,
    languages: Sequence[str] = ENGLISH,
) -> dict[int, Recognised] | None:
    """What the given pages (counted from 0) of a scanned PDF give, each rendered upright.

    Up to ``READERS`` pages are read at once, one Tesseract process each (PDFium renders them
    one after another: it is not thread-safe); a damaged page ends the reading with the pages
    read so far."""
    lang = language_option(languages, installed_languages())
    found: dict[int, Recognised] = {}
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return found
    with ThreadPoolExecutor(max_workers=READERS) as pool:
        reading: dict[Future[Recognised], int] = {}
        try:
            with contextlib.suppress(pdfium.PdfiumError, *DECODER_ERRORS):  # damaged: stop here
                for number in pages:
                    if len(reading) >= READERS:
                        _collect(wait(reading, return_when=FIRST_COMPLETED).done, reading, found)
                    if cancelled():
                        return None
                    reading[pool.submit(recognise, rendered(pdf[number]), lang)] = number
        finally:
            pdf.close()
        _collect(wait(reading).done, reading, found)
    return found


def _collect(
    done: Iterable[Future[Recognised]],
    reading: dict[Future[Recognised], int],
    found: dict[int, Recognised],
) -> None:
    for future in done:
        found[reading.pop(future)] = future.result()


def recognise(image: Image.Image, lang: str = "eng") -> Recognised:
    """One page's text and words in ``lang`` (``"spa+eng"``), read upright: a page that reads
    badly is turned the way orientation detection says and read again (``orientation``). A
    page Tesseract cannot finish in time has none."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    grey = image.convert("L")
    first, score = _read(grey, lang)
    if score >= orientation.CONFIDENT or not first.words:
        return first
    turn = orientation.turn_needed(grey)
    if not turn:
        return first
    again, better = _read(orientation.turned(grey, turn), lang)
    return dataclasses.replace(again, turn=turn) if better >= orientation.CONFIDENT else first


def _read(grey: Image.Image, lang: str) -> tuple[Recognised, float]:
    """One Tesseract run: the page's text and words, and how confident Tesseract was."""
    with tempfile.TemporaryDirectory(prefix="visacase-ocr-") as folder:
        handed_over, base = Path(folder, "page.pgm"), Path(folder, "page")
        grey.save(handed_over)
        try:
            pytesseract.pytesseract.run_tesseract(
                str(handed_over),
                str(base),
                OUTPUTS,
                lang,
                f"{TESSERACT_CONFIG} -c tessedit_create_tsv=1",
                timeout=TIMEOUT_SECONDS,
            )
            text = base.with_suffix(".txt").read_text(encoding="utf-8").strip()
            table = base.with_suffix(".tsv").read_text(encoding="utf-8")
        except (RuntimeError, OSError, pytesseract.TesseractError):
            return Recognised(""), 0.0
    return Recognised(text, words_of(table, grey.size)), orientation.confidence(table)


def words_of(table: str, size: tuple[int, int]) -> PageWords:
    """The words of Tesseract's TSV output, boxes as fractions of the picture of ``size``."""
    width, height = max(size[0], 1), max(size[1], 1)
    lines: dict[tuple[str, ...], int] = {}
    words: list[Word] = []
    for row in table.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != WORD_LEVEL or not cells[11].strip():
            continue
        try:
            left, top, wide, high = (int(v) for v in cells[6:10])
        except ValueError:
            continue
        line = lines.setdefault(tuple(cells[1:5]), len(lines))
        words.append(
            Word(
                cells[11].strip(),
                left / width,
                top / height,
                (left + wide) / width,
                (top + high) / height,
                line,
            )
        )
    return tuple(words)


def rendered(page: pdfium.PdfPage) -> Image.Image:
    width, height = page.get_size()
    scale = min(
        RENDER_DPI / POINTS_PER_INCH, math.sqrt(MAX_RENDER_PIXELS / max(width * height, 1.0))
    )
    try:
        return page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()
