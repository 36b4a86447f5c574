"""Deadlines computed from dates only (no clock inside): when, which rule, from which date.

Each rule has one wording (``reply_rule``, ``inquiry_rule``, ``followup_rule``, ``pickup_rule``),
used by ``visacase rules``, ``visacase deadlines`` and the window alike; what a deadline was
counted from on this case is its ``basis``, which says so when the rule's own date is missing and
another one was used. Labels, rules, bases and descriptions come in the app's language
(``desktop_app.messages``); ``key`` and ``state`` are codes, the same in every language. Whether a
deadline still stands (open, met, missed, moot) is decided in ``deadline_states``.

The 221(g) one-year reply: a year after 29 February is 28 February. Of the two candidate days
(28 Feb or 1 Mar) it is the earlier, and when a refusal becomes final the earlier date is the safe
one to plan for.

The passport pickup window is general information, the same for every case: visa application
centers hold a passport about 14 days after it is ready for pickup before sending it back. Posts
vary, so the rule says "about" and the user's own tracking message is what counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.messages import N_, _, ngettext, translated

PICKUP_WINDOW_DAYS = 14
OPEN, MET, MISSED, MOOT = "open", "met", "missed", "moot"
STATES = (OPEN, MET, MISSED, MOOT)
START_WORDS = {
    "earliest": N_("the earliest known date (the safest)"),
    "notice_date": N_("the date printed on the notice"),
    "received_date": N_("the day the notice was received"),
    "application_date": N_("the application date"),
    "refusal_date": N_("the day of the 221(g) refusal"),
}
"""What each start date is called; the refusal's day stands in when no notice date is known."""


def reply_rule(start: str) -> str:
    return _("one year from {start}").format(start=_start(start))


def inquiry_rule(wait_days: int) -> str:
    return _("{days} days after the last submission, or after processing began").format(
        days=wait_days
    )


def followup_rule(interval_days: int) -> str:
    return _("every {days} days after the last contact with the consulate").format(
        days=interval_days
    )


def pickup_rule() -> str:
    return _("visa centers hold a passport about {days} days after 'ready for pickup'").format(
        days=PICKUP_WINDOW_DAYS
    )


def _start(name: str) -> str:
    return translated(START_WORDS[name])


MONTHS = (
    # TRANSLATORS: month abbreviations as a day in a message shows them ("12 Mar 2024").
    N_("Jan"),
    N_("Feb"),
    N_("Mar"),
    N_("Apr"),
    N_("May"),
    N_("Jun"),
    N_("Jul"),
    N_("Aug"),
    N_("Sep"),
    N_("Oct"),
    N_("Nov"),
    N_("Dec"),
)


def day(value: dt.date, *, year: bool = True) -> str:
    """A day in a message: "12 Mar 2024" ("12 Mar" without the year) in English; a translation
    orders and names it as its language does, whatever the C library's locale says."""
    month = translated(MONTHS[value.month - 1])
    if not year:
        return _("{day} {month}").format(day=f"{value.day:02d}", month=month)
    return _("{day} {month} {year}").format(day=f"{value.day:02d}", month=month, year=value.year)


