"""Which items a 221(g) notice asks for: a slip's ticked boxes, or the lines a letter lists.

A slip prints every usual item with a box and the officer ticks some. In a PDF's text layer or
an OCR result a ticked box comes out as ``[X]``, ``☒``, ``✔``, ``|X|``, ``(x)`` or a bare ``X``
before the words; an empty box as ``[ ]``, ``☐``, ``□`` or nothing at all. So only marked lines
count: an unmarked line of a slip is an item nobody asked for. A letter or an email lists what it
wants with bullets or numbers instead; those lines count when the text has no ticked boxes.

Each line found is mapped to the vocabulary of ``requests.COMMON_ITEMS`` by its words (the
common OCR slips "rn" for "m" and "1"/"0" for "l"/"o" are forgiven); a line that matches nothing
is kept as "other" with its own words, so nothing asked for is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TICKED = re.compile(
    r"^\s*(?:[\[(|{I]\s*[xX✓✔✗✘×]\s*[\])|}Il1]|[☒☑✓✔✗✘■▣]|[xX](?=\s)|[xX]\s*[\])|])\s*(?P<item>\S.*)$"
)
LISTED = re.compile(r"^\s*(?:[-•*▪◦·]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+(?P<item>\S.*)$")
EMPTY_BOX = re.compile(r"^\s*(?:\[\s*\]|\(\s*\)|[☐□])\s*")
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ds160_correction", ("ds-160", "ds160", "ds 160")),
    ("pay_slips", ("pay slip", "payslip", "salary slip", "pay stub", "payroll")),
    ("employment_letter", ("employment", "employer", "employed")),
    ("bank_statements", ("bank statement", "bank", "financial statement")),
    ("police_certificate", ("police", "nbi clearance", "criminal record")),
    ("passport_copies", ("passport", "visas")),
    ("cv", ("curriculum vitae", "resume", "résumé", " cv")),
    ("travel_history", ("travel history", "travel record", "itinerar")),
    ("medical", ("medical", "health", "vaccination")),
    ("marriage_certificate", ("marriage",)),
    ("birth_certificate", ("birth certificate", "birth record")),
)
MIN_ITEM_LETTERS = 4


@dataclass(frozen=True)
class FoundItem:
    code: str
    line: str


def requested_items(text: str) -> list[FoundItem]:
    """The items a notice asks for, in its order, once per line, with the line as evidence."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    ticked = _matching(lines, TICKED)
    chosen = ticked or _matching([ln for ln in lines if not EMPTY_BOX.match(ln)], LISTED)
    return [FoundItem(item_code(item), line) for line, item in chosen]


def item_code(words: str) -> str:
    """The vocabulary code for an item's words, or "other"."""
    plain = " " + words.lower()
    forgiving = " " + _undo_ocr_slips(words.lower())
    for code, keywords in KEYWORDS:
        if any(k in plain or k in forgiving for k in keywords):
            return code
    return "other"


def _matching(lines: list[str], pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    found = []
    for line in lines:
        m = pattern.match(line)
        if m and sum(ch.isalpha() for ch in m["item"]) >= MIN_ITEM_LETTERS:
            found.append((line, m["item"].strip()))
    return found


def _undo_ocr_slips(text: str) -> str:
    text = text.replace("rn", "m")
    return re.sub(r"(?<=[a-z])[10](?=[a-z])", lambda m: "l" if m[0] == "1" else "o", text)
