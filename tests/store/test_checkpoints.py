"""A batch's commits are copied from the write-ahead log into the case file beside the batch, by
a connection of its own; the batch's connection goes back to the pool as it was."""

from __future__ import annotations

import os
import threading
import time

import pytest

from desktop_app.services import cases
from desktop_app.store import blobs, checkpoints
from desktop_app.store.casefile import CaseFile, write_ahead_log

MiB = 1 << 20


def _store_in_batches(case: CaseFile, batches: int) -> list[str]:
    stored = []
    with checkpoints.Batch(case) as batch:
        for _ in range(batches):
            stored.append(blobs.store(batch.session, os.urandom(2 * MiB)))
            batch.session.commit()
            batch.committed()
    return stored


def test_what_a_batch_commits_reaches_the_case_file_before_it_is_closed(case: CaseFile) -> None:
    before = case.path.stat().st_size

    stored = _store_in_batches(case, 3)

    assert case.path.stat().st_size >= before + 2 * MiB  # at least the first commit copied
    with case.session() as s:
        assert all(blobs.verify(s, sha) for sha in stored)


def test_the_batchs_connection_checkpoints_by_itself_again_afterwards(case: CaseFile) -> None:
    _store_in_batches(case, 1)
    with case.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000


def test_what_a_batch_left_in_the_log_is_in_the_case_file_once_closed(case: CaseFile) -> None:
    stored = _store_in_batches(case, 2)
    path = case.path
    case.close()
    assert not write_ahead_log(path).exists()
    with cases.open_case(path) as again, again.session() as s:
        assert all(blobs.verify(s, sha) for sha in stored)


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="write-behind needs fdatasync")
def test_the_log_is_handed_to_the_disk_while_the_batch_writes_not_only_at_its_commits(
    case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = write_ahead_log(case.path)
    flushed: list[int] = []
    real = os.fdatasync

    def recording(descriptor: int) -> None:
        flushed.append(os.fstat(descriptor).st_ino)
        real(descriptor)

    monkeypatch.setattr(os, "fdatasync", recording)
    with checkpoints.Batch(case) as batch:
        blobs.store(batch.session, os.urandom(2 * MiB))
        batch.session.flush()
        time.sleep(10 * checkpoints.FLUSH_EVERY)
        assert flushed, "nothing was flushed before the commit"
        assert set(flushed) == {log.stat().st_ino}
        batch.session.commit()

    assert not any(t.name == "write-behind" for t in threading.enumerate())
