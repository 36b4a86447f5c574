"""Deadlines computed from dates only (no clock inside): each says when and which rule made it.

The 221(g) one-year reply: a year after 29 February is 28 February. Of the two candidate days
(28 Feb or 1 Mar) it is the earlier, and when a refusal becomes final the earlier date is the safe
one to plan for.

The passport pickup window is general information, the same for every case: visa application
centers hold a passport about 14 days after it is ready for pickup before sending it back. Posts
vary, so the rule says "about" and the user's own tracking message is what counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PICKUP_WINDOW_DAYS = 14


@dataclass(frozen=True)
class Deadline:
    label: str
    due: dt.date
    rule: str

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days

    def describe(self, today: dt.date) -> str:
        left = self.days_left(today)
        when = f"{left} days" if left >= 0 else f"{-left} days ago"
        return f"{self.label} due {self.due.strftime('%d %b %Y')} — {when}"


def one_year_after(start: dt.date) -> dt.date:
    try:
        return start.replace(year=start.year + 1)
    except ValueError:  # 29 February
        return start.replace(year=start.year + 1, day=28)


def response_deadline(
    notice_date: dt.date | None,
    received_date: dt.date | None = None,
    application_date: dt.date | None = None,
    *,
    rule: str = "earliest",
) -> Deadline | None:
    """One year from the post's start date; by default the earliest known (the safest)."""
    named = {
        "notice_date": (notice_date, "notice date"),
        "received_date": (received_date, "date received"),
        "application_date": (application_date, "application date"),
    }
    chosen = named.get(rule)
    if chosen is not None and chosen[0] is not None:
        start, name = chosen
    else:
        known = [(d, n) for d, n in named.values() if d is not None]
        if not known:
            return None
        start, name = min(known)
    assert start is not None
    return Deadline("221(g) reply", one_year_after(start), f"one year from the {name}")


def days_after(label: str, start: dt.date, days: int, rule: str) -> Deadline:
    """A date a fixed number of days after a milestone (inquiry wait, follow-up reminder)."""
    return Deadline(label, start + dt.timedelta(days=days), rule)


def inquiry_deadline(
    wait_days: int, last_submission: dt.date | None, began: list[tuple[dt.date, str]]
) -> Deadline | None:
    """When asking about processing becomes reasonable: posts ask for 60, 120 or 180 days.

    Counted from the last submission when there is one (the consulate only starts on what it
    has), otherwise from the earliest sign that processing began, named in the rule.
    """
    label = "Inquiry about processing"
    if last_submission is not None:
        rule = f"{wait_days} days after the last submission"
        return days_after(label, last_submission, wait_days, rule)
    if not began:
        return None
    start, name = min(began)
    return days_after(label, start, wait_days, f"{wait_days} days after {name}")


def pickup_deadline(ready_on: dt.date, label: str = "Passport pickup") -> Deadline:
    """The last day to collect a passport shown "ready for pickup" at the visa center."""
    return days_after(
        label,
        ready_on,
        PICKUP_WINDOW_DAYS,
        f"visa centers hold a passport about {PICKUP_WINDOW_DAYS} days after 'ready for pickup'",
    )
