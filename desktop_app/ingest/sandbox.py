"""A reader process that opens untrusted files, and reads their text, within a time and a memory
bound.

Some PDFs send a parser into a loop for minutes, and a crafted picture or email can ask for
gigabytes. So files are opened (``ingest.opening``) in a child process started with the "spawn"
method — a clean interpreter, the same on Linux, macOS and Windows — whose address space is
capped where the system allows it (``RLIMIT_AS``; Windows has no such limit and goes without).
The parent waits a bounded time for each answer; a child that overruns is killed, a child that
dies is noticed, and either way the file is refused with a reason and a fresh child takes the
next file. One child serves every file of an import, so its start-up (a fraction of a second to
load the parsers) is paid once, not per file. Reading a stored document's text (its PDF text
layer, OCR of its scans) runs in the same child, bounded per page, since one phone photo can keep
Tesseract busy for a minute; cancelling ends the child at once.

A ``placer`` given to the reader proves each PDF the way the packet will use it (the packet's
own qpdf job, ``packet.placing.for_import``), in the child too; it is passed in because the
packet is not ingest's to import.
"""

from __future__ import annotations

import multiprocessing
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType

from desktop_app import messages
from desktop_app.errors import UserFacingError
from desktop_app.ingest.ocr import ENGLISH
from desktop_app.ingest.opening import OpenedFile, PdfPlacer, open_file
from desktop_app.ingest.text import Reading, read_text
from desktop_app.messages import N_, _, translated

TIME_LIMIT = 20.0  # per file: the promise is that no file takes longer
READ_LIMIT = 20.0  # reading text: per file, and again per page
POLL = 0.2
MEMORY_LIMIT = 2 << 30
START_LIMIT = 120.0
TOO_SLOW = N_(
    "this file took too long to open — it may be damaged; open it in its own program and save "
    "or print it again as PDF, then import that copy"
)
CRASHED = N_(
    "this file stopped the reader that opens it — it may be damaged; open it in its own program "
    "and save or print it again as PDF, then import that copy"
)
TOO_BIG = N_(
    "this file needs more memory to open than VisaCase allows — it may be damaged or built to "
    "harm; open it in its own program and save or print it again as PDF, then import that copy"
)


class FileReader:
    """Opens files one at a time in a bounded child process; use it as a context manager."""

    def __init__(
        self,
        time_limit: float = TIME_LIMIT,
        memory_limit: int = MEMORY_LIMIT,
        *,
        placer: PdfPlacer | None = None,
        read_limit: float = READ_LIMIT,
    ) -> None:
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self.read_limit = read_limit
        self._placer = placer
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> FileReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def open(self, path: Path, workdir: Path) -> OpenedFile:
        """``path`` opened in the child, converted parts written to ``workdir``; or a refusal."""
        status, answer = self._ask(("open", path, workdir), self.time_limit)
        if status == "opened":
            return answer
        if status == "refused":
            raise UserFacingError(answer)
        raise RuntimeError(f"opening {path.name} failed in the reader process:\n{answer}")

    def read_text(
        self,
        path: Path,
        media_type: str,
        pages: int,
        *,
        can_ocr: bool,
        cancelled: Callable[[], bool] = lambda: False,
        languages: Sequence[str] = ENGLISH,
    ) -> Reading | None:
        """The text (and recognised words) of a stored document; None when cancelled or waiting
        for Tesseract. A document that overruns its bound, or stops the reader, has no text."""
        limit = self.read_limit * (1 + max(pages, 1))
        try:
            status, answer = self._ask(
                ("read", path, (media_type, can_ocr, tuple(languages))), limit, cancelled
            )
        except UserFacingError:
            return Reading("", "ocr")
        if status == "cancelled":
            return None
        if status == "read":
            return answer
        raise RuntimeError(f"reading {path.name} failed in the reader process:\n{answer}")

    def _ask(
        self,
        request: tuple[object, ...],
        limit: float,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> tuple[str, object]:
        try:
            conn = self._started()
            conn.send(request)
        except OSError:  # the child went away between files: a fresh one takes this file
            self.close()
            conn = self._started()
            conn.send(request)
        deadline = time.monotonic() + limit
        while not conn.poll(min(POLL, max(0.0, deadline - time.monotonic()))):
            if cancelled():
                self.close()
                return "cancelled", None
            if time.monotonic() >= deadline:
                self.close()
                raise UserFacingError(translated(TOO_SLOW))
        try:
            return conn.recv()
        except (EOFError, OSError):  # killed: by the system for its memory, or crashed
            self.close()
            raise UserFacingError(translated(CRASHED)) from None

    def close(self) -> None:
        """Stop the child. It holds nothing between files, so it is simply ended, at once."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is None or conn is None:
            return
        process.kill()
        process.join()
        conn.close()

    def _started(self) -> Connection:
        if self._conn is not None:
            return self._conn
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=serve,
            args=(theirs, self.memory_limit, self._placer, messages.language()),
            daemon=True,
        )
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        try:
            started = ours.poll(START_LIMIT) and ours.recv() == "ready"
        except (EOFError, OSError):
            started = False
        if not started:
            self.close()
            raise RuntimeError(
                "the file reader process did not start (a script that imports files must start "
                "its work under `if __name__ == '__main__':`)"
            )
        return ours


def serve(
    conn: Connection, memory_limit: int, placer: PdfPlacer | None = None, language: str = ""
) -> None:
    """The child's loop: one request in (``("open", path, workdir)`` or ``("read", path,
    (media_type, can_ocr, languages))``), one answer out, until it is ended. Refusals are worded
    in ``language``, the parent's: a spawned child starts in English."""
    messages.use(language)
    _limit_memory(memory_limit)
    conn.send("ready")
    while True:
        try:
            kind, path, detail = conn.recv()
        except EOFError:
            return
        if kind == "read":
            conn.send(_read(path, *detail))
        else:
            conn.send(_answer(path, detail, placer))


def _read(
    path: Path, media_type: str, can_ocr: bool, languages: Sequence[str]
) -> tuple[str, object]:
    try:
        return "read", read_text(path, media_type, can_ocr, languages)
    except Exception:
        return "failed", traceback.format_exc()


def _answer(path: Path, workdir: Path, placer: PdfPlacer | None) -> tuple[str, object]:
    try:
        return "opened", open_file(path, workdir, placer)
    except UserFacingError as exc:
        return "refused", exc.message
    except MemoryError:
        return "refused", translated(TOO_BIG)
    except OSError as exc:
        return "refused", _("it cannot be read ({error})").format(error=exc.strerror or exc)
    except Exception:
        return "failed", traceback.format_exc()


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no address-space limit, the time limit still holds
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
