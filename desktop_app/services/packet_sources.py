"""The case's documents as the packet plan sees them: labelled by what they are.

Each document becomes a ``SourceDocument`` whose title is its packet label — the title the user
typed, or one made from its kind, applicant and date (``domain.document_labels``), so a file name
never reaches the index, the tab pages, the stamps or the collation checklist. A document that
names no applicant belongs to the principal applicant: a one-person case rarely says so, and the
officer still wants the name on every page.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain import document_kinds
from desktop_app.domain.date_reading import find_dates
from desktop_app.domain.document_labels import PERIOD_KINDS, packet_label, period_of
from desktop_app.domain.packet_plan import SourceDocument
from desktop_app.services import applicants, documents
from desktop_app.services.documents import DocumentView
from desktop_app.store.casefile import CaseFile

STATEMENT_SPAN = dt.timedelta(days=400)
"""Dates further back than this from a statement's own date are not its period (a birth date,
an account opened years ago)."""


def packet_sources(case: CaseFile, docs: list[DocumentView]) -> list[SourceDocument]:
    people = {p.id: p for p in applicants.list_applicants(case)}
    principal = next((p for p in people.values() if p.role == "principal"), None)
    texts = documents.document_texts(case, [d.id for d in docs if d.kind in PERIOD_KINDS])
    sources = []
    for d in docs:
        person = people.get(d.applicant_id) if d.applicant_id is not None else principal
        name = person.name if person else ""
        sources.append(
            SourceDocument(
                id=d.id,
                title=packet_label(
                    d.title,
                    d.original_name,
                    document_kinds.label(d.kind),
                    name,
                    d.document_date,
                    _period(d, texts.get(d.id, "")),
                ),
                kind=d.kind,
                kind_label=document_kinds.section_title(d.kind),
                pages=max(d.page_count, 1),
                applicant=name,
                principal=person is None or person.role == "principal",
                translation_of=d.translation_of_id,
                reference=(person.application_id or person.case_number or "") if person else "",
                attached_to=d.parent_id,
            )
        )
    return sources


def _period(doc: DocumentView, text: str) -> tuple[dt.date, dt.date] | None:
    """The months a statement's ``text`` covers, up to its own date."""
    if doc.kind not in PERIOD_KINDS:
        return None
    dates = [f.date for f in find_dates(text)]
    last = doc.document_date or max(dates, default=None)
    if last is None:
        return None
    return period_of(d for d in dates if last - STATEMENT_SPAN <= d <= last)
