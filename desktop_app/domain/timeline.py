"""Where each applicant stands: the phase the events put them in, since when, and for how long.

Events are ordered by the day they happened, then by when they were recorded, so two CEAC
observations on one day ("Administrative Processing", then "Approved") keep the order the user saw
them in. The clock never runs inside: ``today`` is always passed in. Phase names are codes the
app compares, in English, marked for translation where they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.domain.deadlines import day
from desktop_app.messages import N_, ngettext, translated

PHASE_BY_KIND = {
    "interview": N_("application submitted"),
    "dropbox": N_("application submitted"),
    "refusal_221g": N_("221(g): documents requested"),
    "documents_requested": N_("221(g): documents requested"),
    "documents_submitted": N_("documents submitted"),
    "refusal_214b": N_("refused under 214(b)"),
}
# The notice itself (the slip, the refusal letter) is on the timeline on the day it is dated.
NOTICE_KINDS = {"notice_221g": "221(g): documents requested", "notice_214b": "refused under 214(b)"}
PHASE_BY_STATUS = {
    "Application Receipt Pending": N_("application submitted"),
    "Application Received": N_("application submitted"),
    "Administrative Processing": N_("administrative processing"),
    "Refused": N_("refused: see the letter"),
    "Approved": N_("approved"),
    "Issued": N_("issued"),
    "Ready": N_("ready"),
    "At NVC": N_("at the National Visa Center"),
    "In Transit": N_("in transit to the consulate"),
    "Expiring Soon": N_("expiring soon"),
    "Expired": N_("expired"),
    "Return to NVC": N_("returned to the National Visa Center"),
    "Transfer in Progress": N_("transfer to another post"),
}
IN_DELIVERY = "in_delivery"
READY_FOR_PICKUP = "ready_for_pickup"
COLLECTED = "collected"
PHASE_BY_TRACKING = {
    IN_DELIVERY: N_("passport on its way back"),
    READY_FOR_PICKUP: N_("passport ready for pickup"),
    COLLECTED: N_("passport returned"),
}
# "Ready" is looked for first: a ready-for-pickup message often warns about passports "not
# collected" in time, while a delivery message never says "ready for pick".
_TRACKING_WORDS = (
    (READY_FOR_PICKUP, ("ready for pick", "ready for collection")),
    (COLLECTED, ("delivered", "collected", "picked up", "handed over")),
    (IN_DELIVERY, ("processed for delivery", "received from the consular", "dispatched")),
)


@dataclass(frozen=True)
class TimelineEvent:
    kind: str
    occurred_on: dt.date
    recorded_at: dt.datetime
    applicant_id: int | None
    payload: dict[str, Any]
    note: str = ""


@dataclass(frozen=True)
class Phase:
    """A stretch of the process; ``until`` is the day the next phase began (None: still on)."""

    name: str
    since: dt.date
    until: dt.date | None = None

    def days(self, today: dt.date) -> int:
        return ((self.until or today) - self.since).days

    def describe(self, today: dt.date) -> str:
        days = self.days(today)
        name = translated(self.name)
        if self.until is None:
            since = ngettext("{phase} since {day}, {n} day", "{phase} since {day}, {n} days", days)
            return since.format(phase=name, day=day(self.since), n=days)
        return ngettext(
            "{phase} {start} – {end}, {n} day", "{phase} {start} – {end}, {n} days", days
        ).format(phase=name, start=day(self.since, year=False), end=day(self.until), n=days)


def ordered(events: Iterable[TimelineEvent]) -> list[TimelineEvent]:
    return sorted(events, key=lambda e: (e.occurred_on, e.recorded_at))


def tracking_stage(event: TimelineEvent) -> str | None:
    """Where a passport-tracking update says the passport is, from its stage or its words."""
    if event.kind != "passport_tracking":
        return None
    stage = event.payload.get("stage")
    if stage in PHASE_BY_TRACKING:
        return str(stage)
    words = f"{event.payload.get('text', '')} {event.note}".lower()
    for name, markers in _TRACKING_WORDS:
        if any(marker in words for marker in markers):
            return name
    return None


def awaiting_pickup(events: Iterable[TimelineEvent]) -> dict[int | None, dt.date]:
    """Passports whose latest tracking update is "ready for pickup", by applicant, with its day."""
    latest: dict[int | None, tuple[str, dt.date]] = {}
    for event in ordered(events):
        stage = tracking_stage(event)
        if stage is not None:
            latest[event.applicant_id] = (stage, event.occurred_on)
    return {who: day for who, (stage, day) in latest.items() if stage == READY_FOR_PICKUP}


def phase_of(event: TimelineEvent) -> str | None:
    if event.kind == "passport_tracking":
        stage = tracking_stage(event)
        return PHASE_BY_TRACKING[stage] if stage else None
    if event.kind == "ceac_status":
        if event.payload.get("variant") == "administrative_processing":
            return N_("administrative processing")
        return PHASE_BY_STATUS.get(str(event.payload.get("status")))
    if event.kind in NOTICE_KINDS and event.payload.get("admin_processing_only"):
        return N_("administrative processing")
    return PHASE_BY_KIND.get(event.kind) or NOTICE_KINDS.get(event.kind)


def phases(events: Iterable[TimelineEvent], applicant_id: int | None) -> list[Phase]:
    """The phases an applicant went through, each closed by the next; case-wide events (no
    applicant) count for everyone."""
    result: list[Phase] = []
    for event in ordered(events):
        if event.applicant_id not in (applicant_id, None):
            continue
        name = phase_of(event)
        if name and (not result or result[-1].name != name):
            if result:
                result[-1] = replace(result[-1], until=event.occurred_on)
            result.append(Phase(name, event.occurred_on))
    return result


def current_phase(events: Iterable[TimelineEvent], applicant_id: int | None) -> Phase | None:
    seen = phases(events, applicant_id)
    return seen[-1] if seen else None


def standing(events: Iterable[TimelineEvent], applicant_id: int | None) -> Phase | None:
    """Where the application itself stands: the latest phase, passport tracking left out (a
    passport on its way back does not undo "issued")."""
    seen = phases((e for e in events if e.kind != "passport_tracking"), applicant_id)
    return seen[-1] if seen else None
