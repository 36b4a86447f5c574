"""A case file deleted or replaced while open is noticed before the next write, and what is open
can still be saved as a copy."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_app.errors import CaseFileError, CaseFileGoneError
from desktop_app.services import cases, documents
from desktop_app.store import connection


def test_a_deleted_case_file_refuses_the_next_write_and_is_not_recreated(case) -> None:
    case.path.unlink()
    with pytest.raises(CaseFileGoneError, match="moved, deleted or replaced"):
        cases.update_case(case, title="Changed")
    case.close()
    assert not case.path.exists()


def test_a_replaced_case_file_is_left_as_it_is(case, tmp_path: Path) -> None:
    other = tmp_path / "other.visacase"
    cases.create_case(other, "Someone else").close()
    os.replace(other, case.path)
    before = case.path.read_bytes()
    with pytest.raises(CaseFileGoneError):
        documents.add_document(case, b"%PDF-1.4 x", original_name="x.pdf")
    case.close()
    assert case.path.read_bytes() == before


def test_a_moved_case_file_is_noticed_too(case, tmp_path: Path) -> None:
    shutil.move(case.path, tmp_path / "elsewhere.visacase")
    assert not case.still_there()
    with pytest.raises(CaseFileGoneError):
        cases.update_case(case, title="Changed")


def test_what_is_open_is_saved_as_a_copy_after_the_file_is_gone(case, tmp_path: Path) -> None:
    documents.add_document(case, b"%PDF-1.4 kept", original_name="kept.pdf")
    case.path.unlink()
    rescued = cases.save_copy(case, tmp_path / "rescued.visacase")
    case.close()
    with cases.open_case(rescued) as copy:
        assert cases.get_case_info(copy).title == "Test case"
        [doc] = documents.list_documents(copy)
        assert documents.read_document_bytes(copy, doc.id) == b"%PDF-1.4 kept"
    left = {p.name: p.stat().st_size for p in tmp_path.iterdir()}
    assert left.pop("rescued.visacase") > 0
    assert left.pop("test.visacase-wal", 1) > 0  # kept only while it holds unsaved changes
    assert left == {}  # no lock, no index


def test_a_copy_never_replaces_an_existing_file(case, tmp_path: Path) -> None:
    taken = tmp_path / "taken.visacase"
    taken.write_bytes(b"precious")
    with pytest.raises(CaseFileError, match="already exists"):
        cases.save_copy(case, taken)
    assert taken.read_bytes() == b"precious"


@pytest.mark.skipif(not connection.encryption_available(), reason="SQLCipher is not installed")
def test_a_protected_case_is_copied_under_the_same_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "secret.visacase"
    with cases.create_case(path, "Secret", passphrase="correct horse") as case:
        documents.add_document(case, b"%PDF-1.4 s", original_name="s.pdf")
        path.unlink()
        rescued = cases.save_copy(case, tmp_path / "rescued.visacase")
    with cases.open_case(rescued, passphrase="correct horse") as copy:
        assert [d.original_name for d in documents.list_documents(copy)] == ["s.pdf"]
