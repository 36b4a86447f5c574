"""Copying a long batch's write-ahead log into the case file beside the batch, not in its commits.

While a case is open it runs in WAL mode, so every stored byte is written twice: to the log at
commit (and fsync'd there: ``synchronous=FULL``, so what was committed survives a power cut),
then into the case file by a checkpoint. SQLite runs that checkpoint inside the commit that
takes the log past 1,000 pages, so an import of scans waits for a copy and an fsync of some
16 MiB every few commits, and for one more at its very end. During a batch this turns that off
for the batch's connection and asks a thread of its own, on a connection of its own, for a
passive checkpoint after each commit instead: it copies what is committed while the batch
writes on, never blocking it, and the batch's last commit is copied by the next checkpoint (the
next commit that crosses the limit, or closing the case). Nothing is less safe: a checkpoint
only copies what the log already holds durably, and a checkpoint that fails (a full disk) leaves
it there for the next one.

The log's own fsync, at each commit, waits for the disk to take all the batch wrote since the
one before: at the end of an import of scans, most of a hundred MiB. A second thread therefore
hands the log to the disk as it grows (``fdatasync`` every ``FLUSH_EVERY`` seconds), so a commit
finds most of its pages already written. That too only changes when bytes reach the disk, never
what a commit guarantees; where the system has no ``fdatasync`` (Windows, macOS) it is left out.
"""

from __future__ import annotations

import contextlib
import os
import threading
from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from desktop_app.errors import CaseFileError
from desktop_app.store.casefile import CaseFile, write_ahead_log
from desktop_app.store.connection import driver_errors

AUTOCHECKPOINT = "PRAGMA wal_autocheckpoint"
PASSIVE = "PRAGMA wal_checkpoint(PASSIVE)"
FLUSH_EVERY = 0.05
"""Seconds between write-behind flushes of the log: short enough that a commit rarely finds more
than a few MiB unwritten, long enough that the flushes are a small share of a core."""


class Batch:
    """A session for a batch of commits on one connection of ``case``, its checkpoints run
    beside it; use it as a context manager, and call ``committed`` after each commit."""

    def __init__(self, case: CaseFile) -> None:
        self._case = case
        self._pages = 0
        self._running: threading.Thread | None = None
        self._connection: Connection | None = None
        self._apart: Pool | None = None
        self._stop_flushing = threading.Event()
        self._flusher: threading.Thread | None = None
        self.session = Session()

    def __enter__(self) -> Batch:
        self._case.check_still_there()
        self._connection = self._case.engine.connect()
        self._pages = int(self._connection.exec_driver_sql(AUTOCHECKPOINT).scalar() or 0)
        self._connection.exec_driver_sql(f"{AUTOCHECKPOINT} = 0")
        self._connection.commit()  # the session's transactions are its own, committed by it
        self.session = Session(self._connection, expire_on_commit=False)
        # The checkpoints' connections come from a pool of their own, made and ended with the
        # batch: the case's pool keeps one connection per thread, and closes some once more
        # threads than it holds have asked, whichever threads still use them.
        self._apart = self._case.engine.pool.recreate()
        if hasattr(os, "fdatasync"):
            self._flusher = threading.Thread(target=self._flush, name="write-behind", daemon=True)
            self._flusher.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop_flushing.set()
        if self._flusher is not None:
            self._flusher.join()
        if self._running is not None:
            self._running.join()
        if self._apart is not None:
            self._apart.dispose()
        self.session.close()  # what was not committed is rolled back
        assert self._connection is not None
        with contextlib.suppress(DatabaseError, CaseFileError):  # back to the pool as it was
            self._connection.exec_driver_sql(f"{AUTOCHECKPOINT} = {self._pages}")
        self._connection.close()

    def committed(self) -> None:
        """Say a commit is done: a checkpoint starts unless one is still copying (it then misses
        this commit's pages, which the next one copies)."""
        if self._running is not None and self._running.is_alive():
            return
        self._running = threading.Thread(target=self._checkpoint, name="checkpoint", daemon=True)
        self._running.start()

    def _checkpoint(self) -> None:
        if self._apart is None or not self._case.still_there():  # moved or deleted: left alone
            return
        with contextlib.suppress(*driver_errors()):
            connection = self._apart.connect()
            try:
                connection.cursor().execute(PASSIVE).fetchall()
            finally:
                connection.close()

    def _flush(self) -> None:
        log = write_ahead_log(self._case.path)
        descriptor = None
        try:
            while not self._stop_flushing.wait(FLUSH_EVERY):
                with contextlib.suppress(OSError):  # no log yet, or a failing disk: commit says
                    if descriptor is None:
                        descriptor = os.open(log, os.O_RDONLY)
                    os.fdatasync(descriptor)
        finally:
            if descriptor is not None:
                os.close(descriptor)
