"""One background task: a callable run in the thread pool, reporting progress and its result.

The callable receives ``progress(done, total)`` and ``cancelled()``; it never touches a widget.
Results and errors come back through signals, which Qt delivers on the GUI thread: ``failed``
carries the sentence of an expected failure (a :class:`UserFacingError`), ``crashed`` the
traceback of a bug. Callers do not connect these themselves: ``background.run_in_background``
wires every ending once, so none is forgotten.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.errors import UserFacingError

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)


class Task(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except UserFacingError as exc:
            self.signals.failed.emit(exc.message)
        except Exception:
            self.signals.crashed.emit(traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def start(task: Task) -> Task:
    QThreadPool.globalInstance().start(task)
    return task
