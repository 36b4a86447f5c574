"""Which way up a scan is: Tesseract's orientation detection, asked only when a reading failed.

A page scanned sideways or upside down reads as nonsense ("S8dJNOSBY UBWUNH" for "HUMAN
RESOURCES"), with low confidence: on the benchmark's pages, Tesseract's mean word confidence
(weighted by word length) was 90-96 upright and 15-42 turned. Orientation detection (``--psm 0``
with the ``osd`` data) costs about 0.8 s CPU a page — more than reading a short letter — so
``ocr.recognise`` asks it only when a reading scores below ``CONFIDENT``, then reads the page
again turned as it says, and keeps that reading only if it scores ``CONFIDENT`` or more. An
upright page thus costs nothing more, and a page that is merely hard to read (or written in a
language not asked for, which reads as nonsense however it is turned) keeps its first reading.

The script half of the detection is not used: on short letters in Devanagari, Arabic or Chinese
it mostly found "too few characters" to say (a three-line Chinese letter: "Han" at confidence
0.96), so the languages to read in stay those of the post and of Preferences.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytesseract
from PIL import Image

CONFIDENT = 70.0
"""A reading scoring at least this is taken to be upright (see the module's figures)."""
SURE = 1.0
"""Orientation confidence below which the detection is ignored (a page with few letters)."""
TIMEOUT_SECONDS = 60


def turn_needed(image: Image.Image) -> int:
    """The clockwise turn (0, 90, 180 or 270 degrees) that shows ``image`` upright, as far as
    Tesseract can tell; 0 when it cannot (too few letters, no ``osd`` data, no time)."""
    with tempfile.TemporaryDirectory(prefix="visacase-osd-") as folder:
        handed_over = Path(folder, "page.pgm")
        image.convert("L").save(handed_over)
        try:
            found = pytesseract.image_to_osd(
                str(handed_over),
                output_type=pytesseract.Output.DICT,
                timeout=TIMEOUT_SECONDS,
            )
        except (RuntimeError, OSError, pytesseract.TesseractError):
            return 0
    if found.get("orientation_conf", 0.0) < SURE:
        return 0
    return int(found.get("rotate", 0)) // 90 * 90 % 360


def turned(image: Image.Image, turn: int) -> Image.Image:
    """``image`` turned ``turn`` degrees clockwise."""
    return image.rotate(-turn, expand=True) if turn else image


def confidence(table: str) -> float:
    """The mean confidence of the words of Tesseract's TSV output, weighted by their length."""
    total = weight = 0.0
    for row in table.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or not cells[11].strip():
            continue
        try:
            score = float(cells[10])
        except ValueError:
            continue
        if score >= 0:
            total += score * len(cells[11].strip())
            weight += len(cells[11].strip())
    return total / weight if weight else 0.0
