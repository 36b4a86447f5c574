"""The case timeline as rows to paint: events, a "today" marker and the deadlines around it.

``build_rows`` turns what the services return (events, applicants' names, deadlines) into rows
that already say everything a painter needs — the chip and its tone, the title, whom it is about,
how long the phase it began lasted — so painting stays cheap and the wording is tested without a
view. Strings go through ``Timeline.tr`` (counts with ``%n``, so "1 day" and "2 days" come from the
translation); those chosen at run time are marked where they are written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from desktop_app import messages
from desktop_app.domain.deadline_states import MISSED_REPLY
from desktop_app.domain.deadlines import MET, MISSED, MOOT, Deadline
from desktop_app.domain.timeline import NOTICE_KINDS, TimelineEvent, phase_of, phases
from desktop_app.gui.translations import display_date
from desktop_app.services.events import EventView

URGENT_DAYS = 30


class RowKind(StrEnum):
    EVENT = "event"
    TODAY = "today"
    DEADLINE = "deadline"


class Tone(StrEnum):
    """How a status chip is coloured; the palette decides the actual colours."""

    REFUSED = "refused"
    PENDING = "pending"
    APPROVED = "approved"
    NEUTRAL = "neutral"
    DEADLINE = "deadline"


class Category(StrEnum):
    """What the filter toggles switch; milestones (interview, refusals) are always shown."""

    CEAC = "ceac"
    PASSPORT = "passport"
    EMAILS = "emails"
    DOCUMENTS = "documents"
    NOTES = "notes"
    MILESTONE = "milestone"


CATEGORY_BY_KIND = {
    "ceac_status": Category.CEAC,
    "passport_tracking": Category.PASSPORT,
    "email_sent": Category.EMAILS,
    "email_received": Category.EMAILS,
    "documents_requested": Category.DOCUMENTS,
    "documents_submitted": Category.DOCUMENTS,
    "note": Category.NOTES,
}
EVENT_LABELS = {
    "interview": QT_TRANSLATE_NOOP("Timeline", "Interview"),
    "dropbox": QT_TRANSLATE_NOOP("Timeline", "Dropbox"),
    "refusal_221g": QT_TRANSLATE_NOOP("Timeline", "221(g) refusal"),
    "refusal_214b": QT_TRANSLATE_NOOP("Timeline", "214(b) refusal"),
    "documents_requested": QT_TRANSLATE_NOOP("Timeline", "Documents requested"),
    "documents_submitted": QT_TRANSLATE_NOOP("Timeline", "Documents submitted"),
    "ceac_status": QT_TRANSLATE_NOOP("Timeline", "CEAC status"),
    "passport_tracking": QT_TRANSLATE_NOOP("Timeline", "Passport"),
    "email_received": QT_TRANSLATE_NOOP("Timeline", "Email received"),
    "email_sent": QT_TRANSLATE_NOOP("Timeline", "Email sent"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Note"),
    "notice_221g": QT_TRANSLATE_NOOP("Timeline", "221(g) notice"),
    "notice_214b": QT_TRANSLATE_NOOP("Timeline", "214(b) refusal letter"),
}
NOTICE_TITLES = {
    "notice_221g": QT_TRANSLATE_NOOP(
        "Timeline", "The 221(g) slip is dated this day; the one-year clock starts from it"
    ),
    "notice_214b": QT_TRANSLATE_NOOP("Timeline", "The 214(b) refusal letter is dated this day"),
}
TONE_BY_PHASE = {
    "refused under 214(b)": Tone.REFUSED,
    "refused: see the letter": Tone.REFUSED,
    "expired": Tone.REFUSED,
    "expiring soon": Tone.PENDING,
    "221(g): documents requested": Tone.PENDING,
    "administrative processing": Tone.PENDING,
    "approved": Tone.APPROVED,
    "issued": Tone.APPROVED,
    "ready": Tone.APPROVED,
}
VARIANT_TITLES = {
    "administrative_processing": QT_TRANSLATE_NOOP(
        "Timeline", "Administrative processing — not final"
    ),
    "see_letter": QT_TRANSLATE_NOOP("Timeline", "Refused — the letter from the interview decides"),
}


class Timeline(QObject):
    """The translation context of the timeline's wording; its ``tr`` takes a count for plurals."""


