"""Finding dates in document text, and telling the document's own date from the others.

Dates are read in the forms letters, slips, statements and CEAC pages print, in the languages
applicants' papers come in: ``28-Jul-2022``, ``28 July 2022``, ``28th of July, 2022``,
``July 28, 2022``, ``2022-07-28``, ``07/28/2022``, ``12 de marzo de 2024``, ``1º de março de
2024``, ``12 मार्च 2024``, ``ngày 12 tháng 3 năm 2024``, ``2024年3月12日``, and with two-digit
years (``12-Mar-24``, ``12/03/24``; ``00``–``68`` are 2000–2068, ``69``–``99`` 1969–1999, the
rule ``strptime`` uses). A two-digit year after a month name needs a ``-``, ``/`` or ``.``
before it: "15 May 12 people" is not a date.

All-number dates such as ``03/04/2022`` are ambiguous: the 3rd of April in most of the world, March
4th in the United States and the Philippines. Such a date is read only when one part is over 12
(``28/07/2022`` can only be day first) or when the caller says which order applies
(``day_first``, which the services take from the case's post: ``post_locale``); otherwise it is
skipped rather than guessed.

A document holds many dates that are not its date: the holder's birth date, a passport's issue
and expiry dates, "valid until", a statement period or leave "from 10 to 24 October", "employed
since 2017". Those are recognised by the words just before them and never chosen. Among the rest,
a date right after "Date:", "dated" or "updated" (or "Fecha", "Data", "दिनांक", "日期") wins; a
bank statement or pay slip is dated by its latest date; anything else by its first date, which
is where a letter head puts it.

Reading is linear in the text and bounded: only the first ``READ_LIMIT`` characters are read
(a document's own date is on its first pages), each pattern is compiled once and scanned once,
and every look-back is capped at ``CONTEXT`` characters. Every date read passes ``plausible``.

Every date VisaCase takes in, read or typed, falls between 1900 and 2100 (``range_problem``): a
year like 9999 is a typo, and deadlines counted from it would run off the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.messages import _

MONTH_NAMES = {
    1: "january jan enero ene janeiro जनवरी",
    2: "february feb febrero fevereiro fev फरवरी फ\u093crवरी",
    3: "march mar marzo março marco मार्च",
    4: "april apr abril abr अप्रैल",
    5: "may mayo maio mai मई",
    6: "june jun junio junho जून",
    7: "july jul julio julho जुलाई",
    8: "august aug agosto ago अगस्त",
    9: "september sep sept septiembre setiembre setembro set सितंबर सितम्बर",
    10: "october oct octubre outubro out अक्टूबर अक्तूबर",
    11: "november nov noviembre novembro नवंबर नवम्बर",
    12: "december dec diciembre dic dezembro dez दिसंबर दिसम्बर",
}
MONTHS = {name: number for number, names in MONTH_NAMES.items() for name in names.split()}
_MONTH = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|º|°)?"
_YEAR4 = r"(?:19|20)\d\d"
PATTERNS = (
    # 28-Jul-2022, 28 July 2022, 28th of July, 2022, 28.Jul.2022, 12-Mar-24, 12 de marzo de 2024,
    # "this 12th day of March, 2024", "a los 12 días del mes de marzo de 2024"
    re.compile(
        rf"\b{_DAY}[\s\-./]{{0,3}}(?:(?:day|d[ií]as?)\s+)?(?:(?:of|del?(?:\s+mes\s+de)?)\s+)?"
        rf"{_MONTH}"
        rf"(?P<sep>[\s\-./,']{{0,3}}(?:del?\s+)?)(?P<y>{_YEAR4}|\d\d)\b",
        re.IGNORECASE,
    ),
    # July 28, 2022 / Jul 28 2022
    re.compile(
        rf"\b{_MONTH}\s{{0,3}}{_DAY},?\s{{0,3}}(?P<y>{_YEAR4})\b",
        re.IGNORECASE,
    ),
    # 2022-07-28, 2022/07/28
    re.compile(rf"\b(?P<y>{_YEAR4})[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)\b"),
    # 07/28/2022, 28.07.2022, 28-07-2022, 28/07/22
    re.compile(
        rf"\b(?P<a>[0-3]?\d)(?P<s1>[/.\-])(?P<b>[0-3]?\d)(?P<s2>[/.\-])(?P<y>{_YEAR4}|\d\d)\b"
    ),
    # 2024年3月12日 (Chinese, Japanese), 2024년 3월 12일 (Korean)
    re.compile(
        r"(?<!\d)(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日号일]"
    ),
    # ngày 12 tháng 3 năm 2024, 12 tháng 03, 2024 (Vietnamese, with or without its accents)
    re.compile(
        rf"\b(?:ng[aà]y\s*)?(?P<d>[0-3]?\d)\s*th[aá]ng\s*(?P<m>[01]?\d)\s*(?:,|n[aă]m)?\s*"
        rf"(?P<y>{_YEAR4})\b",
        re.IGNORECASE,
    ),
)
OTHER_DATE_LABEL = re.compile(
    r"\b(birth|born|dob|d\.o\.b|expir\w*|valid\w*|issue[ds]?|period|effective"
    r"|nacimiento|nascimento|vencimiento|caducidad|expedici[oó]n|emisi[oó]n|emiss[aã]o"
    r"|validade|v[aá]lid[oa]|vig[eê]ncia|sinh|h[eế]t\s+h[aạ]n|c[aấ]p)\b"
    r"|出生|有效期|签发|जन्म",
    re.IGNORECASE,
)
RANGE_BEFORE = re.compile(
    r"(\b(until|till|since|from|to|through|between|and|hasta|desde|al|at[eé]|a\s+partir\s+de)"
    r"|\d\s*[-–])\W{0,3}$",
    re.IGNORECASE,
)
DATED = re.compile(r"\b(date|dated|updated|sent|fecha|data)\b|दिनांक|日期", re.IGNORECASE)
LATEST_DATE_KINDS = frozenset({"bank_statement", "pay_slips"})
CONTEXT = 40
READ_LIMIT = 200_000
"""Characters read for dates: some 50 pages of dense text, far past any document's own date."""
FIRST_YEAR, LAST_YEAR = 1900, 2100
TWO_DIGIT_PIVOT = 69
EARLIEST = dt.date(FIRST_YEAR, 1, 1)
LATEST = dt.date(LAST_YEAR, 12, 31)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int


