"""Mistakes anyone makes get one line on stderr and a non-zero exit, and never cost a file.

The export's outputs are checked before anything is written: not the case file (however it is
spelled), not a document's original, not each other, and each in a folder that exists.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.services import cases, events
from tests.cli.blank_pdfs import blank_pdf
from tests.helpers import run_visacase


@pytest.fixture
def case(run_cli, tmp_path: Path) -> Path:
    path = tmp_path / "c.visacase"
    run_cli("new", path, "--title", "Santos")
    run_cli("add", path, blank_pdf(tmp_path / "job.pdf"), "--kind", "employment_letter")
    return path


def _one_line_error(result, *words: str) -> None:
    assert result.code != 0
    assert result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("visacase: ")
    for word in words:
        assert word in result.err


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes, but the case file's only by name (opening it bumps a counter)."""
    return {
        p.name: b"" if p.suffix == ".visacase" else p.read_bytes()
        for p in folder.iterdir()
        if p.is_file()
    }


@pytest.mark.parametrize(
    ("flags", "words"),
    [
        (["-o", "{case}"], ["the case file itself"]),
        (["-o", "{dir}/./c.visacase"], ["the case file itself"]),
        (["-o", "{dir}/p.pdf", "--checklist", "{case}"], ["the case file itself"]),
        (["-o", "{dir}/p.pdf", "--checklist", "{dir}/p.pdf"], ["named twice"]),
        (["-o", "{dir}/job.pdf"], ["the original of document 1"]),
        (["-o", "{dir}/p.pdf", "--checklist", "{dir}/job.pdf"], ["the original of document 1"]),
        (["-o", "{dir}/c.visacase-wal"], ["the case file itself"]),
        (["-o", "{dir}/missing/p.pdf"], ["does not exist"]),
        (["-o", "{dir}"], ["is a folder"]),
        (["-o", "{dir}/p.pdf", "--options", "{dir}/none.json"], ["no options file"]),
        (["-o", "{dir}/p.pdf", "--options", "{dir}"], ["is a folder"]),
    ],
    ids=[
        "output-is-case",
        "output-is-case-spelled-otherwise",
        "checklist-is-case",
        "checklist-is-output",
        "output-is-a-documents-original",
        "checklist-is-a-documents-original",
        "output-is-the-case-journal",
        "missing-folder",
        "output-is-a-folder",
        "missing-options-file",
        "options-is-a-folder",
    ],
)
def test_a_wrong_output_is_refused_before_anything_is_written(
    run_cli, case: Path, tmp_path: Path, flags: list[str], words: list[str]
) -> None:
    before = _snapshot(tmp_path)
    argv = [f.format(case=case, dir=tmp_path) for f in flags]
    _one_line_error(run_cli("export", case, *argv), *words)
    assert _snapshot(tmp_path) == before
    assert run_cli("check", case).code == 0
    assert "(job.pdf)" in run_cli("list", case).out


def test_another_case_file_is_not_overwritten_by_a_packet(
    run_cli, case: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.pdf"
    cases.create_case(other, "Another case").close()
    before = other.read_bytes()
    _one_line_error(run_cli("export", case, "-o", other), "is a VisaCase case file")
    assert other.read_bytes() == before


def test_a_folder_one_may_not_write_in_is_refused(case: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        done = run_visacase("export", case, "-o", locked / "p.pdf", drop_privileges=True)
    finally:
        locked.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("visacase: ") and done.stderr.count("\n") == 1
    assert "not allowed to write" in done.stderr
    assert list(locked.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ("status", "add", "{case}"),
        ("event", "add", "{case}", "--kind", "note", "--on", "2026-01-02"),
    ],
    ids=["status", "event"],
)
def test_an_unknown_applicant_is_one_line(run_cli, case: Path, argv: tuple[str, ...]) -> None:
    filled = [a.format(case=case) for a in argv]
    result = run_cli(*filled, "--applicant", "999", stdin="Status: Refused\n")
    _one_line_error(result, "no applicant 999")


def test_deadlines_after_a_far_future_date_already_in_the_file(run_cli, case: Path) -> None:
    """Such a date cannot be recorded any more, but an older file may hold one: the deadlines
    still list, without counting from it."""
    with cases.open_case(case) as opened:
        events.record_event(opened, "refusal_221g", dt.date(2026, 3, 2))
    with sqlite3.connect(case) as db:
        db.execute("UPDATE events SET occurred_on = '9999-12-01'")
    result = run_cli("deadlines", case, "--json")
    assert result.code == 0, result.err
    assert "9999" not in result.out and "Traceback" not in result.err


def test_a_new_case_is_exactly_the_file_named(run_cli, tmp_path: Path) -> None:
    name = "case#1 ?copy %41 🇵🇭 ملف\nb.visacase"
    result = run_cli("new", tmp_path / name, "--title", "Odd name")
    assert result.code == 0, result.err
    assert os.listdir(tmp_path) == [name]
    assert run_cli("info", tmp_path / name).out.startswith("Odd name")


def test_a_folder_one_may_not_open_is_refused_and_the_rest_imports(
    case: Path, tmp_path: Path
) -> None:
    drop = tmp_path / "drop"
    (drop / "private").mkdir(parents=True)
    blank_pdf(drop / "letter.pdf", pages=2)  # not the bytes of the case's one-page document
    (drop / "private").chmod(0o000)
    try:
        done = run_visacase("add", case, drop, drop_privileges=True)
    finally:
        (drop / "private").chmod(0o755)
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        f"{drop / 'letter.pdf'}: added (document 2)",
        f"{drop / 'private'}: refused — this folder cannot be opened",
    ]


