"""The case-file commands, as a script or a person would use them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import passphrase
from desktop_app.store.connection import encryption_available
from tests.ingest import samples


def _new(run_cli, tmp_path: Path) -> Path:
    path = tmp_path / "x.visacase"
    assert run_cli("new", path, "--title", "Ana Reyes", "--post", "Manila").code == 0
    return path


def test_new_add_list_check_round_trip(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    (tmp_path / "a.pdf").write_bytes(samples.pdf(2))
    (tmp_path / "b.jpg").write_bytes(samples.picture("JPEG"))

    added = run_cli("add", path, tmp_path / "a.pdf", tmp_path / "b.jpg", "--json")
    again = run_cli("add", path, tmp_path / "a.pdf", "--json")
    listed = run_cli("list", path, "--json")
    checked = run_cli("check", path)

    assert added.code == 0
    assert [r["status"] for r in json.loads(added.out)] == ["added", "added"]
    assert json.loads(again.out)[0]["status"] == "already in the case"
    docs = json.loads(listed.out)
    assert [(d["original_name"], d["media_type"], d["page_count"]) for d in docs] == [
        ("a.pdf", "application/pdf", 2),
        ("b.jpg", "image/jpeg", 1),
    ]
    assert (checked.code, checked.out.strip()) == (0, "x.visacase: OK")


def test_info_shows_the_case_and_its_applicants(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    run_cli(
        "applicant", path, "Ana Reyes", "--application-id", "AA00B7QPGN", "--born", "1990-02-03"
    )
    run_cli("applicant", path, "Luis Reyes", "--role", "dependent")

    info = json.loads(run_cli("info", path, "--json").out)

    assert info["case"]["title"] == "Ana Reyes"
    assert info["case"]["post"] == "Manila"
    assert [(a["name"], a["role"]) for a in info["applicants"]] == [
        ("Ana Reyes", "principal"),
        ("Luis Reyes", "dependent"),
    ]
    assert info["applicants"][0]["date_of_birth"] == "1990-02-03"


def test_a_garbage_case_file_gives_one_line_and_a_failure_code(run_cli, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.visacase"
    garbage.write_bytes(b"this is not a database at all" * 10)

    for command in (["list"], ["info"], ["check"], ["add"]):
        argv = [*command, garbage] + ([garbage] if command == ["add"] else [])
        result = run_cli(*argv)
        assert result.code != 0
        assert result.out == ""
        assert result.err.count("\n") == 1
        assert result.err.startswith("visacase: garbage.visacase is not a VisaCase case file")


def test_a_missing_case_file_gives_one_line(run_cli, tmp_path: Path) -> None:
    result = run_cli("list", tmp_path / "nope.visacase")
    assert result.code != 0
    assert result.err == f"visacase: There is no case file at {tmp_path / 'nope.visacase'}.\n"


def test_add_checks_files_as_import_does_and_keeps_the_good_ones(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    (tmp_path / "real.pdf").write_bytes(samples.pdf(1))
    (tmp_path / "fake.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "notes.docx").write_bytes(b"")

    result = run_cli(
        "add", path, tmp_path / "ghost.pdf", tmp_path / "fake.pdf", tmp_path / "notes.docx",
        tmp_path / "real.pdf", "--kind", "employment_letter", "--json",
    )  # fmt: skip

    assert result.code == 1
    assert [(r["status"], r.get("reason")) for r in json.loads(result.out)] == [
        ("refused", "it cannot be read (No such file or directory)"),
        ("refused", "this PDF is damaged or incomplete"),
        ("refused", "this file is empty"),
        ("added", None),
    ]
    [doc] = json.loads(run_cli("list", path, "--json").out)
    assert (doc["original_name"], doc["kind"]) == ("real.pdf", "employment_letter")
    assert run_cli("check", path).code == 0


def test_add_takes_an_email_with_its_attachment_as_import_does(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    mail = samples.email(attachments=(("slip.pdf", samples.pdf(1)),))
    (tmp_path / "consulate.eml").write_bytes(mail.as_bytes())

    result = run_cli("add", path, tmp_path / "consulate.eml", "--json")

    assert [r["file"] for r in json.loads(result.out)] == [str(tmp_path / "consulate.eml")]
    docs = json.loads(run_cli("list", path, "--json").out)
    assert [(d["original_name"], d["kind"]) for d in docs] == [
        ("consulate.eml", "consulate_email"),
        ("slip.pdf", "other"),
    ]


def test_new_refuses_to_overwrite(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    result = run_cli("new", path, "--title", "Again")
    assert result.code != 0
    assert "already exists" in result.err


def test_a_bad_date_is_a_usage_error_not_a_traceback(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    result = run_cli("applicant", path, "Ana", "--born", "3rd of May")
    assert result.code == 2
    assert "is not a date like 2024-03-31" in result.err
    assert "Traceback" not in result.err


def test_list_refuses_a_case_from_a_newer_visacase_in_one_line(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()

    result = run_cli("list", path)

    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "visacase: x.visacase was saved by a newer version of VisaCase. Install the latest "
        "VisaCase to open it; this file has not been changed.\n"
    )


def test_list_refuses_a_damaged_case_in_one_line(run_cli, tmp_path: Path) -> None:
    path = _new(run_cli, tmp_path)
    (tmp_path / "a.pdf").write_bytes(samples.pdf(2))
    run_cli("add", path, tmp_path / "a.pdf")
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x55" * (len(data) - 4096)  # every page after the first overwritten
    path.write_bytes(bytes(data))

    result = run_cli("list", path)

    assert (result.code, result.out) == (2, "")
    assert result.err.count("\n") == 1
    assert result.err.startswith("visacase: x.visacase is damaged and cannot be opened (")


@pytest.mark.skipif(not encryption_available(), reason="SQLCipher is not installed")
def test_list_asks_for_the_passphrase_of_a_protected_case(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.visacase"
    monkeypatch.setenv(passphrase.ENV, "correct horse battery")
    assert run_cli("new", path, "--title", "Maria", "--protect").code == 0
    (tmp_path / "a.pdf").write_bytes(samples.pdf(1))
    assert run_cli("add", path, tmp_path / "a.pdf").code == 0

    listed = run_cli("list", path)
    monkeypatch.delenv(passphrase.ENV)
    refused = run_cli("list", path)

    assert listed.code == 0 and "(a.pdf)" in listed.out
    assert refused.code != 0 and refused.err.count("\n") == 1
    assert passphrase.ENV in refused.err