def _tr(text: str) -> str:
    """Translate wording chosen at run time (marked where it is written)."""
    return Timeline.tr(text)


@dataclass(frozen=True)
class TimelineRow:
    """One painted row. ``key`` stays the same while the row is the same thing."""

    key: tuple[str, object]
    kind: RowKind
    day: dt.date
    chip: str
    tone: Tone
    title: str
    detail: str
    aside: str
    tooltip: str
    category: Category = Category.MILESTONE
    applicant_id: int | None = None
    event: EventView | None = None


def domain_event(event: EventView) -> TimelineEvent:
    """The stored event as the domain's timeline functions take it."""
    return TimelineEvent(
        event.kind,
        event.occurred_on,
        event.recorded_at,
        event.applicant_id,
        event.payload,
        event.note,
    )


def _key(event: EventView) -> tuple[str, int]:
    """A notice on the timeline keeps its own numbering apart from the recorded events."""
    return ("notice" if event.kind in NOTICE_KINDS else "event", event.id)


def phase_durations(
    events: list[EventView], today: dt.date
) -> dict[tuple[str, int], tuple[str, int, bool]]:
    """For each event that starts a phase for its applicant: the phase, its days, still current.

    The phases are the domain's; this only finds the event each one began with. Case-wide events
    (no applicant) count in every applicant's phases, and their own rows take the case-wide ones.
    """
    found: dict[tuple[str, int], tuple[str, int, bool]] = {}
    for who in {e.applicant_id for e in events}:
        stream = [e for e in events if e.applicant_id in (who, None)]
        stream.sort(key=lambda e: (e.occurred_on, e.recorded_at))  # the domain's order
        seen = [domain_event(e) for e in stream]
        at = 0
        for phase in phases(seen, who):
            while seen[at].occurred_on != phase.since or phase_of(seen[at]) != phase.name:
                at += 1
            if stream[at].applicant_id == who:
                found[_key(stream[at])] = (phase.name, phase.days(today), phase.until is None)
    return found


def _days(days: int, current: bool) -> str:
    if current:
        return Timeline.tr("%n days so far", "", days)
    if days == 0:
        return Timeline.tr("same day")
    return Timeline.tr("%n days", "", days)


def event_row(
    event: EventView, names: dict[int, str], phase: tuple[str, int, bool] | None
) -> TimelineRow:
    label = _tr(EVENT_LABELS.get(event.kind, event.kind.replace("_", " ").capitalize()))
    note = event.note.strip().splitlines()[0] if event.note.strip() else ""
    tone = TONE_BY_PHASE.get(phase_of(domain_event(event)) or "", Tone.NEUTRAL)
    chip, title, tooltip = label, note or label, event.note
    if event.kind == "ceac_status":
        status = str(event.payload.get("status") or Timeline.tr("unknown"))
        chip = status
        variant = str(event.payload.get("variant") or "")
        title = (
            _tr(VARIANT_TITLES[variant])
            if variant in VARIANT_TITLES
            else Timeline.tr("CEAC status")
        )
        tooltip = str(event.payload.get("text") or event.note)
    if event.kind in NOTICE_KINDS:
        title = _tr(NOTICE_TITLES[event.kind])
        if event.payload.get("admin_processing_only"):
            title = Timeline.tr("221(g) notice: administrative processing only, nothing to submit")
        colour = str(event.payload.get("colour") or "")
        tooltip = Timeline.tr("{0} slip").format(colour).capitalize() if colour else title
    who = names.get(event.applicant_id or -1, Timeline.tr("Whole case"))
    detail = who
    if phase:
        detail = Timeline.tr("{0} · phase: {1}").format(who, messages.translated(phase[0]))
    return TimelineRow(
        key=_key(event),
        kind=RowKind.EVENT,
        day=event.occurred_on,
        chip=chip,
        tone=tone,
        title=title,
        detail=detail,
        aside=_days(phase[1], phase[2]) if phase else "",
        tooltip=tooltip,
        category=CATEGORY_BY_KIND.get(event.kind, Category.MILESTONE),
        applicant_id=event.applicant_id,
        event=None if event.kind in NOTICE_KINDS else event,
    )


