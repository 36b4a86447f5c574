"""A full disk is an expected failure with one sentence, and the case keeps what it had.

SQLite's ``max_page_count`` makes the database "full" at its current size: the same error
(SQLITE_FULL) a full disk gives, on any machine and in milliseconds.
"""

from __future__ import annotations

import os

import pytest

from desktop_app.errors import CaseFileError
from desktop_app.services import cases, documents, integrity
from desktop_app.store.casefile import CaseFile


def _fill_up(case: CaseFile) -> None:
    with case.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")


def test_a_full_case_file_says_so_and_keeps_what_was_saved(case: CaseFile) -> None:
    documents.add_document(case, b"%PDF-1.4 first", original_name="first.pdf")
    _fill_up(case)
    with pytest.raises(CaseFileError, match=r"The disk is full, so test\.visacase could not"):
        documents.add_document(case, os.urandom(300_000), original_name="scan.jpg")
    assert [d.original_name for d in documents.list_documents(case)] == ["first.pdf"]
    case.close()
    with cases.open_case(case.path) as reopened:
        assert integrity.find_problems(reopened) == []
        assert len(documents.list_documents(reopened)) == 1
