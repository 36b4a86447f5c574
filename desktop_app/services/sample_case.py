"""The sample case: a realistic, entirely fictional 221(g) case to explore the app with.

A family of two at the U.S. Embassy Manila: the mother's B1/B2 application got a 221(g) slip asking
for three documents, her son's was refused too; CEAC showed the long "Refused" text, the documents
went in, the consulate confirmed by email. It is built from code, so it always matches the current
schema, and the user gets a private copy to play with (the bundled one is never changed).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from desktop_app.services import (
    applicants,
    cases,
    documents,
    events,
    notices,
)
from desktop_app.store.casefile import CaseFile

SAMPLE_NAME = "Sample case - Santos family.visacase"
LONG_REFUSED = (
    "Refused\n"
    "A U.S. consular officer has adjudicated and refused your visa application. Please follow "
    "any instructions provided by the consular officer. If you were informed by the consular "
    "officer that your case was refused for administrative processing, your case will remain "
    "refused while undergoing such processing. You will receive another adjudication once such "
    "processing is complete. Please see the webpage for the U.S. Embassy or Consulate where you "
    "applied for more information.\nU.S. Embassy Manila"
)

SAMPLE_DOCUMENTS = (  # each made by the function of that name in sample_content
    (
        "slip_221g_pdf",
        "221g-slip.pdf",
        "notice_221g",
        "221(g) refusal slip",
        dt.date(2026, 8, 18),
        1,
    ),
    (
        "employment_letter_pdf",
        "employment-letter.pdf",
        "employment_letter",
        "Employment letter — Harbourview Logistics",
        dt.date(2026, 9, 2),
        1,
    ),
    (
        "bank_statement_pdf",
        "bank-statements-mar-aug.pdf",
        "bank_statement",
        "Bank statements March–August 2026",
        dt.date(2026, 8, 31),
        6,
    ),
    (
        "marriage_certificate_jpeg",
        "marriage-certificate.jpg",
        "civil_document",
        "Marriage certificate (PSA copy)",
        dt.date(2015, 2, 14),
        1,
    ),
    (
        "consulate_email",
        "documents-received.eml",
        "consulate_email",
        "Consulate: documents received",
        dt.date(2026, 9, 9),
        0,
    ),
)


def user_data_dir() -> Path:
    """Where VisaCase keeps its own files (never the user's documents)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "VisaCase"


def sample_case_path() -> Path:
    """The user's own copy of the sample case, built the first time it is asked for."""
    path = user_data_dir() / SAMPLE_NAME
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".part")
        partial.unlink(missing_ok=True)
        build_sample_case(partial).close()
        partial.replace(path)
    return path


def build_sample_case(path: Path) -> CaseFile:
    """Create the sample case at ``path`` and return it open."""
    from desktop_app.services import sample_content  # reportlab and Pillow: only to build it

    case = cases.create_case(
        path,
        "Santos family — B1/B2",
        post=sample_content.POST,
        visa_class="B1/B2",
        refusal_type="221g",
    )
    maria = applicants.add_applicant(
        case,
        "Maria L. Santos",
        visa_class="B1/B2",
        application_id="AA00B7QPGN",
        passport_number="P4821937A",
        date_of_birth=dt.date(1988, 4, 12),
    )
    daniel = applicants.add_applicant(
        case,
        "Daniel R. Santos",
        role="dependent",
        visa_class="B1/B2",
        application_id="AA00C2XK4M",
        passport_number="P5530172B",
        date_of_birth=dt.date(2014, 9, 30),
    )
    added = {
        kind: documents.add_document(
            case,
            getattr(sample_content, make)(),
            original_name=name,
            kind=kind,
            title=title,
            document_date=date,
            applicant_id=maria,
            page_count=pages,
        ).id
        for make, name, kind, title, date, pages in SAMPLE_DOCUMENTS
    }
    slip, email = added["notice_221g"], added["consulate_email"]
    notice = notices.record_notice(
        case,
        notice_date=dt.date(2026, 8, 18),
        colour="yellow",
        channel="vac_dropoff",
        applicant_id=maria,
        document_id=slip,
    )
    for code, document_kind in (
        ("employment_letter", "employment_letter"),
        ("bank_statements", "bank_statement"),
        ("marriage_certificate", "civil_document"),
    ):
        item = notices.add_requested_item(case, code=code, notice_id=notice, applicant_id=maria)
        notices.link_document(case, item, added[document_kind])

    for applicant in (maria, daniel):
        events.record_event(
            case,
            "interview",
            dt.date(2026, 8, 18),
            applicant_id=applicant,
            note="Interview at the embassy; 221(g) slip handed over.",
        )
        events.record_event(
            case, "refusal_221g", dt.date(2026, 8, 18), applicant_id=applicant, document_id=slip
        )
    for applicant, application_id in ((maria, "AA00B7QPGN"), (daniel, "AA00C2XK4M")):
        events.record_event(
            case,
            "ceac_status",
            dt.date(2026, 8, 19),
            applicant_id=applicant,
            payload={
                "status": "Refused",
                "variant": "administrative_processing",
                "application_id": application_id,
                "text": LONG_REFUSED,
            },
        )
    events.record_event(
        case,
        "documents_submitted",
        dt.date(2026, 9, 2),
        applicant_id=maria,
        note="Dropped off at the visa application center, slip on top.",
    )
    notices.mark_submitted(case, dt.date(2026, 9, 2))
    events.record_event(
        case,
        "email_received",
        dt.date(2026, 9, 9),
        applicant_id=maria,
        document_id=email,
        note="Documents received; administrative processing.",
    )
    events.record_event(
        case,
        "ceac_status",
        dt.date(2026, 10, 5),
        applicant_id=maria,
        payload={
            "status": "Refused",
            "variant": "administrative_processing",
            "application_id": "AA00B7QPGN",
            "case_last_updated": "2026-10-05",
            "text": LONG_REFUSED,
        },
    )
    from desktop_app.services import reading  # text recognition: only to build the sample

    reading.read_documents(case)
    return case
