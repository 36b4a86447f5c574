"""Stored bytes stream back in order, chunk by chunk, from one query; nothing stored is an error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.store import blobs
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Blob, BlobChunk


def test_bytes_of_several_chunks_come_back_in_order(case: CaseFile) -> None:
    data = os.urandom(3 * blobs.CHUNK + 12_345)
    with case.session() as s, s.begin():
        sha = blobs.store(s, data)
    with case.session() as s:
        chunks = list(blobs.stream(s, sha))
    assert [len(c) for c in chunks] == [blobs.CHUNK] * 3 + [12_345]
    assert b"".join(chunks) == data


def test_empty_bytes_stream_as_nothing(case: CaseFile) -> None:
    with case.session() as s, s.begin():
        sha = blobs.store(s, b"")
    with case.session() as s:
        assert list(blobs.stream(s, sha)) == []
        assert blobs.verify(s, sha)


def test_bytes_never_stored_are_a_key_error(case: CaseFile) -> None:
    with case.session() as s, pytest.raises(KeyError):
        list(blobs.stream(s, "0" * 64))


def test_bytes_that_do_not_hash_to_the_key_given_are_refused_and_leave_nothing(
    case: CaseFile, tmp_path: Path
) -> None:
    """A file that changed between the reader's hash and the storing is not stored under the
    old hash: its bytes would no longer be what the key promises."""
    path = tmp_path / "scan.jpg"
    path.write_bytes(os.urandom(blobs.CHUNK + 10))
    promised = blobs.sha256_of(path)[0]
    path.write_bytes(os.urandom(blobs.CHUNK + 10))
    with case.session() as s, pytest.raises(OSError, match="changed"), s.begin():
        blobs.store(s, path, promised)
    with case.session() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 0
        assert s.scalar(select(func.count()).select_from(BlobChunk)) == 0


def test_a_file_is_stored_with_its_size_and_verifies(case: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(os.urandom(2 * blobs.CHUNK + 1))
    with case.session() as s, s.begin():
        sha = blobs.store(s, path, blobs.sha256_of(path)[0])
    with case.session() as s:
        assert s.get(Blob, sha).size == 2 * blobs.CHUNK + 1
        assert blobs.verify(s, sha)
