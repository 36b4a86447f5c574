"""``visacase export --exclude``, ``--no-cover/--no-index/--no-tabs`` and the saved settings."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.services import cases
from desktop_app.services.packet_settings import save_packet_settings
from tests.cli.blank_pdfs import blank_pdf


@pytest.fixture
def case(run_cli, tmp_path: Path) -> Path:
    """Document 1 a job letter, 2 a bank statement answering requested item 1, 3 an email."""
    path = tmp_path / "c.visacase"
    run_cli("new", path, "--title", "Santos")
    run_cli("add", path, blank_pdf(tmp_path / "job.pdf"), "--kind", "employment_letter")
    run_cli("add", path, blank_pdf(tmp_path / "bank.pdf", 2), "--kind", "bank_statement")
    run_cli("add", path, blank_pdf(tmp_path / "email.pdf"), "--kind", "instructions")
    run_cli("request", "add", path, "--code", "bank_statements")
    run_cli("request", "link", path, "1", "2")
    return path


def _text(path: Path) -> str:
    args = ["pdftotext", "-layout", str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def test_excluded_documents_stay_out_of_the_packet(run_cli, case: Path, tmp_path: Path) -> None:
    whole, less = tmp_path / "whole.pdf", tmp_path / "less.pdf"
    assert run_cli("export", case, "-o", whole).code == 0
    result = run_cli("export", case, "-o", less, "--exclude", "3")
    assert result.code == 0, result.err
    assert "INSTRUCTIONS" in _text(whole).upper()
    assert "INSTRUCTIONS" not in _text(less).upper()
    assert _pages(less) == _pages(whole) - 2  # its tab page and its page


def test_preflight_says_when_a_left_out_document_answers_a_requested_item(
    run_cli, case: Path
) -> None:
    result = run_cli("export", case, "--preflight", "--exclude", "2", "--exclude", "3")
    assert result.code == 0, result.err
    assert "answers the requested item “Bank statements” but is left out" in result.out
    assert "nothing else in the packet answers it" in result.out


def test_excluding_a_document_that_is_not_there_is_one_line(run_cli, case: Path) -> None:
    result = run_cli("export", case, "--preflight", "--exclude", "99")
    assert result.code != 0
    assert result.err.strip() == "visacase: There is no document 99 in this case to leave out."


def test_the_packets_own_pages_can_each_be_left_out(run_cli, case: Path, tmp_path: Path) -> None:
    whole, bare = tmp_path / "whole.pdf", tmp_path / "bare.pdf"
    run_cli("export", case, "-o", whole)
    result = run_cli("export", case, "-o", bare, "--no-cover", "--no-index", "--no-tabs")
    assert result.code == 0, result.err
    text = _text(bare)
    assert "COVER SHEET" not in text and "INDEX" not in text
    assert _pages(bare) == 4  # the documents' own pages only
    assert _pages(whole) == 4 + 1 + 1 + 3


def test_export_uses_the_packet_settings_saved_in_the_case_unless_told_otherwise(
    run_cli, case: Path, tmp_path: Path
) -> None:
    opened = cases.open_case(case)
    save_packet_settings(opened, PacketOptions(paper="a4", excluded=(3,)), checklist=True)
    opened.close()

    saved, fresh = tmp_path / "saved.pdf", tmp_path / "fresh.pdf"
    assert run_cli("export", case, "-o", saved).code == 0
    assert run_cli("export", case, "-o", fresh, "--defaults").code == 0
    with pikepdf.open(saved) as pdf:
        assert [round(float(v)) for v in pdf.pages[0].mediabox[2:]] == [595, 842]
    assert "INSTRUCTIONS" not in _text(saved).upper()
    assert (tmp_path / "saved-checklist.pdf").exists()
    assert "INSTRUCTIONS" in _text(fresh).upper()
    assert not (tmp_path / "fresh-checklist.pdf").exists()
    flagged = tmp_path / "flagged.pdf"
    assert run_cli("export", case, "-o", flagged, "--paper", "letter").code == 0
    with pikepdf.open(flagged) as pdf:
        assert [round(float(v)) for v in pdf.pages[0].mediabox[2:]] == [612, 792]
