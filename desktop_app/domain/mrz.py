"""The machine-readable zone of a passport (ICAO Doc 9303, TD3): two lines of 44 characters.

The second line holds the document number, the birth date and the expiry date, each followed by
a check digit (weights 7, 3, 1 over digit values, A=10…Z=35, "<"=0, modulo 10). That is what
makes a repair possible: a digits-only field can only hold digits, so an O there was a 0 (that
one is certain); and when the number's own check digit fails as read, a number one undone OCR
confusion away that the check digit agrees with is the number, if it is the only one. (The final
composite check digit repeats the number's weights, so it cannot tell two such spellings apart.)
Where none or several agree, nothing is repaired: the reading says the check digit does not
match and which spellings it would agree with, for the case's own numbers to settle.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.domain import ocr_confusion
from desktop_app.domain.deadlines import day
from desktop_app.messages import N_, _, translated

LINE_LENGTH = 44
WEIGHTS = (7, 3, 1)
DIGIT_PLACES = frozenset({9, *range(13, 20), *range(21, 28), 43})
_SECOND_LINE = re.compile(r"[A-Z0-9<]{9}[0-9OISZBL][A-Z<]{3}[0-9OISZBL]{7}[MF<X][0-9OISZBL]{7}")


def check_digit(field: str) -> int:
    total = 0
    for n, ch in enumerate(field):
        value = 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += value * WEIGHTS[n % 3]
    return total % 10


@dataclass(frozen=True)
class MrzReading:
    """What the zone's second line says, with whether each check digit agrees.

    ``candidates`` are the spellings one undone OCR confusion away from the number as read
    that its check digit agrees with, when it does not agree with the number as read.
    """

    line: str
    document_number: str
    number_read_as: str
    number_checked: bool
    candidates: tuple[str, ...]
    birth_date: dt.date | None
    expiry_date: dt.date | None
    dates_checked: bool

    @property
    def repaired(self) -> bool:
        return self.number_read_as != self.document_number

    def evidence(self) -> str:
        if self.repaired:
            number = _(
                "{number} — repaired by its check digit in the passport's machine-readable zone "
                "(ICAO 9303): the only correction of a character OCR confuses that the check "
                "digit agrees with"
            ).format(
                number=ocr_confusion.ReadAs(
                    self.document_number, self.number_read_as, False
                ).phrase()
            )
        elif self.number_checked:
            number = _("{number} — its check digit in the machine-readable zone agrees").format(
                number=self.document_number
            )
        elif self.candidates:
            number = _(
                "{number} — its check digit in the machine-readable zone does not match (it "
                "agrees with {others}): compare it with the passport"
            ).format(number=self.document_number, others=_(" or ").join(self.candidates))
        else:
            number = _(
                "{number} — its check digit in the machine-readable zone does not match: compare "
                "it with the passport"
            ).format(number=self.document_number)
        return f"{number}{self.summary()}"

    def summary(self) -> str:
        """The dates the zone gives, whether their check digits agree, and the line itself."""
        dates = [
            translated(label).format(day=day(on))
            for label, on in (
                (N_("born {day}"), self.birth_date),
                (N_("expires {day}"), self.expiry_date),
            )
            if on is not None
        ]
        agree = _("check digits agree") if self.dates_checked else _("check digits do not match")
        said = f"; {', '.join(dates)} ({agree})" if dates else ""
        return f"{said}. “{self.line}”"


def read(text: str) -> list[MrzReading]:
    """Every TD3 second line in the text, spaces OCR put inside it removed."""
    found = []
    for raw in text.upper().splitlines():
        line = re.sub(r"\s", "", raw)
        if len(line) == LINE_LENGTH and _SECOND_LINE.match(line):
            found.append(_reading(line))
    return found


def _reading(as_read: str) -> MrzReading:
    line = "".join(_digit_only(ch, n) for n, ch in enumerate(as_read))
    read_as, check = line[:9], int(line[9])
    checked = check_digit(read_as) == check
    candidates = () if checked else _agreeing(read_as, check)
    number = candidates[0] if len(candidates) == 1 else read_as
    birth, expiry = line[13:19], line[21:27]
    dates_checked = check_digit(birth) == int(line[19]) and check_digit(expiry) == int(line[27])
    expiry_date = _date(expiry, century=2000)
    pivot = expiry_date.year - 5 if expiry_date else 2030
    birth_date = _date(birth, century=2000 if 2000 + int(birth[:2]) <= pivot else 1900)
    return MrzReading(
        line=as_read,
        document_number=number.rstrip("<"),
        number_read_as=read_as.rstrip("<"),
        number_checked=checked or len(candidates) == 1,
        candidates=tuple(c.rstrip("<") for c in candidates),
        birth_date=birth_date,
        expiry_date=expiry_date,
        dates_checked=dates_checked,
    )


def _agreeing(read_as: str, check: int) -> tuple[str, ...]:
    """Spellings with one character swapped for one OCR confuses it with, that agree."""
    found = []
    for at, ch in enumerate(read_as):
        for other in ocr_confusion.alternatives(ch):
            spelled = read_as[:at] + other + read_as[at + 1 :]
            if other not in (ch, "L") and check_digit(spelled) == check:
                found.append(spelled)
    return tuple(found)


def _digit_only(ch: str, at: int) -> str:
    """The character as its place allows: the check digits and dates hold digits only."""
    return ocr_confusion.as_digit(ch) if at in DIGIT_PLACES else ch


def _date(yymmdd: str, *, century: int) -> dt.date | None:
    try:
        return dt.date(century + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
    except ValueError:
        return None
