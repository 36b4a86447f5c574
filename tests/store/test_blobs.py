"""Stored bytes stream back in order, chunk by chunk, from one query; nothing stored is an error."""

from __future__ import annotations

import os

import pytest

from desktop_app.store import blobs
from desktop_app.store.casefile import CaseFile


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
