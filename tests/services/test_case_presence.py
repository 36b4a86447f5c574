"""The watch on an open case file: it notices a deleted or replaced file and saves a copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.errors import CaseFileError, CaseFileGoneError
from desktop_app.services import applicants, cases
from desktop_app.services.case_presence import CaseWatch
from desktop_app.store.casefile import CaseFile
from desktop_app.store.connection import encryption_available


@pytest.fixture
def watched(case: CaseFile) -> Iterator[CaseWatch]:
    applicants.add_applicant(case, "Maria Santos")
    return CaseWatch(case)


def _replace(path: Path) -> None:
    """What a sync tool or a restored backup does: a new file renamed over the old name."""
    other = path.with_name("other.visacase")
    cases.create_case(other, "Someone else's case").close()
    os.replace(other, path)


def test_a_file_in_place_has_no_problem(watched: CaseWatch) -> None:
    assert watched.problem() is None
    assert watched.soundness() is None
    watched.require_present()


def test_a_deleted_file_is_noticed(watched: CaseWatch, case: CaseFile) -> None:
    case.path.unlink()

    assert "test.visacase is no longer in its folder" in (watched.problem() or "")
    with pytest.raises(CaseFileGoneError):
        watched.require_present()


def test_a_replaced_file_is_noticed(watched: CaseWatch, case: CaseFile) -> None:
    _replace(case.path)

    assert "test.visacase was replaced by another file" in (watched.problem() or "")
    assert watched.soundness() == watched.problem()


def test_a_copy_of_a_deleted_case_holds_what_was_open(
    watched: CaseWatch, case: CaseFile, tmp_path: Path
) -> None:
    applicants.add_applicant(case, "Jose Santos")
    case.path.unlink()

    copy = watched.save_copy(tmp_path / "rescued.visacase")

    with cases.open_case(copy) as reopened:
        assert [p.name for p in applicants.list_applicants(reopened)] == [
            "Maria Santos",
            "Jose Santos",
        ]
    assert sorted(p.name for p in tmp_path.iterdir() if "rescued" in p.name) == ["rescued.visacase"]


def test_a_copy_may_go_back_where_the_deleted_file_was(watched: CaseWatch, case: CaseFile) -> None:
    case.path.unlink()
    watched.save_copy(case.path)

    assert watched.problem() is not None  # a new file: this window still has the old one open
    assert case.path.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_copy_never_overwrites_the_file_that_replaced_the_case(
    watched: CaseWatch, case: CaseFile
) -> None:
    _replace(case.path)
    replacement = case.path.read_bytes()

    with pytest.raises(CaseFileError, match="already exists"):
        watched.save_copy(case.path)
    assert case.path.read_bytes() == replacement


def test_a_copy_into_a_missing_folder_is_a_message(watched: CaseWatch, tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="does not exist"):
        watched.save_copy(tmp_path / "nowhere" / "copy.visacase")


@pytest.mark.skipif(not encryption_available(), reason="SQLCipher is not installed")
def test_a_copy_of_a_protected_case_keeps_its_passphrase(tmp_path: Path) -> None:
    protected = cases.create_case(tmp_path / "p.visacase", "Protected", passphrase="secret-pass")
    applicants.add_applicant(protected, "Maria Santos")
    watch = CaseWatch(protected)
    protected.path.unlink()

    copy = watch.save_copy(tmp_path / "copy.visacase")
    protected.close()

    assert not copy.read_bytes().startswith(b"SQLite format 3")
    with cases.open_case(copy, passphrase="secret-pass") as reopened:
        assert [p.name for p in applicants.list_applicants(reopened)] == ["Maria Santos"]
