"""The case timeline with each applicant's phase, and every deadline with its state.

The timeline is the recorded events plus each dated notice (the 221(g) slip or the refusal
letter), since the notice is what starts the clock. Deadlines are counted from those dates and
then settled (open, met, missed, moot) against what the case shows was submitted and decided, per
applicant. Dates outside 1900–2100 (from an older file) are shown but count for no deadline.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain import deadline_states
from desktop_app.domain.date_reading import range_problem
from desktop_app.domain.deadline_states import DECISIONS, Progress, Standing
from desktop_app.domain.deadlines import (
    Deadline,
    followup_deadline,
    inquiry_deadline,
    pickup_deadline,
    response_deadline,
)
from desktop_app.domain.timeline import (
    Phase,
    TimelineEvent,
    awaiting_pickup,
    phase_of,
    phases,
    standing,
)
from desktop_app.messages import _
from desktop_app.services import applicants, cases, events, notices
from desktop_app.services.events import EventView
from desktop_app.store.casefile import CaseFile

CONTACTS = ("email_sent", "documents_submitted", "email_received")
HANDED_OVER_AT = ("interview", "dropbox", "refusal_221g", "refusal_214b")


@dataclass(frozen=True)
class ApplicantPhase:
    """An applicant's current phase, and every phase so far with how long it lasted."""

    applicant_id: int
    name: str
    phase: Phase | None
    history: tuple[Phase, ...] = ()


def history(case: CaseFile) -> list[EventView]:
    """The recorded events and each dated notice, by day. On its day a notice comes right after
    the interview, dropbox or refusal it was handed over at, and before anything else."""
    recorded = events.list_events(case)
    dated = [
        EventView(
            id=n.id,
            kind=f"notice_{n.refusal_type}",
            occurred_on=n.notice_date,
            recorded_at=_handed_over(recorded, n.notice_date),
            applicant_id=n.applicant_id,
            document_id=None,
            note="",
            payload={"admin_processing_only": n.admin_processing_only, "colour": n.colour},
        )
        for n in notices.list_notices(case)
        if n.notice_date is not None and n.refusal_type in ("221g", "214b")
    ]
    return sorted([*dated, *recorded], key=lambda e: (e.occurred_on, e.recorded_at))


def _handed_over(recorded: list[EventView], on: dt.date) -> dt.datetime:
    at = [e.recorded_at for e in recorded if e.occurred_on == on and e.kind in HANDED_OVER_AT]
    return max(at) + dt.timedelta(microseconds=1) if at else dt.datetime.combine(on, dt.time.min)


def domain_events(case: CaseFile, seen: list[EventView] | None = None) -> list[TimelineEvent]:
    """The history as the domain takes it; ``seen`` is a history the caller already loaded."""
    return [
        TimelineEvent(e.kind, e.occurred_on, e.recorded_at, e.applicant_id, e.payload, e.note)
        for e in (history(case) if seen is None else seen)
    ]


def applicant_phases(case: CaseFile) -> list[ApplicantPhase]:
    timeline = domain_events(case)
    rows = []
    for person in applicants.list_applicants(case):
        seen = phases(timeline, person.id)
        rows.append(ApplicantPhase(person.id, person.name, seen[-1] if seen else None, tuple(seen)))
    return rows


def deadlines(
    case: CaseFile,
    today: dt.date,
    seen: list[EventView] | None = None,
    requested: list[notices.RequestedItemView] | None = None,
) -> list[Deadline]:
    """The reply deadline, when an inquiry becomes reasonable, the next follow-up, and the last
    day to collect each passport waiting at the visa center, each settled as of ``today``.
    ``seen`` and ``requested``: the case's ``history`` and its requested items
    (``notices.list_requested_items``) when the caller already has them."""
    info = cases.get_case_info(case)
    timeline = [e for e in domain_events(case, seen) if range_problem(e.occurred_on) is None]
    slips = [n for n in notices.list_notices(case) if n.refusal_type == "221g"]
    found = [
        _reply(timeline, slips, info.deadline_rule),
        _inquiry(timeline, slips, info.inquiry_wait_days),
    ]
    contacts = [e.occurred_on for e in timeline if e.kind in CONTACTS]
    if contacts:
        found.append(followup_deadline(max(contacts), info.followup_interval_days, today))
    names = {p.id: p.name for p in applicants.list_applicants(case)}
    for who, ready_on in awaiting_pickup(timeline).items():
        label = (
            _("Passport pickup — {name}").format(name=names[who])
            if who in names
            else _("Passport pickup")
        )
        found.append(pickup_deadline(ready_on, label, f"pickup:{who or 'case'}"))
    if requested is None:
        requested = notices.list_requested_items(case)
    progress = _progress(case, timeline, slips, requested, today)
    settled = [deadline_states.settle(d, progress) for d in found if d is not None]
    return sorted(settled, key=lambda d: d.due)


def _progress(
    case: CaseFile,
    timeline: list[TimelineEvent],
    slips: list[notices.NoticeView],
    requested: list[notices.RequestedItemView],
    today: dt.date,
) -> Progress:
    people = applicants.list_applicants(case)
    who = [(p.id, p.name) for p in people] or [(None, "")]
    standings = []
    for applicant_id, name in who:
        phase = standing(timeline, applicant_id)
        if phase is not None:
            decision = phase.name if phase.name in DECISIONS else None
            standings.append(Standing(name, phase.name, decision, phase.since))
    return Progress(
        today=today,
        admin_only=bool(slips) and slips[0].admin_processing_only,
        requested=tuple((i.label, i.submitted_on) for i in requested),
        submissions=tuple(e.occurred_on for e in timeline if e.kind == "documents_submitted"),
        inquiries=tuple(e.occurred_on for e in timeline if e.kind == "email_sent"),
        standing=tuple(standings),
    )


def _usable(value: dt.date | None) -> dt.date | None:
    return value if value is not None and range_problem(value) is None else None


def _reply(
    timeline: list[TimelineEvent], slips: list[notices.NoticeView], rule: str
) -> Deadline | None:
    """One year to answer a 221(g) request, counted from the notice's dates."""
    refusals = [e.occurred_on for e in timeline if e.kind == "refusal_221g"]
    refused_on = min(refusals) if refusals else None
    if not slips:
        return response_deadline(None, rule=rule, refusal_date=refused_on)
    slip = slips[0]
    return response_deadline(
        _usable(slip.notice_date),
        _usable(slip.received_date),
        _usable(slip.application_date),
        rule=rule,
        refusal_date=refused_on,
    )


def _inquiry(
    timeline: list[TimelineEvent], slips: list[notices.NoticeView], wait: int
) -> Deadline | None:
    submitted = [e.occurred_on for e in timeline if e.kind == "documents_submitted"]
    began = [(e.occurred_on, _("the 221(g) refusal")) for e in timeline if e.kind == "refusal_221g"]
    began += [(d, _("the 221(g) notice")) for n in slips if (d := _usable(n.notice_date))]
    began += [
        (e.occurred_on, _("the first administrative-processing status"))
        for e in timeline
        if e.kind == "ceac_status" and phase_of(e) == "administrative processing"
    ]
    return inquiry_deadline(wait, max(submitted) if submitted else None, began)
