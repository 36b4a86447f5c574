"""A case file damaged on disk is explained in one sentence, whether the damage is found when
the file is opened or later, while a document is read out of it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app.errors import CaseFileError, NotACaseFileError
from desktop_app.services import cases, documents
from desktop_app.store.casefile import CaseFile
from desktop_app.store.connection import PAGE_SIZE


def _case_with_a_scan(path: Path) -> int:
    case = cases.create_case(path, "Santos")
    doc = documents.add_document(case, random.Random(1).randbytes(3 << 20), original_name="s.jpg")
    case.close()
    return doc.id


def _damage(path: Path) -> None:
    """Break the page links of the file's second half, where the scan's bytes lie."""
    data = bytearray(path.read_bytes())
    half = len(data) // 2 - (len(data) // 2) % PAGE_SIZE
    for start in range(half, len(data), PAGE_SIZE):
        data[start : start + 4] = b"\xff\xff\xff\xff"
    path.write_bytes(bytes(data))


def test_a_document_read_from_a_file_damaged_while_open_is_a_plain_sentence(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.visacase"
    doc_id = _case_with_a_scan(path)
    case: CaseFile = cases.open_case(path)
    try:
        _damage(path)
        with pytest.raises(CaseFileError) as raised:
            documents.write_document_bytes(case, doc_id, tmp_path / "out.jpg")
    finally:
        case.close()

    assert str(raised.value) == (
        "c.visacase is damaged (database disk image is malformed); run 'visacase check' on it."
    )


def test_a_file_damaged_in_many_places_names_the_first_problem_only(tmp_path: Path) -> None:
    path = tmp_path / "c.visacase"
    _case_with_a_scan(path)
    _damage(path)

    with pytest.raises(NotACaseFileError) as raised:
        cases.open_case(path)

    message = str(raised.value)
    assert message.startswith("c.visacase is damaged and cannot be opened (")
    assert "\n" not in message
    assert "***" not in message
