"""The case file refuses what is not its own and never lets two writers in."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.errors import (
    CaseFileError,
    CaseFileGoneError,
    CaseFileLockedError,
    CaseFileReadOnlyError,
    NotACaseFileError,
)
from desktop_app.services import cases, documents
from desktop_app.store import casefile
from tests.helpers import unprivileged


def test_a_new_case_file_is_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "new.visacase"
    cases.create_case(path, "Ana").close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == casefile.APPLICATION_ID


def test_closing_leaves_one_self_contained_file(tmp_path: Path) -> None:
    path = tmp_path / "solo.visacase"
    case = cases.create_case(path, "Ana")
    documents.add_document(case, b"%PDF-1.4 tiny", original_name="a.pdf")
    case.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["solo.visacase"]


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "taken.visacase"
    path.write_bytes(b"precious")
    with pytest.raises(CaseFileError, match="already exists"):
        cases.create_case(path, "Ana")
    assert path.read_bytes() == b"precious"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"%PDF-1.7\n" + b"x" * 200, "not a VisaCase case file"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "not a VisaCase case file"),
    ],
    ids=["empty", "pdf", "truncated-header"],
)
def test_files_that_are_not_case_files_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.visacase"
    path.write_bytes(content)
    with pytest.raises(NotACaseFileError, match=message):
        cases.open_case(path)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_not_taken_for_a_case(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(NotACaseFileError, match="not a VisaCase case file"):
        cases.open_case(path)


def test_a_truncated_case_file_is_refused_not_repaired(tmp_path: Path) -> None:
    path = tmp_path / "cut.visacase"
    case = cases.create_case(path, "Ana")
    documents.add_document(case, os.urandom(200_000), original_name="scan.jpg")
    case.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(NotACaseFileError, match="damaged"):
        case = cases.open_case(path)
        documents.list_documents(case)


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="There is no case file"):
        cases.open_case(tmp_path / "nowhere.visacase")


def test_a_second_writer_is_refused_while_the_first_has_it_open(case) -> None:
    with pytest.raises(CaseFileLockedError, match="already open"):
        cases.open_case(case.path)


def test_readers_may_look_while_a_writer_has_it_open(case) -> None:
    reader = cases.open_case(case.path, read_only=True)
    try:
        assert cases.get_case_info(reader).title == "Test case"
    finally:
        reader.close()


def test_a_reader_sees_what_the_writer_saved_and_changes_nothing(case) -> None:
    documents.add_document(case, b"%PDF-1.4 tiny", original_name="a.pdf")
    reader = case.reader().open()
    try:
        assert reader.read_only
        assert [d.original_name for d in documents.list_documents(reader)] == ["a.pdf"]
        with pytest.raises(CaseFileReadOnlyError):
            documents.add_document(reader, b"x", original_name="x.txt")
    finally:
        reader.close()
    documents.add_document(case, b"y", original_name="y.txt")  # the writer goes on writing


def test_a_reader_refuses_a_file_put_in_the_place_of_the_open_one(case, tmp_path: Path) -> None:
    cases.create_case(tmp_path / "other.visacase", "Someone else").close()
    os.replace(tmp_path / "other.visacase", case.path)
    with pytest.raises(CaseFileGoneError):
        case.reader().open()


READ_ONLY_PROBE = """
import sys
from desktop_app.errors import CaseFileReadOnlyError
from desktop_app.services import cases, documents
case = cases.open_case(sys.argv[1])
try:
    documents.add_document(case, b"x", original_name="x.txt")
except CaseFileReadOnlyError:
    print("refused", case.read_only)
finally:
    case.close()
"""


def test_a_read_only_file_opens_read_only_and_refuses_changes(tmp_path: Path) -> None:
    """Run by a user who cannot override permissions (as root: see ``unprivileged``)."""
    path = tmp_path / "ro.visacase"
    cases.create_case(path, "Ana").close()
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        probe = subprocess.run(
            unprivileged([sys.executable, "-c", READ_ONLY_PROBE, str(path)]),
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    finally:
        path.chmod(0o644)
    assert (probe.returncode, probe.stdout, probe.stderr) == (0, "refused True\n", "")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.visacase"]


def test_an_explicitly_read_only_case_refuses_changes(case) -> None:
    copy = case.path.with_name("copy.visacase")
    case.close()
    shutil.copy(case.path, copy)
    reader = cases.open_case(copy, read_only=True)
    try:
        with pytest.raises(CaseFileReadOnlyError, match="read-only"):
            cases.update_case(reader, title="Changed")
    finally:
        reader.close()
