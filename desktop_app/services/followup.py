"""Drafting the follow-up email from what the case file knows."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.followup import FollowUp, Person, draft
from desktop_app.services import applicants, cases, events
from desktop_app.store.casefile import CaseFile


def draft_followup(case: CaseFile, today: dt.date) -> FollowUp:
    info = cases.get_case_info(case)
    people = [
        Person(
            p.name,
            p.application_id or p.case_number or "",
            p.passport_number or "",
            p.date_of_birth,
        )
        for p in applicants.list_applicants(case)
    ]
    timeline = events.list_events(case)
    interviews = [e.occurred_on for e in timeline if e.kind in ("interview", "dropbox")]
    submitted = [e.occurred_on for e in timeline if e.kind == "documents_submitted"]
    return draft(
        people,
        info.post or "",
        min(interviews) if interviews else None,
        max(submitted) if submitted else None,
        today,
    )
