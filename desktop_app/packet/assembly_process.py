"""Running the packet's assembly in a child process, so that the window never waits on it.

pikepdf's qpdf jobs and saves hold Python's GIL for as long as they run — a fifth of a second
and more for a packet of two hundred scans — and a window whose worker thread holds the GIL
cannot paint. So the window's export hands the steps that work on the files (proving, staging,
building each part, drawing the checklist) to a child process, one call at a time
(:class:`InChild`), and only waits for the answers; what needs the case file (reading the
documents out of it, planning, recording) stays in the parent. The command line has no window
to keep painting and runs the same calls in its own process (:class:`InProcess`), sparing the
child's start-up.

The child is the app's one kind of helper process (``desktop_app.child_process``), as the
import's reader is (``ingest.sandbox``): a clean interpreter, the same on Linux, macOS and
Windows and in a frozen build, ended with whatever it started. Cancelling kills the child at
once: it holds nothing the parent cannot clean up (its scratch files are in the parent's work
folder, its outputs under the hidden names the export removes). An expected failure in the
child (a document that cannot be placed, a full disk) comes back as the same
:class:`UserFacingError`, with the same message, in the app's language.
"""

from __future__ import annotations

import contextlib
import math
import os
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from desktop_app import messages
from desktop_app.child_process import BoundedChild, ChildCancelledError, ChildGoneError
from desktop_app.errors import UserFacingError
from desktop_app.messages import N_, translated

T = TypeVar("T")
START_LIMIT = 120.0
NICER = 10
"""How much lower than the window's the child's scheduling priority is."""
MEMORY_LIMIT = 4 << 30
"""The child's address space: a packet of a thousand scans peaks near 150 MB."""
CANCELLED = N_("The export was cancelled; nothing was written.")
STOPPED = N_(
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
    """The assembly's calls run in one child process, started on entering the ``with`` block
    and ended on leaving it; ``cancelled`` is polled while each call runs, and ends it."""

    cancelled = None
    """What the calls themselves poll: nothing, the parent watches instead."""

    def __init__(self, cancelled: Callable[[], bool] | None = None) -> None:
        self._cancelled = cancelled or (lambda: False)
        self._child = BoundedChild(Calls, (messages.language(),), MEMORY_LIMIT, START_LIMIT)

    def __enter__(self) -> InChild:
        self._child.start()  # it loads its libraries while this process reads the documents
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
        self._child.send((function, args, kwargs))
        try:
            status, answer = self._child.receive(math.inf, self._cancelled)
        except ChildCancelledError:
            raise _cancel_error() from None
        except ChildGoneError:  # killed by the system for its memory, or crashed
            raise UserFacingError(translated(STOPPED)) from None
        if status == "done":
            return answer
        if status == "refused":
            raise _rebuilt(*answer)
        raise RuntimeError(f"the packet assembly failed in its process:\n{answer}")

    def prove(self, paths: list[Path], work: Path) -> None:
        """Prove the PDFs of ``paths`` in the child, so that the pre-flight in this process
        finds its answers (``placing.problem``) instead of running the qpdf jobs itself."""
        from desktop_app.packet import placing  # here, not at the top: see ``Calls``

        placing.remember(self(placing.problems, [p for p in paths if placing.has_header(p)], work))

    def close(self) -> None:
        """End the child, at once."""
        self._child.kill()


class Calls:
    """The child's side: one call in, one answer out (``("done", result)``, ``("refused",
    (error type, message, its attributes))`` or ``("failed", traceback)``), messages worded in
    the parent's ``language``.

    The child works at a lower priority than the window, and lowers it before it loads pikepdf
    and reportlab (a second of work on one core): on a two-core machine its start-up alone kept
    the window from painting for a tenth of a second. So this module imports neither at its
    top; the calls bring them in."""

    def __init__(self, language: str) -> None:
        _lower_priority()
        messages.use(language)

    def __call__(self, request: object) -> tuple[str, object]:
        function, args, kwargs = request  # type: ignore[misc]
        try:
            return "done", function(*args, **kwargs)
        except UserFacingError as exc:
            return "refused", (type(exc), exc.message, vars(exc))
        except Exception:
            return "failed", traceback.format_exc()


def _lower_priority() -> None:
    with contextlib.suppress(AttributeError, OSError):  # Windows has no nice; a refusal is fine
        os.nice(NICER)


def _cancel_error() -> UserFacingError:
    from desktop_app.packet.build import ExportCancelledError  # here, not at the top: see Calls

    return ExportCancelledError(translated(CANCELLED))


def _rebuilt(kind: type[UserFacingError], message: str, state: dict[str, Any]) -> UserFacingError:
    """The child's error as the parent raises it: of the same type, with the same message and
    attributes (such as the ``document_id`` of an ``UnplaceableError``), built without calling
    its ``__init__``, whose arguments differ from type to type."""
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error