@dataclass(frozen=True)
class Deadline:
    """A dated obligation or milestone; ``key`` names it the same way across recomputations."""

    label: str
    due: dt.date
    rule: str
    key: str = ""
    basis: str = ""
    state: str = OPEN
    reason: str = ""

    def days_left(self, today: dt.date) -> int:
        return (self.due - today).days

    def settled(self, state: str, reason: str) -> Deadline:
        return replace(self, state=state, reason=reason)

    def line(self, today: dt.date) -> str:
        """``describe`` with the reason, when it does not already give it."""
        said = self.describe(today)
        if self.state == MISSED:
            return _("{said}: {reason}").format(said=said, reason=self.reason)
        if self.state == OPEN and self.reason not in ("", self.basis) and self.reason not in said:
            return _("{said}; {reason}").format(said=said, reason=self.reason)
        return said

    def describe(self, today: dt.date) -> str:
        left = self.days_left(today)
        label, due = self.label, day(self.due)
        if self.state == MISSED:
            return ngettext(
                "{label} MISSED — was due {due}, {n} day ago",
                "{label} MISSED — was due {due}, {n} days ago",
                -left,
            ).format(label=label, due=due, n=-left)
        if self.state == MET:
            return _("{label} met — {reason}").format(label=label, reason=self.reason)
        if self.state == MOOT:
            return _("{label} no longer applies — {reason}").format(label=label, reason=self.reason)
        if left < 0:
            said = _("{label} from {due} — {reason}")
            return said.format(label=label, due=due, reason=self.reason)
        if left == 0:
            return _("{label} due {due} — today").format(label=label, due=due)
        return ngettext("{label} due {due} — {n} day", "{label} due {due} — {n} days", left).format(
            label=label, due=due, n=left
        )


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
    refusal_date: dt.date | None = None,
) -> Deadline | None:
    """One year from the post's start date; by default the earliest known (the safest). When the
    post's date is not recorded the earliest known one is used, and the basis says so. The day
    of the refusal counts only where no notice date is known, and is called what it is."""
    named = {
        "notice_date": notice_date,
        "received_date": received_date,
        "application_date": application_date,
        "refusal_date": refusal_date if notice_date is None else None,
    }
    known = sorted((d, name) for name, d in named.items() if d is not None)
    if not known:
        return None
    start, name = known[0]
    chosen = named.get(rule)
    if rule == "earliest":
        basis = _("counted from the earliest known date, {start}: {day}").format(
            start=_start(name), day=day(start)
        )
    elif chosen is not None:
        start = chosen
        basis = _("counted from {start}: {day}").format(start=_start(rule), day=day(chosen))
    else:
        basis = _("{wanted} is not recorded, so it is counted from {start} instead: {day}").format(
            wanted=_start(rule), start=_start(name), day=day(start)
        )
    return Deadline(_("221(g) reply"), one_year_after(start), reply_rule(rule), "reply", basis)


def inquiry_deadline(
    wait_days: int, last_submission: dt.date | None, began: list[tuple[dt.date, str]]
) -> Deadline | None:
    """When asking about processing becomes reasonable: posts ask for 60, 120 or 180 days.

    Counted from the last submission when there is one (the consulate only starts on what it
    has), otherwise from the earliest sign that processing began, named in the basis.
    """
    if last_submission is not None:
        start = last_submission
        basis = _("counted from the last submission: {day}").format(day=day(last_submission))
    elif began:
        start, name = min(began)
        basis = _("nothing submitted, so counted from {start}: {day}").format(
            start=name, day=day(start)
        )
    else:
        return None
    return Deadline(
        _("Inquiry about processing"),
        start + dt.timedelta(days=wait_days),
        inquiry_rule(wait_days),
        "inquiry",
        basis,
    )


def followup_deadline(last_contact: dt.date, interval_days: int, today: dt.date) -> Deadline:
    """The next follow-up reminder on or after ``today``: it repeats, so it is never overdue."""
    first = last_contact + dt.timedelta(days=interval_days)
    behind = max((today - first).days, 0)
    rounds = -(-behind // interval_days)
    return Deadline(
        _("Next follow-up"),
        first + dt.timedelta(days=rounds * interval_days),
        followup_rule(interval_days),
        "followup",
        _("counted from the last contact: {day}").format(day=day(last_contact)),
    )


def pickup_deadline(ready_on: dt.date, label: str = "", key: str = "pickup") -> Deadline:
    """The last day to collect a passport shown "ready for pickup" at the visa center."""
    return Deadline(
        label or _("Passport pickup"),
        ready_on + dt.timedelta(days=PICKUP_WINDOW_DAYS),
        pickup_rule(),
        key,
        _("ready for pickup since {day}").format(day=day(ready_on)),
    )
