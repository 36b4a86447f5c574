"""The reader process that opens untrusted files, and reads their text, within a time and a memory
bound.

Some PDFs send a parser into a loop for minutes, and a crafted picture or email can ask for
gigabytes. So files are opened (``ingest.opening``) in a bounded child process
(``desktop_app.child_process``: a clean interpreter, its address space capped, ended together
with whatever it started). The parent waits a bounded time for each answer; a child that
overruns is killed, a child that dies is noticed, and either way the file is refused with a
reason and a fresh child takes the next file. One child serves every file of an import, so its
start-up (a fraction of a second to load the parsers) is paid once, not per file, and
``open_each`` keeps it busy: a thread feeds it the next files while the caller stores the ones
before, so on two cores reading and storing overlap, even across a commit. The child also
hashes what is to be stored, so the storing side reads each file only once. Reading a stored
document's text (its PDF text layer, OCR of its scans) runs in the same child, bounded per page,
since one phone photo can keep Tesseract busy for a minute; cancelling ends the child, and its
Tesseract, at once. A child that only opens files never loads the OCR side (``ingest.text``).

A ``placer`` given to the reader proves each PDF the way the packet will use it (the packet's
own qpdf job, ``packet.placing.for_import``), in the child too; it is passed in because the
packet is not ingest's to import. The child loads it, and the PDF and email libraries, only
once it is ``AHEAD`` files ahead of the caller and would wait anyway (in a thread, so it goes on
opening meanwhile), or with the first PDF or email: the first files are answered a fifth of a
second sooner, and the first PDF does not wait for the libraries either.
"""

from __future__ import annotations

import contextlib
import importlib
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desktop_app import messages
from desktop_app.child_process import (
    POLL,
    BoundedChild,
    ChildCancelledError,
    ChildGoneError,
    ChildTooSlowError,
)
from desktop_app.errors import UserFacingError
from desktop_app.ingest.opening import OpenedFile, PdfPlacer, open_file
from desktop_app.messages import N_, _, translated

if TYPE_CHECKING:
    from desktop_app.ingest.text import Reading

TIME_LIMIT = 20.0  # per file: the promise is that no file takes longer
READ_LIMIT = 20.0  # reading text: per file, and again per page
MEMORY_LIMIT = 2 << 30
START_LIMIT = 120.0
AHEAD = 8
"""Files the child may have opened beyond the one the caller stores: enough to ride out a
commit, and each holds only its answer and its converted parts (on disk), not its bytes."""
FEEDER = "file-reader-feeder"
WARM_UP = "warm-up"
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
        self.read_limit = read_limit
        named = None if placer is None else _Deferred(placer.__module__, placer.__qualname__)
        self._child = BoundedChild(Serving, (named, messages.language()), memory_limit, START_LIMIT)
        self._feeding: tuple[threading.Event, threading.Thread] | None = None

    def __enter__(self) -> FileReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """The reader process's id while one runs."""
        return self._child.pid

    def open(self, path: Path, workdir: Path) -> OpenedFile:
        """``path`` opened in the child, converted parts written to ``workdir``; or a refusal."""
        opened = self._answer(path, self._ask_open(path, workdir))
        if isinstance(opened, str):
            raise UserFacingError(opened)
        return opened

    def open_each(
        self, paths: Iterable[Path], workdir: Path
    ) -> Iterator[tuple[Path, OpenedFile | str]]:
        """Each path with what it opened as, or the reason it was refused, in order.

        The child opens up to ``AHEAD`` files beyond the one the caller holds, fed by a thread of
        this process, so it goes on reading while the caller stores and commits (a commit can
        take a tenth of a second and a fast file a few milliseconds). Each file is still asked
        for alone, once the one before has been answered, so its time bound starts when the
        child starts it. Converted parts go to one of ``AHEAD + 2`` folders of ``workdir``,
        taken in turn and emptied before reuse; a folder is reused only once the caller has
        asked for the file after the one it served (names repeat: a repaired PDF is named
        after its original)."""
        folders = [workdir / str(n) for n in range(AHEAD + 2)]
        for folder in folders:
            folder.mkdir()
        answers: queue.Queue[tuple[Path, OpenedFile | str] | BaseException | None]
        answers = queue.Queue(maxsize=AHEAD)
        stop = threading.Event()
        feeder = threading.Thread(
            target=self._feed, args=(paths, folders, answers, stop), name=FEEDER, daemon=True
        )
        feeder.start()
        self._feeding = (stop, feeder)
        try:
            while (answer := answers.get()) is not None:
                if isinstance(answer, BaseException):
                    raise answer
                yield answer
        finally:  # also when the caller stops early: a file still opening is nobody's
            self._stop_feeding()

    def _stop_feeding(self) -> None:
        if self._feeding is not None:
            stop, feeder = self._feeding
            self._feeding = None
            stop.set()
            feeder.join()

    def _feed(
        self,
        paths: Iterable[Path],
        folders: list[Path],
        answers: queue.Queue[tuple[Path, OpenedFile | str] | BaseException | None],
        stop: threading.Event,
    ) -> None:
        """The feeding thread: each path opened in turn, its answer queued for the caller."""
        warm = False
        try:
            for n, path in enumerate(paths):
                folder = folders[n % len(folders)]
                for leftover in folder.iterdir():  # the parts of a file the caller is done with
                    if leftover.is_dir():
                        shutil.rmtree(leftover)
                    else:
                        leftover.unlink()
                opened = self._answer(path, self._ask_open(path, folder), stop.is_set)
                if not warm and answers.full():
                    self._warm_up(stop)
                    warm = True
                if not _handed(answers, (path, opened), stop):
                    return
        except ChildCancelledError:
            return
        except BaseException as exc:  # the caller's to see, in its own thread
            _handed(answers, exc, stop)
            return
        _handed(answers, None, stop)

    def _warm_up(self, stop: threading.Event) -> None:
        """Have the child load the email and PDF libraries now that it is ``AHEAD`` files ahead
        and would otherwise wait: the first email or PDF of an import then does not wait a fifth
        of a second for them. A child that fails at it is noticed with the next file."""
        self._child.send((WARM_UP, None, None))
        with contextlib.suppress(ChildTooSlowError, ChildGoneError):
            self._child.receive(time.monotonic() + self.time_limit, stop.is_set)

    def _ask_open(self, path: Path, workdir: Path) -> float:
        """Send the request; the deadline of its answer."""
        self._child.send(("open", path, workdir))
        return time.monotonic() + self.time_limit

    def _answer(
        self, path: Path, deadline: float, cancelled: Callable[[], bool] = lambda: False
    ) -> OpenedFile | str:
        try:
            status, answer = self._child.receive(deadline, cancelled)
        except ChildTooSlowError:
            return translated(TOO_SLOW)
        except ChildGoneError:  # killed: by the system for its memory, or crashed
            return translated(CRASHED)
        if status in ("opened", "refused"):
            return answer
        raise RuntimeError(f"opening {path.name} failed in the reader process:\n{answer}")

    def read_text(
        self,
        path: Path,
        media_type: str,
        pages: int,
        *,
        can_ocr: bool,
        cancelled: Callable[[], bool] = lambda: False,
        languages: Sequence[str] | None = None,
    ) -> Reading | None:
        """The text (and recognised words) of a stored document, read in ``languages`` (English
        unless said); None when cancelled or waiting for Tesseract. A document that overruns its
        bound, or stops the reader, has no text."""
        asked = None if languages is None else tuple(languages)
        self._child.send(("read", path, (media_type, can_ocr, asked)))
        deadline = time.monotonic() + self.read_limit * (1 + max(pages, 1))
        try:
            status, answer = self._child.receive(deadline, cancelled)
        except ChildCancelledError:
            return None
        except (ChildTooSlowError, ChildGoneError):
            from desktop_app.ingest.text import Reading

            return Reading("", "ocr")
        if status == "read":
            return answer
        raise RuntimeError(f"reading {path.name} failed in the reader process:\n{answer}")

    def close(self) -> None:
        """Stop the child. It holds nothing between files, so it is simply ended, at once (once
        the thread feeding it files, if any, has stopped, so that it starts no other)."""
        self._stop_feeding()
        self._child.kill()


