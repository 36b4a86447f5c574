"""New case files have SQLite's largest pages, which halve what writing documents costs; files
made with smaller pages keep them, and open, store, list and close as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.services import cases, documents
from desktop_app.store import blobs, connection, first_look
from tests.ingest import samples


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA page_size").fetchone()[0]


def test_a_new_case_file_has_64_kib_pages(tmp_path: Path) -> None:
    path = tmp_path / "new.visacase"
    cases.create_case(path, "Ana").close()
    assert _page_size(path) == 65536


@pytest.mark.parametrize("old_pages", [4096, 16384])
def test_a_case_file_with_smaller_pages_keeps_them_and_works_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old_pages: int
) -> None:
    path = tmp_path / "old.visacase"
    with monkeypatch.context() as then:
        then.setattr(connection, "PAGE_SIZE", old_pages)
        cases.create_case(path, "Ana").close()
    data = samples.pdf(3)
    big = bytes(range(256)) * (3 * blobs.CHUNK // 256)  # several chunks, hundreds of pages

    case = cases.open_case(path)
    try:
        small_doc = documents.add_document(case, data, original_name="letter.pdf")
        big_doc = documents.add_document(case, big, original_name="scan.jpg")
        assert documents.read_document_bytes(case, small_doc.id) == data
        assert documents.read_document_bytes(case, big_doc.id) == big
    finally:
        case.close()

    assert _page_size(path) == old_pages
    listed = first_look.read_documents(path)  # what ``visacase list`` shows, read as it reads
    assert listed is not None
    assert [row["original_name"] for row in listed] == ["letter.pdf", "scan.jpg"]
