"""Finding dates in document text, and telling the document's own date from the others.

Dates are read in the forms letters, slips, statements and CEAC pages print: ``28-Jul-2022``,
``28 July 2022``, ``28th of July, 2022``, ``July 28, 2022``, ``2022-07-28``, ``07/28/2022``.

All-number dates such as ``03/04/2022`` are ambiguous: the 3rd of April in most of the world, March
4th in the United States and the Philippines. Such a date is read only when one part is over 12
(``28/07/2022`` can only be day first) or when the caller says which order applies
(``day_first``); otherwise it is skipped rather than guessed. The services pass no order, so
only unambiguous dates are ever suggested.

A document holds many dates that are not its date: the holder's birth date, a passport's issue
and expiry dates, "valid until", a statement period or leave "from 10 to 24 October", "employed
since 2017". Those are recognised by the words just before them and never chosen. Among the rest,
a date right after "Date:", "dated" or "updated" wins; a bank statement or pay slip is dated by its
latest date; anything else by its first date, which is where a letter head puts it.

Every date VisaCase takes in, read or typed, falls between 1900 and 2100 (``range_problem``): a
year like 9999 is a typo, and deadlines counted from it would run off the calendar. Reading
already keeps to that range, since only years 19xx and 20xx are read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
_MONTH = r"(?P<{}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>(?:19|20)\d\d)"
PATTERNS = (
    # 28-Jul-2022, 28 July 2022, 28th of July, 2022, 28.Jul.2022
    re.compile(
        rf"\b{_DAY.format('d1')}[\s\-./]*(?:of\s+)?{_MONTH.format('m1')}[\s\-./,]*{_YEAR.format('y1')}\b",
        re.IGNORECASE,
    ),
    # July 28, 2022 / Jul 28 2022
    re.compile(
        rf"\b{_MONTH.format('m2')}\s*{_DAY.format('d2')},?\s*{_YEAR.format('y2')}\b",
        re.IGNORECASE,
    ),
    # 2022-07-28, 2022/07/28
    re.compile(r"\b(?P<y3>(?:19|20)\d\d)[-/.](?P<m3>[01]?\d)[-/.](?P<d3>[0-3]?\d)\b"),
    # 07/28/2022, 28.07.2022, 28-07-2022
    re.compile(r"\b(?P<a>[0-3]?\d)[/.\-](?P<b>[0-3]?\d)[/.\-](?P<y4>(?:19|20)\d\d)\b"),
)
OTHER_DATE_LABEL = re.compile(
    r"\b(birth|born|dob|d\.o\.b|expir\w*|valid\w*|issue[ds]?|period|effective)\b", re.IGNORECASE
)
RANGE_BEFORE = re.compile(
    r"(\b(until|till|since|from|to|through|between|and)|\d\s*[-–])\W{0,3}$", re.IGNORECASE
)
DATED = re.compile(r"\b(date|dated|updated|sent)\b", re.IGNORECASE)
LATEST_DATE_KINDS = frozenset({"bank_statement", "pay_slips"})
CONTEXT = 40
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int


@dataclass(frozen=True)
class DateSuggestion:
    date: dt.date
    evidence: str


def find_dates(text: str, *, day_first: bool | None = None) -> list[FoundDate]:
    """Every real calendar date in ``text``, in order; ambiguous ones only given ``day_first``."""
    found: dict[int, FoundDate] = {}
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.end for f in found.values()):
                continue
            date = _date_of(m.groupdict(), day_first)
            if date is not None:
                found[m.start()] = FoundDate(date, m.start(), m.end())
    return [found[start] for start in sorted(found)]


def range_problem(value: dt.date) -> str | None:
    """The one line that refuses a date outside 1900–2100, or None for a usable date."""
    if EARLIEST <= value <= LATEST:
        return None
    return (
        f"{value.isoformat()} is outside the dates VisaCase takes (1900 to 2100); check the year."
    )


def document_date(
    text: str, *, kind: str | None = None, day_first: bool | None = None
) -> DateSuggestion | None:
    """The date the document itself carries, with its line as evidence, or None."""
    candidates = [
        f
        for f in find_dates(text, day_first=day_first)
        if not _is_another_date(_before(text, f.start))
    ]
    if not candidates:
        return None
    dated = [f for f in candidates if DATED.search(_before(text, f.start))]
    if dated:
        chosen = dated[0]
    elif kind in LATEST_DATE_KINDS:
        chosen = max(candidates, key=lambda f: f.date)
    else:
        chosen = candidates[0]
    return DateSuggestion(chosen.date, _line_around(text, chosen))


def _is_another_date(before: str) -> bool:
    """A birth, issue or expiry date, a validity limit, or one end of a range."""
    return bool(OTHER_DATE_LABEL.search(before) or RANGE_BEFORE.search(before))


def _date_of(parts: dict[str, str | None], day_first: bool | None) -> dt.date | None:
    if parts.get("a"):
        a, b, year = int(parts["a"] or 0), int(parts["b"] or 0), int(parts["y4"] or 0)
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        elif a == b or day_first is not None:
            day, month = (a, b) if day_first or a == b else (b, a)
        else:
            return None
    else:
        n = next(k[-1] for k, v in parts.items() if v and k[0] in "dmy")
        day, year = int(parts[f"d{n}"] or 0), int(parts[f"y{n}"] or 0)
        month_text = parts[f"m{n}"] or ""
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _before(text: str, at: int) -> str:
    """The words leading up to a date on its own line."""
    line_start = text.rfind("\n", 0, at) + 1
    return text[max(line_start, at - CONTEXT) : at]


def _line_around(text: str, found: FoundDate) -> str:
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    line = " ".join(text[start : len(text) if end < 0 else end].split())
    return line if len(line) <= 120 else " ".join(text[found.start - 50 : found.end + 50].split())
