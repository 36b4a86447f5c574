"""A preview built masked shows the case's numbers as the window masks them, on the cover, the
labels and the stamps; a packet that goes out never does, even when asked."""

from __future__ import annotations

import subprocess
from pathlib import Path

from desktop_app.services import applicants, documents, export
from desktop_app.store.casefile import CaseFile
from tests.specimens import pdf_with_text

PASSPORT, APP_ID = "P1234567", "AA00B7QPGN"


def _case(case: CaseFile, tmp_path: Path) -> CaseFile:
    applicants.add_applicant(case, "Maria Santos", application_id=APP_ID, passport_number=PASSPORT)
    documents.add_document(
        case,
        pdf_with_text("employer page 1"),
        original_name="letter.pdf",
        kind="employment_letter",
        title=f"Employer letter, passport {PASSPORT}",
        page_count=1,
    )
    return case


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_a_masked_preview_has_no_full_number_anywhere(case: CaseFile, tmp_path: Path) -> None:
    built = export.export_packet(
        _case(case, tmp_path), tmp_path / "preview.pdf", record=False, masked=True
    )

    text = pdf_text(built.path)
    assert PASSPORT not in text and APP_ID not in text
    assert "passport P1•••567" in text and "AA00•••PGN" in text
    assert "employer page 1" in text  # the documents themselves go in as they are


def test_a_recorded_packet_keeps_its_numbers_even_when_asked_to_mask(
    case: CaseFile, tmp_path: Path
) -> None:
    built = export.export_packet(_case(case, tmp_path), tmp_path / "packet.pdf", masked=True)

    text = pdf_text(built.path)
    assert f"passport {PASSPORT}" in text and APP_ID in text
