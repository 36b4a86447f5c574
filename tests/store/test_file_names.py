"""Any file name is a case file name: nothing in it is read as SQLite URI syntax."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.errors import CaseFileLockedError
from desktop_app.services import cases
from desktop_app.store import locking

NAMES = [
    "case#1.visacase",
    "Santos.visacase?copy",
    "100%25 sure %41.visacase",
    "Ana Reyes 2024.visacase",
    "visa 🇵🇭 case.visacase",
    "ملف القضية.visacase",
    "two\nlines.visacase",
    "?mode=ro&cache=shared.visacase",
]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_a_case_is_created_and_reopened_under_exactly_its_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    cases.create_case(path, "Ana").close()
    assert sorted(os.listdir(tmp_path)) == [name]
    with cases.open_case(path) as case:
        cases.update_case(case, title="Ana Reyes")
    with cases.open_case(path, read_only=True) as case:
        assert cases.get_case_info(case).title == "Ana Reyes"
    assert sorted(os.listdir(tmp_path)) == [name]


def test_a_name_with_a_query_is_not_the_file_before_it(tmp_path: Path) -> None:
    plain = tmp_path / "Santos.visacase"
    cases.create_case(plain, "Santos").close()
    with (
        cases.create_case(tmp_path / "Santos.visacase?copy", "Copy"),
        cases.open_case(plain) as original,
    ):
        assert cases.get_case_info(original).title == "Santos"


def test_two_names_of_one_file_share_one_lock(tmp_path: Path) -> None:
    real = tmp_path / "real.visacase"
    cases.create_case(real, "Ana").close()
    link = tmp_path / "link.visacase"
    link.symlink_to(real)
    assert locking.lock_path(link) == locking.lock_path(real)
    with cases.open_case(real), pytest.raises(CaseFileLockedError):
        cases.open_case(link)
    with cases.open_case(tmp_path / "." / "real.visacase"), pytest.raises(CaseFileLockedError):
        cases.open_case(real)
