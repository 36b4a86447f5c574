"""Running the packet's export in a child process, so that the window never waits on it.

pikepdf's qpdf jobs and saves hold Python's GIL for as long as they run — a fifth of a second
and more for a packet of two hundred scans —, and so do reading every document out of the case
file, pickling every page's words and the garbage collections all those objects bring on: a
window whose worker thread does any of that cannot paint. So the window hands the whole build
to a child process (:class:`InChild`) — reading the case, planning, staging, building each part,
drawing the checklist — and only answers its questions: the progress to show, where the outputs
may be written. What it gets back is the result, a few hundred bytes a part. The command line
has no window to keep painting and runs the same build in its own process, sparing the child's
start-up.

The child is the app's one kind of helper process (``desktop_app.child_process``), as the
import's reader is (``ingest.sandbox``): a clean interpreter, the same on Linux, macOS and
Windows and in a frozen build, ended with whatever it started. The function it runs is named
by the parent (pickled by reference: the child imports its module by name), so this module
knows nothing of the services it serves. Cancelling kills the child at once: it holds nothing
the parent cannot clean up (its scratch files are in the parent's work folder, its outputs
under the hidden names the parent gave it). An expected failure in the child (a document that
cannot be placed, a full disk) comes back as the same :class:`UserFacingError`, with the same
message, in the app's language.
"""

from __future__ import annotations

import contextlib
import math
import os
import traceback
from collections.abc import Callable, Generator
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


class InChild:
    """Calls run in one child process, started on entering the ``with`` block and ended on
    leaving it; ``cancelled`` is polled while each call runs, and ends it. A call whose function
    is a generator function converses: each thing it yields is a question, answered in this
    process by ``answer`` and sent back as the value of its ``yield``."""

    def __init__(
        self,
        cancelled: Callable[[], bool] | None = None,
        answer: Callable[[object], object] | None = None,
    ) -> None:
        self._cancelled = cancelled or (lambda: False)
        self._answer = answer or _unasked
        self._child = BoundedChild(Calls, (messages.language(),), MEMORY_LIMIT, START_LIMIT)

    def __enter__(self) -> InChild:
        self._child.start()  # it loads its libraries while this process gets the request ready
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
        request = (function, args, kwargs)
        try:
            status, answer = self._child.converse(request, self._answer, math.inf, self._cancelled)  # type: ignore[misc]
        except ChildCancelledError:
            raise _cancel_error() from None
        except ChildGoneError:  # killed by the system for its memory, or crashed
            raise UserFacingError(translated(STOPPED)) from None
        if status == "done":
            return answer
        if status == "refused":
            raise _rebuilt(*answer)
        raise RuntimeError(f"the packet assembly failed in its process:\n{answer}")

    def close(self) -> None:
        """End the child, at once."""
        self._child.kill()


class Calls:
    """The child's side: one call in, its questions on the way, one answer out (``("done",
    result)``, ``("refused", (error type, message, its attributes))`` or ``("failed",
    traceback)``), messages worded in the parent's ``language``.

    The child works at a lower priority than the window, and lowers it before it loads pikepdf
    and reportlab (a second of work on one core): on a two-core machine its start-up alone kept
    the window from painting for a tenth of a second. So this module imports neither at its
    top; the calls bring them in."""

    def __init__(self, language: str) -> None:
        _lower_priority()
        messages.use(language)

    def __call__(self, request: object) -> Generator[object, object, tuple[str, object]]:
        function, args, kwargs = request  # type: ignore[misc]
        try:
            answer = function(*args, **kwargs)
            if isinstance(answer, Generator):
                answer = yield from answer
            return "done", answer
        except UserFacingError as exc:
            return "refused", (type(exc), exc.message, vars(exc))
        except Exception:
            return "failed", traceback.format_exc()


def _unasked(question: object) -> object:
    raise RuntimeError(f"a call asked {question!r}, and nobody here answers questions")


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
