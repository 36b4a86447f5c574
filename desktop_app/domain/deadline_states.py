"""Whether each deadline still stands: open, met, missed or moot, and why, in plain words.

- The 221(g) reply is **met** once everything the slip asked for went in (a part only: it stays
  open and says what remains), **moot** when the case is held only for administrative processing
  or every applicant was decided without it, and **missed** when its day passed first. A late
  submission leaves it missed and says when the documents went in: only the post can say whether
  it still took them.
- The inquiry date and the follow-up reminder are **moot** once every applicant's visa is approved
  or issued or the application is refused under 214(b); while one member of a family still waits,
  they stay open and say who. They are never missed: from the inquiry date on one may ask, and
  the reminder repeats.
- A passport pickup day that passed is **missed**: the visa center may have sent it back.

What a missed reply generally means is general information, never legal advice (``MISSED_REPLY``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.deadlines import MET, MISSED, MOOT, OPEN, Deadline, day

DECISIONS = {
    "issued": "visa issued",
    "approved": "visa approved",
    "refused under 214(b)": "refused under 214(b)",
}
MISSED_REPLY = (
    "General information, not legal advice: once the year to answer a 221(g) request has passed "
    "with nothing submitted, posts generally treat the application as finally refused. Some "
    "posts still accept late documents, so ask the post. Otherwise a new application (a new "
    "DS-160 and fee) is usually needed, and an immigrant visa's petition may be returned to "
    "USCIS."
)


@dataclass(frozen=True)
class Standing:
    """One applicant's latest decision-bearing phase (``decision`` None: still waiting)."""

    name: str
    phase: str
    decision: str | None = None
    since: dt.date | None = None


@dataclass(frozen=True)
class Progress:
    """What the case shows of answering and deciding, as of ``today``."""

    today: dt.date
    admin_only: bool = False
    requested: tuple[tuple[str, dt.date | None], ...] = ()
    """(label, day submitted or None) of each requested item."""
    submissions: tuple[dt.date, ...] = ()
    inquiries: tuple[dt.date, ...] = ()
    standing: tuple[Standing, ...] = ()


def settle(deadline: Deadline, progress: Progress) -> Deadline:
    if deadline.key == "reply":
        return _reply(deadline, progress)
    if deadline.key in ("inquiry", "followup"):
        return _waiting(deadline, progress)
    return _pickup(deadline, progress)


def decided(progress: Progress) -> str | None:
    """Why the waiting is over for everyone, or None while someone still waits."""
    people = progress.standing
    if not people or any(p.decision is None for p in people):
        return None
    if len(people) == 1:
        return _decision(people[0])
    return "; ".join(f"{p.name}: {_decision(p)}" for p in people)


def still_waiting(progress: Progress) -> str:
    """For a family with split outcomes: who is decided and who still waits."""
    done = [f"{p.name}: {_decision(p)}" for p in progress.standing if p.decision]
    waiting = [f"{p.name} ({p.phase})" for p in progress.standing if p.decision is None]
    if not done or not waiting:
        return ""
    return f"{'; '.join(done)}; still waiting: {', '.join(waiting)}"


def _decision(person: Standing) -> str:
    assert person.decision is not None and person.since is not None
    return f"{DECISIONS[person.decision]} {day(person.since)}"


def _reply(deadline: Deadline, progress: Progress) -> Deadline:
    if progress.admin_only:
        return deadline.settled(MOOT, "administrative processing only: no reply is due")
    sent_on, remaining = _answered(progress)
    outcome = decided(progress)
    if sent_on is not None and not remaining:
        when = f"documents submitted {day(sent_on)}"
        if sent_on > deadline.due and outcome is None:
            late = (sent_on - deadline.due).days
            return deadline.settled(
                MISSED, f"{when}, {late} days after the due date: ask the post whether it took them"
            )
        return deadline.settled(MET, when)
    if outcome is not None:
        return deadline.settled(MOOT, outcome)
    left = f"still to send: {', '.join(remaining)}" if remaining else "nothing submitted yet"
    if sent_on is not None and remaining:
        left = f"documents submitted {day(sent_on)}; {left}"
    if deadline.due < progress.today:
        return deadline.settled(MISSED, f"the due date passed; {left}")
    return deadline.settled(OPEN, left)


def _answered(progress: Progress) -> tuple[dt.date | None, list[str]]:
    """The day the last of what was asked went in (None: nothing yet) and what is still missing.

    Without a list of requested items, any submission answers the request."""
    if not progress.requested:
        return (max(progress.submissions) if progress.submissions else None), []
    sent = [on for _label, on in progress.requested if on is not None] or progress.submissions
    remaining = [label for label, on in progress.requested if on is None]
    return (max(sent) if sent else None), remaining


def _waiting(deadline: Deadline, progress: Progress) -> Deadline:
    outcome = decided(progress)
    if outcome is not None:
        return deadline.settled(MOOT, outcome)
    split = still_waiting(progress)
    if deadline.key == "inquiry":
        asked = [on for on in progress.inquiries if on >= deadline.due]
        if asked:
            return deadline.settled(MET, f"inquiry sent {day(max(asked))}")
        if deadline.due <= progress.today:
            return deadline.settled(OPEN, split or "you may ask about processing now")
        return deadline.settled(OPEN, split or "posts ask applicants not to inquire before then")
    return deadline.settled(OPEN, split or "it repeats until every applicant is decided")


def _pickup(deadline: Deadline, progress: Progress) -> Deadline:
    if deadline.due < progress.today:
        return deadline.settled(
            MISSED, "not collected in time: the visa center may have sent it back, so ask it"
        )
    return deadline.settled(OPEN, deadline.basis)


def headline(deadlines: list[Deadline], today: dt.date) -> tuple[str, bool]:
    """The one line a status bar shows, and whether it is a missed deadline: a missed one
    first, else the next still open, else what settled the reply (or the last one)."""
    missed = [d for d in deadlines if d.state == MISSED]
    if missed:
        return missed[0].line(today), True
    waiting = [d for d in deadlines if d.state == OPEN]
    ahead = [d for d in waiting if d.due >= today] or waiting
    if ahead:
        return ahead[0].describe(today), False
    if deadlines:
        last = next((d for d in deadlines if d.key == "reply"), deadlines[-1])
        return f"No deadline ahead — {last.describe(today)}", False
    return "No deadline ahead", False
