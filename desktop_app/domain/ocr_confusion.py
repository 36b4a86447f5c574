"""Characters text recognition confuses, and what that allows us to say about a number read.

OCR swaps 0/O, 1/I/l, 2/Z, 5/S and 8/B. A number read from a page that differs from one the
case already holds only in such characters is *probably* the held one — but only probably, so
it is offered as "probably AA00ABC123 (read as AA0OABC123)" for the user to confirm. Where the
format fixes a character's type (the "AA0" of a DS-160 ID, the digits of a case number, the
digit-only fields of a passport's machine-readable zone) the repair is certain, and is said so.

The phrase is written into the suggestion's evidence, and ``ReadAs.parse`` reads it back, so the
screen can show the characters that differ even when the rest of the number is masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Numbers are compared upper-cased, so a lower-case l read from the page arrives as L.
GROUPS = ("0O", "1IL", "2Z", "5S", "8B")
_GROUP = {ch: group for group in GROUPS for ch in group}
_AS_DIGIT = {"O": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"}
_AS_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"}
_NAMES = {"0": "the digit 0", "O": "the letter O", "1": "the digit 1", "I": "the letter I"}
_PHRASE = re.compile(r"^(?P<probably>probably )?(?P<value>\S+) \(read as (?P<read>\S+)\)")


def confusable(a: str, b: str) -> bool:
    """Whether OCR could have read one of the two characters for the other."""
    return a == b or (a in _GROUP and _GROUP[a] == _GROUP.get(b))


def differences(read: str, held: str) -> tuple[int, ...] | None:
    """Where ``read`` differs from ``held``, when every difference is one OCR makes; else None."""
    if len(read) != len(held):
        return None
    where = tuple(n for n, (a, b) in enumerate(zip(read, held, strict=True)) if a != b)
    return where if all(confusable(read[n], held[n]) for n in where) else None


def as_digit(ch: str) -> str:
    """The digit a character in a digits-only place must have been."""
    return _AS_DIGIT.get(ch, ch)


def as_letter(ch: str) -> str:
    """The letter a character in a letters-only place must have been."""
    return _AS_LETTER.get(ch, ch)


def alternatives(ch: str) -> str:
    """The character and every character OCR may have mistaken it for."""
    return _GROUP.get(ch, ch)


def name(ch: str) -> str:
    """How to say a character so that 0 and O, 1 and I cannot be mixed up."""
    if ch in _NAMES:
        return _NAMES[ch]
    return f"the digit {ch}" if ch.isdigit() else f"the letter {ch}"


@dataclass(frozen=True)
class ReadAs:
    """A number as it is probably (or certainly) meant, and as it was read off the page."""

    value: str
    read: str
    probable: bool = True

    @property
    def positions(self) -> tuple[int, ...]:
        return tuple(
            n for n, (a, b) in enumerate(zip(self.value, self.read, strict=True)) if a != b
        )

    def phrase(self) -> str:
        return f"{'probably ' if self.probable else ''}{self.value} (read as {self.read})"

    def details(self) -> str:
        """ "character 4 was read as the letter O, meant as the digit 0", for each difference."""
        return "; ".join(
            f"character {n + 1} was read as {name(self.read[n])}, meant as {name(self.value[n])}"
            for n in self.positions
        )

    @classmethod
    def parse(cls, evidence: str) -> tuple[ReadAs, str] | None:
        """The phrase at the start of an evidence text, and the rest of that text."""
        found = _PHRASE.match(evidence)
        if found is None or len(found["value"]) != len(found["read"]):
            return None
        rest = evidence[found.end() :].lstrip(" —:.")
        return cls(found["value"], found["read"], bool(found["probably"])), rest


def closest(read: str, held: Iterable[str]) -> ReadAs | None:
    """The one held number ``read`` is an OCR misreading of, or None (none, or several)."""
    matches = {h for h in held if h and h != read and differences(read, h)}
    return ReadAs(matches.pop(), read) if len(matches) == 1 else None
