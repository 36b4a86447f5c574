"""Drafting the follow-up email from what the case file knows, in the deadlines' own states."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.deadlines import MISSED, MOOT
from desktop_app.domain.followup import FollowUp, Person, Situation, draft
from desktop_app.messages import _
from desktop_app.services import applicants, cases, timeline
from desktop_app.store.casefile import CaseFile

APPLYING = ("interview", "dropbox")
REFUSED_214B = ("refusal_214b", "notice_214b")


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
    history = timeline.history(case)
    found = {d.key: d for d in timeline.deadlines(case, today)}
    refused = [e.occurred_on for e in history if e.kind in REFUSED_214B]
    applied = [e.occurred_on for e in history if e.kind in APPLYING]
    submitted = [e.occurred_on for e in history if e.kind == "documents_submitted"]
    reply = found.get("reply")
    situation = Situation(
        refusal_type="214b" if info.refusal_type == "214b" or refused else info.refusal_type,
        interview=min(applied) if applied else None,
        submitted=max(submitted) if submitted else None,
        refused_214b=max(refused) if refused else None,
        reapplied=max((d for d in applied if refused and d > max(refused)), default=None),
        reply_missed_on=reply.due if reply is not None and reply.state == MISSED else None,
    )
    mail = draft(people, info.post or "", situation, today)
    follow = found.get("followup")
    if follow is not None and follow.state == MOOT:
        return FollowUp(
            mail.subject,
            mail.body,
            _("Follow-ups no longer apply: {reason}.").format(reason=follow.reason),
        )
    return mail
