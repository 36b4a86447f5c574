"""The cover an officer checks against the slip, read back from the built packet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.services import applicants, documents, export, notices
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import pdf_bytes, text_pages


def test_the_cover_gives_the_slip_the_applicants_and_where_each_item_is(
    filled: CaseFile, tmp_path: Path
) -> None:
    [maria] = applicants.list_applicants(filled)
    applicants.update_applicant(filled, maria.id, passport_number="P4821937A")
    applicants.add_applicant(filled, "Daniel Santos", role="dependent", case_number="MNL2026")
    notices.record_notice(filled, notice_date=dt.date(2026, 8, 18), colour="yellow")
    bank = documents.add_document(
        filled, pdf_bytes(3), original_name="bank.pdf", kind="bank_statement", page_count=3
    ).id
    statements = notices.add_requested_item(filled, code="bank_statements")
    notices.link_document(filled, statements, bank)
    notices.add_requested_item(filled, code="police_certificate")

    target = tmp_path / "packet.pdf"
    export.export_packet(filled, target)
    pages = text_pages(target)
    cover = " ".join(pages[0].split())

    plan = export.plan_for(filled)
    [entry] = [e for e in plan.documents() if e.document_id == bank]
    letter = next(s.letter for s in plan.sections if any(e == entry for e in s.documents))
    assert f"Bank statements: {letter} — pages {entry.first}–{entry.last}" in cover
    assert "Police certificate: not enclosed" in cover
    assert "221(g) slip: dated 18 Aug 2026 (yellow)" in cover
    assert "Maria Santos (principal) — application ID AA00B7QPGN — passport P4821937A" in cover
    assert "Daniel Santos (dependent) — case number MNL2026" in cover
    for n, page in enumerate(pages, start=1):
        assert "Maria Santos" in page, f"page {n} names nobody"
