"""Right-to-left text inside an English line: the bidi levels, the visual order, and the text a
PDF reader should give back for it.

The levels come from the Unicode bidirectional algorithm (python-bidi's reference
implementation) applied to the whole line, the line itself being left-to-right, as the packet's
English is; the visual order is rule L2 of UAX #9. Numbers inside Arabic or Hebrew keep reading
left to right, and the words around them swap sides: "محمد 123 عبد" is drawn with محمد on the
right, then 123, then عبد on the left.

Drawing that is not enough for the text to come back as typed. poppler (``pdftotext``) rebuilds a
line from the glyphs' positions, left to right, and then reverses each stretch of right-to-left
letters on its own; a digit or a Latin letter ends such a stretch. Read from the glyphs, the line
above would come back as " عبد123 محمد". So every right-to-left stretch of a line (its characters
at level 1 and above, numbers included) is drawn inside one marked-content span whose
``/ActualText`` is spelled the way poppler's reordering turns back into the typed text:
the stretch's pieces in typed order, each right-to-left piece reversed and opened by a
right-to-left mark, each left-to-right piece (a number, a Latin word) opened by a left-to-right
mark, and the whole closed by a left-to-right mark so that the spaces and punctuation after it
are not read as part of it. The marks are invisible and are left out wherever a strong letter
or a digit already does their work.

poppler also reads a whole page right to left when it holds more right-to-left letters than
left-to-right ones (an index of Arabic titles), and then no line of it comes back in typed
order. So each stretch also ends with as many left-to-right marks as it has more right-to-left
letters than left-to-right ones: however much Arabic a page carries, it stays a left-to-right
page, as the packet's English is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from bidi import algorithm

LRM, RLM = "\u200e", "\u200f"
STRONG_RTL = {"R", "AL"}
OPENS_RTL = {"R", "AL", "RLE", "RLO", "RLI"}
ENDS_RTL = {"L", "EN", "AN", "ES", "ET", "CS"}


def levels(text: str) -> list[int]:
    """The resolved bidi level of each character of a left-to-right line."""
    if text.isascii() or not any(unicodedata.bidirectional(c) in OPENS_RTL for c in text):
        return [0] * len(text)
    storage = algorithm.get_empty_storage()
    storage["base_level"], storage["base_dir"] = 0, "L"
    algorithm.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    resolved = {c["index"]: c["level"] for c in storage["chars"]}
    result: list[int] = []
    for index in range(len(text)):  # formatting characters the algorithm set aside
        result.append(resolved.get(index, result[-1] if result else 0))
    return result


def visual_order(levels: Sequence[int]) -> list[int]:
    """The positions of the items in visual order, left to right (UAX #9 rule L2).

    Applied to items already in visual order it gives back their typed order: reversing every
    sequence at or above each level, highest first, undoes itself."""
    position = list(range(len(levels)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(position):
            if levels[position[i]] >= level:
                j = i
                while j < len(position) and levels[position[j]] >= level:
                    j += 1
                position[i:j] = reversed(position[i:j])
                i = j
            else:
                i += 1
    return position


def actual_text(pieces: Sequence[tuple[str, int]]) -> str:
    """What a right-to-left stretch should extract as, given its pieces in visual order, each
    as its text in typed order and its level."""
    parts: list[tuple[str, bool]] = []  # typed order; True for what poppler reverses
    for i in visual_order([level for _, level in pieces]):
        text, level = pieces[i]
        for char in text:
            rtl = level % 2 == 1 and not _ends_rtl(char)
            if parts and parts[-1][1] == rtl:
                parts[-1] = (parts[-1][0] + char, rtl)
            else:
                parts.append((char, rtl))
    spelled = ""
    for text, rtl in parts:
        if rtl:
            backwards = text[::-1]
            opened = unicodedata.bidirectional(backwards[0]) in STRONG_RTL
            spelled += backwards if opened else RLM + backwards
        else:
            opened = not spelled or unicodedata.bidirectional(text[0]) == "L" or text[0].isdecimal()
            spelled += text if opened else LRM + text
    if parts and parts[-1][1]:
        spelled += LRM
    excess = _count(spelled, STRONG_RTL)  # most text has no right-to-left letter to outweigh
    return spelled + LRM * (excess - _count(spelled, {"L"}) if excess else 0)


def _count(text: str, classes: set[str]) -> int:
    """How many characters of ``text`` are of these bidi classes (RLM is "R", LRM "L")."""
    return sum(unicodedata.bidirectional(char) in classes for char in text)


def _ends_rtl(char: str) -> bool:
    """Whether poppler reads ``char`` left to right even between right-to-left letters: digits
    and, measured on poppler 22, the characters that belong to numbers ("%", "-", "،", "$")."""
    return char.isdecimal() or unicodedata.bidirectional(char) in ENDS_RTL
