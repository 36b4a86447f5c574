"""What an accepted suggestion fills in: nothing changes in the case until the user accepts.

- a kind becomes the document's kind; a 221(g) notice also gets its notice record;
- a date becomes the document's date, and on a 221(g) notice the notice date, which starts the
  one-year deadline clock;
- a requested item joins the notice's checklist (once per kind of item);
- an application ID, case number or passport number fills the applicant's empty field — the
  document's applicant, else the principal — and never overwrites what the user typed.

``apply`` calls several services; ``reading.decide`` runs it inside one ``CaseFile.action()``
with the suggestion's new status, so a failure halfway leaves the case as it was.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain import identifiers
from desktop_app.domain.date_reading import range_problem
from desktop_app.domain.requests import COMMON_ITEMS
from desktop_app.errors import InvalidInputError
from desktop_app.messages import _
from desktop_app.services import applicants, documents, notices
from desktop_app.store.casefile import CaseFile

NOTICE_KIND = "notice_221g"


def check(field: str, value: str) -> None:
    """Refuse a corrected value that could not fill its field."""
    if field == "document_date":
        try:
            problem = range_problem(dt.date.fromisoformat(value))
        except ValueError:
            raise InvalidInputError(
                _("{value} is not a date like 2024-03-31.").format(value=repr(value))
            ) from None
        if problem:
            raise InvalidInputError(problem)
    elif field == "requested_item" and value not in COMMON_ITEMS:
        raise InvalidInputError(
            _("Unknown item {code}; use one of {codes}.").format(
                code=repr(value), codes=", ".join(COMMON_ITEMS)
            )
        )
    elif field == "identifier" and not (
        identifiers.is_application_id(value) or identifiers.is_case_number(value)
    ):
        raise InvalidInputError(identifiers.problem_with_case_id(value) or _("Not an identifier."))
    elif field == "passport_number" and not identifiers.is_passport_number(value):
        raise InvalidInputError(_("A passport number is 6 to 12 letters or digits."))


def apply(case: CaseFile, document_id: int, field: str, value: str, evidence: str) -> None:
    doc = documents.get_document(case, document_id)
    if field == "kind":
        documents.update_document(case, document_id, kind=value)
        if value == NOTICE_KIND:
            notice_id = notices.notice_for_document(case, document_id)
            notice = next(n for n in notices.list_notices(case) if n.id == notice_id)
            if notice.notice_date is None and doc.document_date is not None:
                notices.set_notice_date(case, notice_id, doc.document_date)
    elif field == "document_date":
        date = dt.date.fromisoformat(value)
        documents.update_document(case, document_id, document_date=date)
        if doc.kind == NOTICE_KIND:
            notices.set_notice_date(case, notices.notice_for_document(case, document_id), date)
    elif field == "requested_item":
        _request(case, doc, value, evidence)
    elif field in {"identifier", "passport_number"}:
        _fill_applicant(case, doc.applicant_id, _applicant_field(field, value), value)


def _request(case: CaseFile, doc: documents.DocumentView, code: str, line: str) -> None:
    """Add the item unless the checklist has it (an "other" item: unless it has those words)."""
    already = {
        (i.code, i.detail if i.code == "other" else "") for i in notices.list_requested_items(case)
    }
    if (code, line if code == "other" else "") in already:
        return
    notice_id = notices.notice_for_document(case, doc.id) if doc.kind == NOTICE_KIND else None
    notices.add_requested_item(
        case,
        code=code,
        label=line if code == "other" else None,
        detail=line,
        notice_id=notice_id,
        applicant_id=doc.applicant_id,
    )


def _applicant_field(field: str, value: str) -> str:
    if field == "passport_number":
        return "passport_number"
    return "application_id" if identifiers.is_application_id(value) else "case_number"


def _fill_applicant(case: CaseFile, applicant_id: int | None, field: str, value: str) -> None:
    people = applicants.list_applicants(case)
    person = next((p for p in people if p.id == applicant_id), people[0] if people else None)
    if person is not None and not getattr(person, field):
        applicants.update_applicant(case, person.id, **{field: identifiers.normalise(value)})