@dataclass(frozen=True)
class DateSuggestion:
    date: dt.date
    evidence: str


def plausible(date: dt.date) -> bool:
    """Whether a calendar date read from a paper can be a date it means; every reading ends here."""
    return FIRST_YEAR <= date.year <= LAST_YEAR


def find_dates(text: str, *, day_first: bool | None = None) -> list[FoundDate]:
    """Every real calendar date in ``text``, in order; ambiguous ones only given ``day_first``.

    Where two readings overlap, the one starting first wins, and at one place the pattern
    listed first.
    """
    text = text[:READ_LIMIT]
    readings = sorted(
        (m.start(), rank, m.end(), date)
        for rank, pattern in enumerate(PATTERNS)
        for m in pattern.finditer(text)
        if (date := _date_of(m, day_first)) is not None
    )
    found: list[FoundDate] = []
    for start, _rank, end, date in readings:
        if not found or start >= found[-1].end:
            found.append(FoundDate(date, start, end))
    return found


def range_problem(value: dt.date) -> str | None:
    """The one line that refuses a date outside 1900–2100, or None for a usable date."""
    if EARLIEST <= value <= LATEST:
        return None
    return _("{day} is outside the dates VisaCase takes (1900 to 2100); check the year.").format(
        day=value.isoformat()
    )


def document_date(
    text: str, *, kind: str | None = None, day_first: bool | None = None
) -> DateSuggestion | None:
    """The date the document itself carries, with its line as evidence, or None."""
    return choose_date(text, find_dates(text, day_first=day_first), kind=kind)


def choose_date(
    text: str, found: list[FoundDate], *, kind: str | None = None
) -> DateSuggestion | None:
    """Among dates found in ``text`` (in order), the document's own, with its line as evidence."""
    candidates = [f for f in found if not _is_another_date(_before(text, f.start))]
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


def _date_of(m: re.Match[str], day_first: bool | None) -> dt.date | None:
    parts = m.groupdict()
    year_text = parts["y"]
    if parts.get("a"):
        if len(year_text) == 2 and parts["s1"] != parts["s2"]:
            return None
        day_month = _day_and_month(int(parts["a"]), int(parts["b"]), day_first)
        if day_month is None:
            return None
        day, month = day_month
    else:
        if len(year_text) == 2 and not set("-/.") & set(parts.get("sep") or ""):
            return None
        day, month_text = int(parts["d"]), parts["m"]
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if plausible(date) else None


def _day_and_month(a: int, b: int, day_first: bool | None) -> tuple[int, int] | None:
    """An all-number date's day and month, or None when its order cannot be told."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    if a == b or day_first is not None:
        return (a, b) if day_first or a == b else (b, a)
    return None


def _before(text: str, at: int) -> str:
    """The words leading up to a date on its own line."""
    start = max(0, at - CONTEXT)
    return text[text.rfind("\n", start, at) + 1 or start : at]


def _line_around(text: str, found: FoundDate) -> str:
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    line = " ".join(text[start : len(text) if end < 0 else end].split())
    return line if len(line) <= 120 else " ".join(text[found.start - 50 : found.end + 50].split())
