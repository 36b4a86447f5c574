"""``visacase export``: options as flags or a JSON file, pre-flight, parts and the checklist."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pikepdf
import pytest

from tests.cli.blank_pdfs import blank_pdf


@pytest.fixture
def case(run_cli, tmp_path: Path) -> Path:
    path = tmp_path / "c.visacase"
    run_cli("new", path, "--title", "Santos")
    run_cli("add", path, blank_pdf(tmp_path / "job.pdf"), "--kind", "employment_letter")
    run_cli("add", path, blank_pdf(tmp_path / "bank.pdf", 2), "--kind", "bank_statement")
    return path


def _first_page_text(path: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_order_labels_and_bates_from_flags(run_cli, case: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.pdf"
    result = run_cli(
        "export", case, "-o", out, "--order", "2", "1", "--label", "2=Statements from BPI",
        "--bates", "SANTOS-", "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["pages"] == 7 and data["parts"][0]["path"] == str(out)
    tab = _first_page_text(out, 3)
    assert "A — BANK STATEMENTS" in tab and "Statements from BPI" in tab
    assert "SANTOS-000007" in _first_page_text(out, 7)


def test_an_options_file_and_the_checklist(run_cli, case: Path, tmp_path: Path) -> None:
    options = tmp_path / "options.json"
    options.write_text('{"paper": "a4", "duplex": true, "labels": {"1": "Job letter"}}')
    result = run_cli(
        "export", case, "-o", tmp_path / "p.pdf", "--options", options,
        "--checklist", tmp_path / "check.pdf",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "wrote checklist" in result.out
    assert "Job letter" in _first_page_text(tmp_path / "check.pdf", 1)
    with pikepdf.open(tmp_path / "p.pdf") as pdf:
        assert [round(float(v)) for v in pdf.pages[0].mediabox] == [0, 0, 595, 842]


def test_preflight_prints_findings_and_builds_nothing(run_cli, case: Path, tmp_path: Path) -> None:
    run_cli("request", "add", case, "--code", "police_certificate")
    result = run_cli("export", case, "--preflight")
    assert result.code == 0, result.err
    assert "warning: Requested item with no document: Police certificate." in result.out
    assert "warning: Undated documents" in result.out
    assert not list(tmp_path.glob("*.pdf.part"))


def test_a_bad_label_is_one_line_and_exit_2(run_cli, case: Path, tmp_path: Path) -> None:
    result = run_cli("export", case, "-o", tmp_path / "p.pdf", "--label", "nonsense")
    assert result.code == 2
    assert result.err.strip().count("\n") == 0 and "DOCUMENT_ID=TEXT" in result.err
