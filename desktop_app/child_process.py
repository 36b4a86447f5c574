"""A helper process for work that must not hold up, crash or outgrow the app: started once, asked
one question at a time, each answer awaited within a time bound, ended with everything it started.

Import opens untrusted files in one (``ingest.sandbox``); anything else that needs a bounded
worker can use it too. The child is a fresh interpreter — the same on Linux, macOS and Windows —
started straight from this module rather than through ``multiprocessing``, whose "spawn" start
re-imports the parent's main script in the child: for the window that is the whole GUI, for a
script the script's own imports, a second or more before the first file could open. Here the
child imports only what its handler needs.

The child runs in a session of its own (a new process group) on systems that have them, so
ending it ends the programs it started too — a Tesseract it was waiting for would otherwise read
on for up to a minute, competing with the next reader for the CPU. Its address space is capped
where the system allows (``RLIMIT_AS``; Windows has no such limit and goes without).

A handler may also hold a conversation: when it answers with a generator, each thing the
generator yields goes to the parent as a :class:`Question`, the parent's reply comes back as the
value of that ``yield``, and what the generator returns is the answer (see ``converse``). That is
how a long piece of work reports progress, or asks the parent for what only the parent decides,
without a second channel.

Requests and answers are pickled frames on the child's standard input and output; the child
moves them to descriptors of its own first and points its standard output at standard error, so
a library that prints (or reads) cannot garble them. A frozen app starts its child as
``<app> --child`` (see ``packaging/entry.py``).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    import subprocess

CHILD_FLAG = "--child"
POLL = 0.2
HEADER = struct.Struct("!Q")
Handler = Callable[[object], object]
Factory = Callable[..., Handler]
_GONE = object()


@dataclass(frozen=True)
class Question:
    """What a handler's conversation asks the parent, on its way to the answer."""

    content: object


class ChildGoneError(Exception):
    """The child ended (killed for its memory, crashed) before it answered."""


class ChildTooSlowError(Exception):
    """The child did not answer within the time allowed; it has been ended."""


class ChildCancelledError(Exception):
    """The caller cancelled while the child worked; it has been ended."""


class BoundedChild:
    """One child process serving ``factory(*args)``'s handler; started on first use."""

    def __init__(
        self, factory: Factory, args: tuple[object, ...], memory_limit: int, start_limit: float
    ) -> None:
        self._setup = (factory, args, memory_limit)
        self._start_limit = start_limit
        self._process: subprocess.Popen[bytes] | None = None
        self._ready = False
        self._answers: queue.Queue[object] = queue.Queue()

    @property
    def pid(self) -> int | None:
        """The running child's process id (its process group's too, where there are groups)."""
        return None if self._process is None else self._process.pid

    def send(self, request: object) -> None:
        """Hand the child its next request; a child that went away is replaced first."""
        try:
            self._write(self._started(), request)
        except OSError:  # it ended between requests: a fresh one takes this request
            self.kill()
            self._write(self._started(), request)

    def start(self) -> None:
        """Start the child now without waiting for it: it loads its libraries while the caller
        gets the first request ready. The first ``send`` waits for it."""
        if self._process is None:
            self._launch()

    def receive(self, deadline: float, cancelled: Callable[[], bool] = lambda: False) -> object:
        """The answer to the request sent, waited for until ``deadline`` (``time.monotonic``)."""
        while True:
            try:
                answer = self._answers.get(timeout=min(POLL, max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                if cancelled():
                    self.kill()
                    raise ChildCancelledError from None
                if time.monotonic() >= deadline:
                    self.kill()
                    raise ChildTooSlowError from None
                continue
            if answer is _GONE:
                self.kill()
                raise ChildGoneError
            return answer

    def converse(
        self,
        request: object,
        reply: Callable[[object], object],
        deadline: float,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> object:
        """Send ``request`` and answer each question the child asks about it with
        ``reply(question)``, until the answer comes (within ``deadline``, as ``receive``). A
        reply that raises ends the child, which would otherwise wait for it."""
        self.send(request)
        while True:
            answer = self.receive(deadline, cancelled)
            if not isinstance(answer, Question):
                return answer
            try:
                said = reply(answer.content)
            except BaseException:
                self.kill()
                raise
            if self._process is None:
                raise ChildGoneError
            with contextlib.suppress(OSError):  # gone: the next receive says so
                self._write(self._process, said)

    def kill(self) -> None:
        """End the child and whatever it started, at once; the next request starts a new one."""
        process, self._process, self._ready = self._process, None, False
        if process is None:
            return
        if hasattr(os, "killpg"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        self._answers = queue.Queue()

    def _started(self) -> subprocess.Popen[bytes]:
        process = self._process or self._launch()
        if self._ready:
            return process
        try:
            self._ready = self.receive(time.monotonic() + self._start_limit) == "ready"
        except (ChildGoneError, ChildTooSlowError):
            self._ready = False
        if not self._ready:
            self.kill()
            raise RuntimeError("the helper process did not start")
        return process

    def _launch(self) -> subprocess.Popen[bytes]:
        import subprocess  # here: only the parent starts processes, the child need not load it

        options: dict[str, object] = (
            {"start_new_session": True}
            if hasattr(os, "setsid")
            else {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}
        )
        process = subprocess.Popen(
            _command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, **options
        )
        self._process = process
        answers = self._answers
        assert process.stdout is not None
        threading.Thread(target=_relay, args=(process.stdout, answers), daemon=True).start()
        try:
            self._write(process, self._setup)
        except OSError:
            self.kill()
            raise RuntimeError("the helper process did not start") from None
        return process

    @staticmethod
    def _write(process: subprocess.Popen[bytes], message: object) -> None:
        assert process.stdin is not None
        _send(process.stdin, message)


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    boot = f"import sys; sys.path[:0] = {sys.path!r}; from {__name__} import serve; serve()"
    return [sys.executable, "-c", boot]


def _relay(stream: BinaryIO, answers: queue.Queue[object]) -> None:
    """Move the child's answers to the queue as they come; ``_GONE`` once it has ended."""
    try:
        while True:
            answers.put(_receive(stream))
    except (EOFError, OSError, pickle.UnpicklingError):
        answers.put(_GONE)


def serve() -> None:
    """The child's side: build the handler, say "ready", answer each request until the parent
    closes the pipe."""
    requests, answers = os.fdopen(os.dup(0), "rb"), os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(2 if sys.stderr is not None else os.open(os.devnull, os.O_WRONLY), 1)
    factory, args, memory_limit = _receive(requests)
    _limit_memory(memory_limit)
    handler = factory(*args)
    _send(answers, "ready")
    with contextlib.suppress(EOFError):  # the parent closed the pipe: nothing more to do
        while True:
            answer = handler(_receive(requests))
            if isinstance(answer, Generator):
                answer = _conversation(answer, requests, answers)
            _send(answers, answer)


def _conversation(
    talk: Generator[object, object, object], requests: BinaryIO, answers: BinaryIO
) -> object:
    """Each question ``talk`` yields sent to the parent, the reply sent back into it; what it
    returns."""
    reply: object = None
    while True:
        try:
            question = talk.send(reply)
        except StopIteration as end:
            return end.value
        _send(answers, Question(question))
        reply = _receive(requests)


def _send(stream: BinaryIO, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: BinaryIO) -> object:
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise EOFError
    (size,) = HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no address-space limit, the time limit still holds
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
