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

What a missed reply generally means is general information, never legal advice (``MISSED_REPLY``,
marked for translation where it is shown). The reasons come in the app's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.deadlines import MET, MISSED, MOOT, OPEN, Deadline, day
from desktop_app.messages import N_, _, ngettext, translated

DECISIONS = {
    "issued": N_("visa issued"),
    "approved": N_("visa approved"),
    "refused under 214(b)": N_("refused under 214(b)"),
}
MISSED_REPLY = N_(
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
    return "; ".join(_named(p.name, _decision(p)) for p in people)


def still_waiting(progress: Progress) -> str:
    """For a family with split outcomes: who is decided and who still waits."""
    done = [_named(p.name, _decision(p)) for p in progress.standing if p.decision]
    waiting = [
        _("{name} ({phase})").format(name=p.name, phase=translated(p.phase))
        for p in progress.standing
        if p.decision is None
    ]
    if not done or not waiting:
        return ""
    return _("{decided}; still waiting: {waiting}").format(
        decided="; ".join(done), waiting=", ".join(waiting)
    )


def _named(name: str, decision: str) -> str:
    return _("{name}: {decision}").format(name=name, decision=decision)


def _decision(person: Standing) -> str:
    assert person.decision is not None and person.since is not None
    return _("{decision} {day}").format(
        decision=translated(DECISIONS[person.decision]), day=day(person.since)
    )


def _reply(deadline: Deadline, progress: Progress) -> Deadline:
    if progress.admin_only:
        return deadline.settled(MOOT, _("administrative processing only: no reply is due"))
    sent_on, remaining = _answered(progress)
    outcome = decided(progress)
    if sent_on is not None and not remaining:
        when = _("documents submitted {day}").format(day=day(sent_on))
        if sent_on > deadline.due and outcome is None:
            late = (sent_on - deadline.due).days
            return deadline.settled(
                MISSED,
                ngettext(
                    "{when}, {n} day after the due date: ask the post whether it took them",
                    "{when}, {n} days after the due date: ask the post whether it took them",
                    late,
                ).format(when=when, n=late),
            )
        return deadline.settled(MET, when)
    if outcome is not None:
        return deadline.settled(MOOT, outcome)
    left = (
        _("still to send: {items}").format(items=", ".join(remaining))
        if remaining
        else _("nothing submitted yet")
    )
    if sent_on is not None and remaining:
        left = _("documents submitted {day}; {left}").format(day=day(sent_on), left=left)
    if deadline.due < progress.today:
        return deadline.settled(MISSED, _("the due date passed; {left}").format(left=left))
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
            return deadline.settled(MET, _("inquiry sent {day}").format(day=day(max(asked))))
        if deadline.due <= progress.today:
            return deadline.settled(OPEN, split or _("you may ask about processing now"))
        return deadline.settled(OPEN, split or _("posts ask applicants not to inquire before then"))
    return deadline.settled(OPEN, split or _("it repeats until every applicant is decided"))


def _pickup(deadline: Deadline, progress: Progress) -> Deadline:
    if deadline.due < progress.today:
        return deadline.settled(
            MISSED, _("not collected in time: the visa center may have sent it back, so ask it")
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
        return _("No deadline ahead — {last}").format(last=last.describe(today)), False
    return _("No deadline ahead"), False
