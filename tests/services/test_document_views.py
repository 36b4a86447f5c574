"""``visacase list`` reads a case's documents with sqlite3 alone: the very views the full
opening gives, or None where only the full opening will do."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from desktop_app.services import applicants, cases, documents
from desktop_app.services.document_views import documents_at
from desktop_app.store import schema_version
from tests.ingest import samples


def test_the_quick_look_sees_what_the_full_opening_sees(tmp_path: Path) -> None:
    path = tmp_path / "full.visacase"
    case = cases.create_case(path, "Ana Reyes")
    person = applicants.add_applicant(case, "Ana Reyes")
    letter = documents.add_document(
        case,
        samples.pdf(2),
        original_name="letter.pdf",
        kind="employment_letter",
        page_count=2,
        document_date=dt.date(2026, 3, 31),
        applicant_id=person,
    )
    documents.add_document(case, b"%PDF-1.4 slip", original_name="slip.pdf", parent_id=letter.id)
    documents.update_document(case, letter.id, received_date=dt.date(2026, 4, 2))
    full = documents.list_documents(case)
    case.close()

    assert documents_at(path) == full
    assert len(full) == 2


def test_a_case_at_an_older_schema_is_left_to_the_full_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.visacase"
    cases.create_case(path, "Old").close()
    older = next(r for r in schema_version.known_revisions() if r != schema_version.head_revision())
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (older,))
    conn.close()

    assert documents_at(path) is None
