"""The documents as the packet plan sees them: labelled from kind, applicant and dates."""

from __future__ import annotations

import datetime as dt

from desktop_app.services import applicants, documents
from desktop_app.services.packet_sources import packet_sources
from desktop_app.store.casefile import CaseFile

STATEMENT = (
    "Account holder Maria L. Santos, born 12/04/1988\n"
    "Statement period 01 Aug 2025 to 31 Oct 2025\n"
    "15 Sep 2025 salary credit\n"
)


def test_file_names_give_way_to_what_the_document_is(case: CaseFile) -> None:
    maria = applicants.add_applicant(case, "Maria L. Santos", application_id="AA00B7QPGN")
    bank = documents.add_document(
        case,
        b"%PDF-1.4 bank",
        original_name="bank_statement.pdf",
        kind="bank_statement",
        text=STATEMENT,
        document_date=dt.date(2025, 10, 31),
    ).id
    job = documents.add_document(
        case,
        b"%PDF-1.4 job",
        original_name="IMG_2041.pdf",
        kind="employment_letter",
        applicant_id=maria,
        document_date=dt.date(2025, 3, 12),
    ).id
    typed = documents.add_document(
        case, b"%PDF-1.4 cv", original_name="photo_resume.pdf", kind="cv", title="CV, 2025"
    ).id

    sources = {s.id: s for s in packet_sources(case, documents.list_documents(case))}

    assert sources[bank].title == "Bank statement — Maria L. Santos — Aug to Oct 2025"
    assert sources[job].title == "Employment letter — Maria L. Santos — 12 Mar 2025"
    assert sources[typed].title == "CV, 2025"
    assert (sources[bank].applicant, sources[bank].reference) == ("Maria L. Santos", "AA00B7QPGN")
