"""PDF text layers are read without OCR, and suggestions wait for the user's decision."""

from __future__ import annotations

from desktop_app.services import documents, reading, sample_content
from desktop_app.store.casefile import CaseFile


def test_a_born_digital_slip_is_read_from_its_text_layer(case: CaseFile) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="x.pdf").id

    assert reading.read_documents(case) == 1

    doc = documents.get_document(case, slip)
    assert doc.text_source == "layer"
    assert "Section 221(g)" in documents.get_document_text(case, slip)
    found = {(s.field, s.value): s for s in reading.list_suggestions(case, slip)}
    assert ("kind", "notice_221g") in found
    assert ("identifier", "AA00B7QPGN") in found
    assert doc.kind == "other"


def test_rejecting_leaves_the_document_as_it_was(case: CaseFile) -> None:
    letter = documents.add_document(
        case, sample_content.employment_letter_pdf(), original_name="job.pdf"
    ).id
    reading.read_documents(case)
    [kind] = [s for s in reading.list_suggestions(case, letter) if s.field == "kind"]
    assert kind.value == "employment_letter"

    reading.decide(case, kind.id, accept=False)

    assert documents.get_document(case, letter).kind == "other"
    assert reading.list_suggestions(case, letter)[0].status == "rejected"
    assert reading.read_documents(case) == 0
