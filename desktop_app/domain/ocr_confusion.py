"""Characters text recognition confuses, and what that allows us to say about a number read.

OCR swaps 0/O, 1/I/l, 2/Z, 5/S and 8/B. A number read from a page that differs from one the
case already holds only in such characters is *probably* the held one — but only probably, so
it is offered as "probably AA00ABC123 (read as AA0OABC123)" for the user to confirm. Where the
format fixes a character's type (the "AA0" of a DS-160 ID, the digits of a case number, the
digit-only fields of a passport's machine-readable zone) the repair is certain, and is said so.

The phrase is written into the suggestion's evidence, and ``ReadAs.parse`` reads it back, so the
screen can show the characters that differ even when the rest of the number is masked. It is
written in the app's language; ``parse`` reads it in that language or in English (evidence read
in another language is then shown as it is, without the marks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.messages import N_, _, translated

# Numbers are compared upper-cased, so a lower-case l read from the page arrives as L.
GROUPS = ("0O", "1IL", "2Z", "5S", "8B")
_GROUP = {ch: group for group in GROUPS for ch in group}
_AS_DIGIT = {"O": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8"}
_AS_LETTER = {"0": "O", "1": "I", "2": "Z", "5": "S", "8": "B"}
PROBABLY = N_("probably {value} (read as {read})")
CERTAINLY = N_("{value} (read as {read})")


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
    return (_("the digit {ch}") if ch.isdigit() else _("the letter {ch}")).format(ch=ch)


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
        said = translated(PROBABLY if self.probable else CERTAINLY)
        return said.format(value=self.value, read=self.read)

    def details(self) -> str:
        """ "character 4 was read as the letter O, meant as the digit 0", for each difference."""
        return "; ".join(
            _("character {n} was read as {read}, meant as {meant}").format(
                n=n + 1, read=name(self.read[n]), meant=name(self.value[n])
            )
            for n in self.positions
        )

    @classmethod
    def parse(cls, evidence: str) -> tuple[ReadAs, str] | None:
        """The phrase at the start of an evidence text, and the rest of that text."""
        for template, probable in ((PROBABLY, True), (CERTAINLY, False)):
            for said in dict.fromkeys((translated(template), template)):
                found = _pattern(said).match(evidence)
                if found is not None and len(found["value"]) == len(found["read"]):
                    rest = evidence[found.end() :].lstrip(" —:.")
                    return cls(found["value"], found["read"], probable), rest
        return None


def _pattern(phrase: str) -> re.Pattern[str]:
    """The phrase, as written in some language, with its two numbers to be read back."""
    escaped = re.escape(phrase)
    for placeholder in ("value", "read"):
        escaped = escaped.replace(re.escape(f"{{{placeholder}}}"), f"(?P<{placeholder}>[A-Z0-9]+)")
    return re.compile(f"^{escaped}")


def closest(read: str, held: Iterable[str]) -> ReadAs | None:
    """The one held number ``read`` is an OCR misreading of, or None (none, or several)."""
    matches = {h for h in held if h and h != read and differences(read, h)}
    return ReadAs(matches.pop(), read) if len(matches) == 1 else None