def test_an_unknown_kind_is_refused_before_anything_is_imported(run_cli, case: Path) -> None:
    bank = blank_pdf(case.with_name("bank.pdf"), pages=3)
    result = run_cli("add", case, bank, "--kind", "bank_statment")
    _one_line_error(result, "Unknown kind 'bank_statment'")
    assert "bank.pdf" not in run_cli("list", case).out


TOO_LARGE = "99999999999999999999999"  # more than any case can count


@pytest.mark.parametrize(
    "argv",
    [
        ("remove", "{case}", TOO_LARGE),
        ("request", "link", "{case}", TOO_LARGE, "1"),
        ("suggestion", "accept", "{case}", TOO_LARGE),
        ("status", "add", "{case}", "--applicant", TOO_LARGE),
        ("export", "{case}", "-o", "{folder}/p.pdf", "--documents", TOO_LARGE),
    ],
    ids=["remove", "request link", "suggestion", "status", "documents"],
)
def test_a_number_no_case_can_hold_is_said_by_the_parser_not_a_traceback(
    run_cli, case: Path, tmp_path: Path, argv: tuple[str, ...]
) -> None:
    argv = tuple(a.format(case=case, folder=tmp_path) for a in argv)

    result = run_cli(*argv)

    assert result.code == 2
    assert result.out == ""
    last = result.err.strip().splitlines()[-1]
    assert last.startswith("visacase ") and TOO_LARGE in last, last
    assert "Traceback" not in result.err
    assert run_cli("list", case).code == 0


@pytest.mark.parametrize(
    "options",
    ['{"max_mb": 1e400}', '{"max_mb": "inf"}', "[" * 100_000],
    ids=["1e400", "inf", "deep"],
)
def test_an_options_file_no_one_could_mean_is_one_line(
    run_cli, case: Path, tmp_path: Path, options: str
) -> None:
    path = tmp_path / "options.json"
    path.write_text(options)

    result = run_cli("export", case, "-o", tmp_path / "p.pdf", "--options", path)

    _one_line_error(result)
    assert not (tmp_path / "p.pdf").exists()


def test_a_document_damaged_in_the_case_file_stops_the_export(
    run_cli, case: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(case) as db:  # one byte of the stored PDF changed on the disk
        db.execute("UPDATE blob_chunks SET data = CAST(replace(data, 'Page', 'Pagf') AS BLOB)")

    result = run_cli("export", case, "-o", tmp_path / "p.pdf")

    _one_line_error(result, "is damaged inside the case file")
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("ids", [("999",), ("1", "999")], ids=["alone", "beside one that is"])
def test_a_document_id_the_case_does_not_have_is_named_not_ignored(
    run_cli, case: Path, tmp_path: Path, ids: tuple[str, ...]
) -> None:
    result = run_cli("export", case, "-o", tmp_path / "p.pdf", "--documents", *ids)

    _one_line_error(result, "There is no document 999 in this case.")
    assert not (tmp_path / "p.pdf").exists()


def test_a_case_file_one_may_not_change_is_said_as_such_when_exporting(
    case: Path, tmp_path: Path
) -> None:
    case.chmod(0o444)
    try:
        done = run_visacase("export", case, "-o", tmp_path / "p.pdf", drop_privileges=True)
    finally:
        case.chmod(0o644)

    assert done.returncode != 0, done.stderr
    assert done.stderr.startswith("visacase: ") and done.stderr.count("\n") == 1
    assert "You are not allowed to change c.visacase" in done.stderr
    assert "other VisaCase window" not in done.stderr
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize(
    ("budget", "said"),
    [("inf", "not inf"), ("nan", "not nan"), ("0", "under 0.2 MB"), ("-3", "under 0.2 MB")],
)
def test_a_size_budget_no_packet_can_have_is_one_line(
    run_cli, case: Path, tmp_path: Path, budget: str, said: str
) -> None:
    result = run_cli("export", case, "-o", tmp_path / "p.pdf", "--max-mb", budget)

    _one_line_error(result, said)
    assert not (tmp_path / "p.pdf").exists()
