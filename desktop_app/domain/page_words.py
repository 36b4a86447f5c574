"""The words recognised on a scanned page and where each one is, for the packet's text layer.

Text recognition reads a page's text and, in the same run, the box of every word. The boxes
are kept as fractions (0 to 1) of the picture that was read — which is the page as it is shown,
upright — measured from its top-left corner, so they stay true whatever size or resolution the
page is later drawn at. ``line`` numbers the lines of the page in reading order: the packet
sizes a line's words alike, as a line of type is.

In the case file a page's words are one JSON list of ``[text, left, top, right, bottom, line]``
rows (``to_rows`` / ``from_rows``), about ten bytes a word with four decimals — a tenth of a
point on a Letter page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

DECIMALS = 4


@dataclass(frozen=True)
class Word:
    """One recognised word and its box, as fractions of the upright page from its top-left."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    line: int


PageWords = tuple[Word, ...]
"""A page's words in reading order; empty for a page read with nothing on it."""


def to_rows(words: Iterable[Word]) -> list[list[object]]:
    return [
        [w.text, *(round(v, DECIMALS) for v in (w.left, w.top, w.right, w.bottom)), w.line]
        for w in words
    ]


def from_rows(rows: Iterable[Sequence[Any]]) -> PageWords:
    """The words of stored rows; a row that is not of that shape is passed over."""
    words: list[Word] = []
    for row in rows:
        try:
            text, left, top, right, bottom, line = row
            words.append(
                Word(str(text), float(left), float(top), float(right), float(bottom), int(line))
            )
        except (TypeError, ValueError):
            continue
    return tuple(words)
