"""The case timeline with each applicant's phase, and the deadlines ahead."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.deadlines import (
    Deadline,
    days_after,
    inquiry_deadline,
    pickup_deadline,
    response_deadline,
)
from desktop_app.domain.timeline import Phase, TimelineEvent, awaiting_pickup, phase_of, phases
from desktop_app.services import applicants, cases, events, notices
from desktop_app.store.casefile import CaseFile


@dataclass(frozen=True)
class ApplicantPhase:
    """An applicant's current phase, and every phase so far with how long it lasted."""

    applicant_id: int
    name: str
    phase: Phase | None
    history: tuple[Phase, ...] = ()


def domain_events(case: CaseFile) -> list[TimelineEvent]:
    return [
        TimelineEvent(e.kind, e.occurred_on, e.recorded_at, e.applicant_id, e.payload, e.note)
        for e in events.list_events(case)
    ]


def applicant_phases(case: CaseFile) -> list[ApplicantPhase]:
    timeline = domain_events(case)
    rows = []
    for person in applicants.list_applicants(case):
        seen = phases(timeline, person.id)
        rows.append(ApplicantPhase(person.id, person.name, seen[-1] if seen else None, tuple(seen)))
    return rows


def deadlines(case: CaseFile) -> list[Deadline]:
    """The reply deadline, when an inquiry becomes reasonable, the next follow-up, and the last
    day to collect each passport waiting at the visa center."""
    info = cases.get_case_info(case)
    timeline = domain_events(case)
    slips = [n for n in notices.list_notices(case) if n.refusal_type == "221g"]
    found = [
        _reply(timeline, slips, info.deadline_rule),
        _inquiry(timeline, slips, info.inquiry_wait_days),
        _followup(timeline, info.followup_interval_days),
    ]
    names = {p.id: p.name for p in applicants.list_applicants(case)}
    for who, ready_on in awaiting_pickup(timeline).items():
        label = f"Passport pickup — {names[who]}" if who in names else "Passport pickup"
        found.append(pickup_deadline(ready_on, label))
    return sorted((d for d in found if d is not None), key=lambda d: d.due)


def reply_exemption(case: CaseFile) -> str | None:
    """Why there is no one-year reply deadline, when the notice says there is nothing to send."""
    slips = [n for n in notices.list_notices(case) if n.refusal_type == "221g"]
    if slips and slips[0].admin_processing_only:
        return (
            "No 221(g) reply deadline: cases held only for administrative processing are "
            "generally exempt from the one-year limit (general information)."
        )
    return None


def _reply(
    timeline: list[TimelineEvent], slips: list[notices.NoticeView], rule: str
) -> Deadline | None:
    """One year to answer a 221(g) request; none when it is administrative processing only."""
    refusals = [e.occurred_on for e in timeline if e.kind == "refusal_221g"]
    if not slips:
        return response_deadline(min(refusals), rule=rule) if refusals else None
    slip = slips[0]
    if slip.admin_processing_only:
        return None
    return response_deadline(
        slip.notice_date or (min(refusals) if refusals else None),
        slip.received_date,
        slip.application_date,
        rule=rule,
    )


def _inquiry(
    timeline: list[TimelineEvent], slips: list[notices.NoticeView], wait: int
) -> Deadline | None:
    submitted = [e.occurred_on for e in timeline if e.kind == "documents_submitted"]
    began = [(e.occurred_on, "the 221(g) refusal") for e in timeline if e.kind == "refusal_221g"]
    began += [(n.notice_date, "the 221(g) notice") for n in slips if n.notice_date]
    began += [
        (e.occurred_on, "the first administrative-processing status")
        for e in timeline
        if e.kind == "ceac_status" and phase_of(e) == "administrative processing"
    ]
    return inquiry_deadline(wait, max(submitted) if submitted else None, began)


def _followup(timeline: list[TimelineEvent], interval: int) -> Deadline | None:
    contacts = [
        e.occurred_on
        for e in timeline
        if e.kind in ("email_sent", "documents_submitted", "email_received")
    ]
    if not contacts:
        return None
    return days_after("Next follow-up", max(contacts), interval, f"every {interval} days")


def next_deadline(case: CaseFile, today: dt.date) -> Deadline | None:
    ahead = [d for d in deadlines(case) if d.due >= today]
    return ahead[0] if ahead else None
