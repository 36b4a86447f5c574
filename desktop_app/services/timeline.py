"""The case timeline with each applicant's phase, and the deadlines ahead."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.deadlines import Deadline, days_after, pickup_deadline, response_deadline
from desktop_app.domain.timeline import Phase, TimelineEvent, awaiting_pickup, current_phase
from desktop_app.services import applicants, cases, events, notices
from desktop_app.store.casefile import CaseFile


@dataclass(frozen=True)
class ApplicantPhase:
    applicant_id: int
    name: str
    phase: Phase | None


def domain_events(case: CaseFile) -> list[TimelineEvent]:
    return [
        TimelineEvent(e.kind, e.occurred_on, e.recorded_at, e.applicant_id, e.payload, e.note)
        for e in events.list_events(case)
    ]


def applicant_phases(case: CaseFile) -> list[ApplicantPhase]:
    timeline = domain_events(case)
    return [
        ApplicantPhase(p.id, p.name, current_phase(timeline, p.id))
        for p in applicants.list_applicants(case)
    ]


def deadlines(case: CaseFile) -> list[Deadline]:
    """The reply deadline, when an inquiry becomes reasonable, the next follow-up, and the last
    day to collect each passport waiting at the visa center."""
    info = cases.get_case_info(case)
    timeline = domain_events(case)
    found: list[Deadline] = []
    refusals = [e.occurred_on for e in timeline if e.kind == "refusal_221g"]
    slips = [n for n in notices.list_notices(case) if n.refusal_type == "221g"]
    if slips and not slips[0].admin_processing_only:
        slip = slips[0]
        reply = response_deadline(
            slip.notice_date or (min(refusals) if refusals else None),
            slip.received_date,
            slip.application_date,
            rule=info.deadline_rule,
        )
    elif refusals and not slips:
        reply = response_deadline(min(refusals), rule=info.deadline_rule)
    else:
        reply = None
    if reply is not None:
        found.append(reply)
    submitted = [e.occurred_on for e in timeline if e.kind == "documents_submitted"]
    if submitted or refusals:
        start = max(submitted) if submitted else min(refusals)
        found.append(
            days_after(
                "Inquiry about processing",
                start,
                info.inquiry_wait_days,
                f"{info.inquiry_wait_days} days after the last submission",
            )
        )
    contacts = [
        e.occurred_on
        for e in timeline
        if e.kind in ("email_sent", "documents_submitted", "email_received")
    ]
    if contacts:
        found.append(
            days_after(
                "Next follow-up",
                max(contacts),
                info.followup_interval_days,
                f"every {info.followup_interval_days} days",
            )
        )
    names = {p.id: p.name for p in applicants.list_applicants(case)}
    for who, ready_on in awaiting_pickup(timeline).items():
        label = f"Passport pickup — {names[who]}" if who in names else "Passport pickup"
        found.append(pickup_deadline(ready_on, label))
    return sorted(found, key=lambda d: d.due)


def next_deadline(case: CaseFile, today: dt.date) -> Deadline | None:
    ahead = [d for d in deadlines(case) if d.due >= today]
    return ahead[0] if ahead else None
