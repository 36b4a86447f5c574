"""A protected case file keeps everything unreadable on disk and opens only with its passphrase."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import InvalidInputError, PassphraseError
from desktop_app.services import applicants, cases, documents, integrity

SECRET_TEXT = b"PASSPORT-P4821937A-BANK-STATEMENT"


def _protected(tmp_path: Path) -> Path:
    path = tmp_path / "secret.visacase"
    case = cases.create_case(path, "Maria Santos", passphrase="correct horse battery")
    applicants.add_applicant(case, "Maria Santos", passport_number="P4821937A")
    documents.add_document(case, SECRET_TEXT * 1000, original_name="statement.pdf")
    case.close()
    return path


def test_sqlcipher_is_loaded_by_the_first_protected_file_not_by_plain_ones(tmp_path: Path) -> None:
    """Its driver takes 4-5 ms to import: a plain case opens without it (in a fresh process,
    since this one has loaded it already)."""
    plain = tmp_path / "plain.visacase"
    cases.create_case(plain, "Okafor").close()
    protected = _protected(tmp_path)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services import cases\n"
        f"cases.open_case(Path({str(plain)!r})).close()\n"
        "print('sqlcipher3' in sys.modules)\n"
        f"cases.open_case(Path({str(protected)!r}), passphrase='correct horse battery').close()\n"
        "print('sqlcipher3' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]


def test_nothing_of_the_case_is_readable_on_disk(tmp_path: Path) -> None:
    raw = _protected(tmp_path).read_bytes()
    for needle in (SECRET_TEXT, b"P4821937A", b"Maria Santos", b"statement.pdf", b"SQLite"):
        assert needle not in raw


def test_the_right_passphrase_opens_it_whole(tmp_path: Path) -> None:
    case = cases.open_case(_protected(tmp_path), passphrase="correct horse battery")
    try:
        assert case.encrypted
        assert integrity.find_problems(case) == []
        [doc] = documents.list_documents(case)
        assert documents.read_document_bytes(case, doc.id) == SECRET_TEXT * 1000
    finally:
        case.close()


def test_no_passphrase_asks_for_one(tmp_path: Path) -> None:
    with pytest.raises(PassphraseError, match="protected by a passphrase") as caught:
        cases.open_case(_protected(tmp_path))
    assert caught.value.needed


def test_a_wrong_passphrase_is_refused_plainly_and_changes_nothing(tmp_path: Path) -> None:
    path = _protected(tmp_path)
    before = path.read_bytes()
    with pytest.raises(PassphraseError, match=r"does not open secret\.visacase") as caught:
        cases.open_case(path, passphrase="wrong horse")
    assert not caught.value.needed
    assert path.read_bytes() == before


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="at least 8 characters"):
        cases.create_case(tmp_path / "x.visacase", "X", passphrase="1234")
    assert not (tmp_path / "x.visacase").exists()


def test_the_cli_takes_the_passphrase_from_the_environment(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cli.visacase"
    monkeypatch.setenv("VISACASE_PASSPHRASE", "correct horse battery")
    assert run_cli("new", path, "--title", "Protected", "--protect").code == 0
    assert run_cli("check", path).code == 0

    monkeypatch.delenv("VISACASE_PASSPHRASE")
    refused = run_cli("list", path)
    assert refused.code != 0
    assert refused.err.startswith("visacase: This needs the case file's passphrase")
