"""What a document is called in the packet: what it is, whose it is and when, never its file name.

A consular officer reads "Bank statement — Maria L. Santos — Aug to Oct 2025", not
"bank_statement". So a document's packet label is the title the user typed, when there is one;
otherwise it is made from its kind, its applicant and its date (or, for statements and pay slips,
the period its text covers). A title equal to the file name's stem is the one import filled in, not
one the user typed, so it never reaches the packet on its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import PurePath

SEP = " — "
PERIOD_KINDS = frozenset({"bank_statement", "pay_slips"})
"""Kinds of document that cover a span of months rather than carry one date."""


def typed_title(title: str, original_name: str) -> bool:
    """Whether ``title`` was typed by someone rather than defaulted from the file name."""
    text = title.strip()
    if not text or text == "Untitled":
        return False
    name = PurePath(original_name.replace("\\", "/")).name
    return text not in {name, PurePath(name).stem}


def period_of(dates: Iterable[dt.date]) -> tuple[dt.date, dt.date] | None:
    """The first and last date a statement covers, or None when it spans under a month."""
    found = sorted(dates)
    if not found or (found[0].year, found[0].month) == (found[-1].year, found[-1].month):
        return None
    return found[0], found[-1]


def describe_period(first: dt.date, last: dt.date) -> str:
    """``Aug to Oct 2025``; ``Nov 2024 to Jan 2025`` across a new year."""
    if first.year == last.year:
        return f"{first:%b} to {last:%b %Y}"
    return f"{first:%b %Y} to {last:%b %Y}"


def describe_date(value: dt.date) -> str:
    """``12 Mar 2025``: day, month and year in an order nobody misreads."""
    return f"{value.day} {value:%b %Y}"


def default_label(
    kind_name: str,
    applicant: str = "",
    date: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> str:
    """The label made from what a document is: kind, applicant, then its period or date."""
    when = describe_period(*period) if period else describe_date(date) if date else ""
    return SEP.join(part for part in (kind_name, applicant, when) if part)


def packet_label(
    title: str,
    original_name: str,
    kind_name: str,
    applicant: str = "",
    date: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> str:
    """The typed title if there is one, else :func:`default_label`."""
    if typed_title(title, original_name):
        return title.strip()
    return default_label(kind_name, applicant, date, period)
