"""What the cover sheet says, gathered from the case: the facts an officer checks against the slip.

Post, visa class, the slip's date and colour, each applicant with the identifiers the post files
them under (application ID or case number, passport number), and each requested item with the
documents that answer it; the cover itself (``packet.pages``) locates those documents in the plan.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.document_labels import describe_date
from desktop_app.domain.packet_cover import RequestedDocument
from desktop_app.packet.pages import CoverFacts
from desktop_app.services import applicants, cases, notices, workbook
from desktop_app.services.applicants import ApplicantView
from desktop_app.services.documents import DocumentView
from desktop_app.store.casefile import CaseFile


def cover_facts(
    case: CaseFile, docs: list[DocumentView], today: dt.date | None = None
) -> CoverFacts:
    """The cover's facts for a packet of ``docs``, submitted ``today``."""
    info = cases.get_case_info(case)
    return CoverFacts(
        title=info.title,
        post=info.post or "",
        visa_class=info.visa_class or "",
        submitted_on=describe_date(today or dt.date.today()),
        applicants=tuple(applicant_line(p) for p in applicants.list_applicants(case)),
        requested=tuple(
            RequestedDocument(i.label, i.document_ids, i.reason)
            for i in notices.list_requested_items(case)
        ),
        refusal_type=info.refusal_type,
        changes=tuple(c.text for c in workbook.list_changes(case))
        if info.refusal_type == "214b"
        else (),
        slip=_slip(case),
        enclosed=frozenset(d.id for d in docs),
    )


def applicant_line(person: ApplicantView) -> str:
    """``Maria L. Santos (principal) — application ID AA00B7QPGN — passport P1234567A``."""
    parts = [f"{person.name} ({person.role})"]
    if person.application_id:
        parts.append(f"application ID {person.application_id}")
    elif person.case_number:
        parts.append(f"case number {person.case_number}")
    if person.passport_number:
        parts.append(f"passport {person.passport_number}")
    return " — ".join(parts)


def _slip(case: CaseFile) -> str:
    slip = next((n for n in notices.list_notices(case) if n.refusal_type == "221g"), None)
    if slip is None or slip.notice_date is None:
        return ""
    colour = f" ({slip.colour})" if slip.colour else ""
    return f"dated {describe_date(slip.notice_date)}{colour}"