def _handed(
    answers: queue.Queue[tuple[Path, OpenedFile | str] | BaseException | None],
    answer: tuple[Path, OpenedFile | str] | BaseException | None,
    stop: threading.Event,
) -> bool:
    """Queue ``answer`` for the caller once there is room; False if it stopped listening."""
    while not stop.is_set():
        try:
            answers.put(answer, timeout=POLL)
        except queue.Full:
            continue
        return True
    return False


@dataclass(frozen=True)
class _Deferred:
    """A PDF placer sent to the child by its module and name, and imported there when it is
    first called."""

    module: str
    name: str

    def __call__(self, path: Path, workdir: Path) -> tuple[Path, str]:
        return self.load()(path, workdir)

    def load(self) -> PdfPlacer:
        placer: PdfPlacer = getattr(importlib.import_module(self.module), self.name)
        return placer


class Serving:
    """The child's side: one request in (``("open", path, workdir)``, ``("read", path,
    (media_type, can_ocr, languages))`` or ``(WARM_UP, None, None)``), one answer out.
    Refusals are worded in ``language``, the parent's: a child starts in English."""

    def __init__(self, placer: _Deferred | None, language: str = "") -> None:
        self._placer = placer
        messages.use(language)

    def __call__(self, request: tuple[str, Path, Any]) -> tuple[str, object]:
        kind, path, detail = request
        if kind == "read":
            return _read(path, *detail)
        if kind == WARM_UP:
            return self._warm_up()
        return _answer(path, detail, self._placer)

    def _warm_up(self) -> tuple[str, object]:
        threading.Thread(target=self._load, name=WARM_UP, daemon=True).start()
        return "warm", None

    def _load(self) -> None:
        """Whatever stops it (a library missing, the memory cap reached while a file is open) is
        left for the file that needs the library to meet and report; a thread's traceback would
        only reach the app's standard error."""
        with contextlib.suppress(Exception):
            importlib.import_module("desktop_app.ingest.email_message")
            if self._placer is not None:
                self._placer.load()


def _read(
    path: Path, media_type: str, can_ocr: bool, languages: Sequence[str] | None
) -> tuple[str, object]:
    from desktop_app.ingest import ocr, text  # here: a reader that only opens files needs no OCR

    try:
        asked = ocr.ENGLISH if languages is None else languages
        return "read", text.read_text(path, media_type, can_ocr, asked)
    except Exception:
        return "failed", _traceback()


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
        return "failed", _traceback()


def _traceback() -> str:
    """The exception being handled, as text for the parent's error (loaded only for a bug)."""
    import traceback

    return traceback.format_exc()
