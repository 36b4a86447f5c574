"""``visacase import``: one line per file — imported with what it seems to be, a duplicate, or
refused with a reason — and an exit status a script can trust."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.ingest import ocr
from desktop_app.services import sample_content
from tests.ingest import samples


def _case(run_cli, tmp_path: Path) -> Path:
    case = tmp_path / "c.visacase"
    assert run_cli("new", case, "--title", "Santos").code == 0
    return case


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-slip.pdf").write_bytes(sample_content.slip_221g_pdf())
    (inbox / "b-empty.pdf").write_bytes(b"")
    (inbox / "c-photo.heic").write_bytes(samples.picture("HEIF", orientation=6))
    mail = samples.email(attachments=(("cv.docx", b"PK\x03\x04 x"),))
    (inbox / "d-mail.eml").write_bytes(bytes(mail))
    return inbox


def test_each_file_gets_one_line_saying_what_became_of_it(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    inbox = _inbox(tmp_path)

    result = run_cli("import", case, inbox)

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"imported {inbox / 'a-slip.pdf'} (kind suggested: 221(g) notice, 1 page, text found)",
        f"refused {inbox / 'b-empty.pdf'}: this file is empty",
        f"imported {inbox / 'c-photo.heic'} (kind suggested: none, 1 page, no text)"
        " — converted from HEIC to JPEG",
        f"imported {inbox / 'd-mail.eml'} (consulate email, 0 attachments, text found)",
        "refused cv.docx in d-mail.eml: this looks like a damaged ZIP archive (or Word/Excel "
        "file); save it as PDF first",
    ]
    assert run_cli("check", case).code == 0


def test_json_gives_the_same_facts_for_scripts(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    inbox = _inbox(tmp_path)

    answer = json.loads(run_cli("import", case, inbox, "--json").out)

    by_name = {(f["inside"], Path(f["file"]).name): f for f in answer["files"]}
    slip = by_name[(None, "a-slip.pdf")]
    assert (slip["status"], slip["kind_suggested"], slip["pages"], slip["text_found"]) == (
        "added",
        "notice_221g",
        1,
        True,
    )
    assert by_name[("d-mail.eml", "cv.docx")]["status"] == "refused"
    assert by_name[(None, "c-photo.heic")]["media_type"] == "image/jpeg"
    assert (answer["ocr_missing"] is None) == ocr.available()


def test_importing_the_same_files_again_reports_duplicates_and_succeeds(
    run_cli, tmp_path: Path
) -> None:
    case = _case(run_cli, tmp_path)
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(sample_content.slip_221g_pdf())
    run_cli("import", case, slip)

    again = run_cli("import", case, slip)

    assert (again.code, again.out) == (0, f"duplicate {slip}: already in the case as document 1\n")


def test_nothing_imported_is_exit_status_2(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    (tmp_path / "nothing here").mkdir()

    assert run_cli("import", case, empty).code == 2
    nothing = run_cli("import", case, tmp_path / "nothing here")
    assert (nothing.code, nothing.out) == (2, "nothing to import: no files were found\n")


def test_missing_text_recognition_is_said_once_after_the_lines(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    case = _case(run_cli, tmp_path)
    for name in ("one.jpg", "two.webp"):
        (tmp_path / name).write_bytes(samples.picture("WEBP" if "webp" in name else "JPEG"))

    lines = run_cli("import", case, tmp_path / "one.jpg", tmp_path / "two.webp").out.splitlines()

    assert len(lines) == 3
    assert lines[-1] == (
        "text recognition (Tesseract) is not installed, so 2 scan(s) and photo(s) were imported "
        "without their text; install it and run 'visacase read' to read them"
    )


def test_help_documents_the_exit_statuses(run_cli) -> None:
    result = run_cli("import", "--help")
    assert "exit status:" in result.out
    assert "2  nothing was imported" in result.out


def test_a_case_that_cannot_be_opened_is_one_line_and_status_2(run_cli, tmp_path: Path) -> None:
    result = run_cli("import", tmp_path / "missing.visacase", tmp_path)
    assert result.code == 2
    assert result.err.count("\n") == 1
