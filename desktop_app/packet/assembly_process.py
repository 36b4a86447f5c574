"""Running the packet's assembly in a child process, so that the window never waits on it.

pikepdf's qpdf jobs and saves hold Python's GIL for as long as they run — a fifth of a second
and more for a packet of two hundred scans — and a window whose worker thread holds the GIL
cannot paint. So the window's export hands the steps that work on the files (proving, staging,
building each part, drawing the checklist) to a child process, one call at a time
(:class:`InChild`), and only waits for the answers; what needs the case file (reading the
documents out of it, planning, recording) stays in the parent. The command line has no window
to keep painting and runs the same calls in its own process (:class:`InProcess`), sparing the
child's start-up.

The child is started with the "spawn" method — a clean interpreter, the same on Linux, macOS and
Windows, and what a frozen build supports (``packaging/entry.py`` calls ``freeze_support``) — as
the import's reader is (``ingest.sandbox``). Cancelling kills the child at once: it holds nothing
the parent cannot clean up (its scratch files are in the parent's work folder, its outputs under
the hidden names the export removes). An expected failure in the child (a document that cannot
be placed, a full disk) comes back as the same :class:`UserFacingError`, with the same message.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from desktop_app.errors import UserFacingError

T = TypeVar("T")
POLL = 0.05
"""Seconds between looks at the cancel flag while the child works."""
START_LIMIT = 120.0
NICER = 10
"""How much lower than the window's the child's scheduling priority is."""
CANCELLED = "The export was cancelled; nothing was written."
STOPPED = (
    "The process that puts the packet together stopped before it finished (the computer may be "
    "short of memory); nothing was written. Close other programs and export again."
)


class InProcess:
    """The assembly's calls run right here; ``cancelled`` is polled between their steps."""

    def __init__(self, cancelled: Callable[[], bool] | None = None) -> None:
        self.cancelled = cancelled

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        """Nothing to end."""

    def __call__(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        return function(*args, **kwargs)

    def prove(self, paths: list[Path], work: Path) -> None:
        """Nothing ahead: the pre-flight proves the PDFs here, and staging reuses its answers."""


class InChild:
    """The assembly's calls run in one child process, started at the first call and ended on
    leaving the ``with`` block; ``cancelled`` is polled while each call runs, and ends it."""

    cancelled = None
    """What the calls themselves poll: nothing, the parent watches instead."""

    def __init__(self, cancelled: Callable[[], bool] | None = None) -> None:
        self._cancelled = cancelled or (lambda: False)
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = False

    def __enter__(self) -> InChild:
        self._start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __call__(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` in the child; the function and its arguments must be
        picklable (module-level functions, plain data)."""
        if self._cancelled():
            raise _cancel_error()
        conn = self._started()
        conn.send((function, args, kwargs))
        while not conn.poll(POLL):
            if self._cancelled():
                self.close()
                raise _cancel_error()
        try:
            status, answer = conn.recv()
        except (EOFError, OSError):  # killed by the system for its memory, or crashed
            self.close()
            raise UserFacingError(STOPPED) from None
        if status == "done":
            return answer
        if status == "refused":
            raise _rebuilt(*answer)
        raise RuntimeError(f"the packet assembly failed in its process:\n{answer}")

    def prove(self, paths: list[Path], work: Path) -> None:
        """Prove the PDFs of ``paths`` in the child, so that the pre-flight in this process
        finds its answers (``placing.problem``) instead of running the qpdf jobs itself."""
        from desktop_app.packet import placing  # here, not at the top: see ``serve``

        placing.remember(self(placing.problems, [p for p in paths if placing.has_header(p)], work))

    def close(self) -> None:
        """End the child, at once."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is None or conn is None:
            return
        process.kill()
        process.join()
        conn.close()

    def _start(self) -> None:
        """Start the child without waiting for it: it loads its libraries while this process
        reads the documents out of the case file."""
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs,), daemon=True)
        process.start()
        theirs.close()
        self._process, self._conn, self._ready = process, ours, False

    def _started(self) -> Connection:
        if self._conn is None:
            self._start()
        conn = self._conn
        assert conn is not None
        if self._ready:
            return conn
        deadline = time.monotonic() + START_LIMIT
        while not conn.poll(POLL) and time.monotonic() < deadline:
            if self._cancelled():
                self.close()
                raise _cancel_error()
        try:
            self._ready = conn.poll(0) and conn.recv() == "ready"
        except (EOFError, OSError):
            self._ready = False
        if not self._ready:
            self.close()
            raise RuntimeError(
                "the packet assembly process did not start (a script that exports must start "
                "its work under `if __name__ == '__main__':`)"
            )
        return conn


def serve(conn: Connection) -> None:
    """The child's loop: one call in, one answer out (``("done", result)``, ``("refused",
    (error type, message, its attributes))`` or ``("failed", traceback)``), until it is ended.

    The child works at a lower priority than the window, and lowers it before it loads pikepdf
    and reportlab (a second of work on one core): on a two-core machine its start-up alone kept
    the window from painting for a tenth of a second. So this module imports neither at its
    top; the calls bring them in."""
    _lower_priority()
    conn.send("ready")
    while True:
        try:
            function, args, kwargs = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("done", function(*args, **kwargs)))
        except UserFacingError as exc:
            conn.send(("refused", (type(exc), exc.message, vars(exc))))
        except Exception:
            conn.send(("failed", traceback.format_exc()))


def _lower_priority() -> None:
    with contextlib.suppress(AttributeError, OSError):  # Windows has no nice; a refusal is fine
        os.nice(NICER)


def _cancel_error() -> UserFacingError:
    from desktop_app.packet.build import ExportCancelledError  # here, not at the top: see serve

    return ExportCancelledError(CANCELLED)


def _rebuilt(kind: type[UserFacingError], message: str, state: dict[str, Any]) -> UserFacingError:
    """The child's error as the parent raises it: of the same type, with the same message and
    attributes (such as the ``document_id`` of an ``UnplaceableError``), built without calling
    its ``__init__``, whose arguments differ from type to type."""
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error