def deadline_row(deadline: Deadline, today: dt.date) -> TimelineRow:
    """A deadline with its state: days left while open, MISSED in red, met or no longer applying
    with the reason. A missed 221(g) reply says what that generally means. The deadline's own
    words come translated from the domain (``desktop_app.messages``)."""
    left = deadline.days_left(today)
    label = deadline.label
    detail = deadline.reason or deadline.rule
    tooltip = Timeline.tr("{0} due {1} ({2}; {3})").format(
        label, display_date(deadline.due), deadline.rule, deadline.basis
    )
    if deadline.state == MISSED:
        chip, tone, title = (
            Timeline.tr("MISSED"),
            Tone.REFUSED,
            Timeline.tr("{0} MISSED").format(label),
        )
        aside = Timeline.tr("%n days ago", "", -left)
        if deadline.key == "reply":
            tooltip = f"{tooltip}\n\n{messages.translated(MISSED_REPLY)}"
    elif deadline.state == MET:
        chip, tone, title, aside = (
            Timeline.tr("Met"),
            Tone.APPROVED,
            Timeline.tr("{0} met").format(label),
            "",
        )
    elif deadline.state == MOOT:
        chip, tone, aside = Timeline.tr("No longer applies"), Tone.NEUTRAL, ""
        title = Timeline.tr("{0}: no longer applies").format(label)
    elif left < 0:
        chip, tone, title = (
            Timeline.tr("Now"),
            Tone.PENDING,
            Timeline.tr("{0} from this day").format(label),
        )
        aside = Timeline.tr("for %n days", "", -left)
    else:
        chip = Timeline.tr("Deadline")
        tone = Tone.REFUSED if left <= URGENT_DAYS else Tone.DEADLINE
        title = Timeline.tr("{0} due").format(label)
        aside = Timeline.tr("today") if left == 0 else Timeline.tr("%n days left", "", left)
    return TimelineRow(
        key=("deadline", deadline.key or deadline.label),
        kind=RowKind.DEADLINE,
        day=deadline.due,
        chip=chip,
        tone=tone,
        title=title,
        detail=detail[:1].upper() + detail[1:],
        aside=aside,
        tooltip=tooltip,
    )


def today_row(today: dt.date) -> TimelineRow:
    return TimelineRow(
        key=("today", ""),
        kind=RowKind.TODAY,
        day=today,
        chip=Timeline.tr("Today"),
        tone=Tone.DEADLINE,
        title="",
        detail="",
        aside="",
        tooltip=Timeline.tr("Today is {0}").format(display_date(today)),
    )


def build_rows(
    events: list[EventView],
    names: dict[int, str],
    deadlines: Iterable[Deadline],
    today: dt.date,
) -> list[TimelineRow]:
    """Events and deadlines in date order, with "today" between what happened and what is due.

    A deadline falling on an event's day comes after the event; today comes after today's events
    and before what is due today.
    """
    durations = phase_durations(events, today)
    rows = [(e.occurred_on, 0, event_row(e, names, durations.get(_key(e)))) for e in events]
    rows.append((today, 1, today_row(today)))
    rows += [(d.due, 2, deadline_row(d, today)) for d in deadlines]
    return [row for _day, _order, row in sorted(rows, key=lambda r: (r[0], r[1]))]
