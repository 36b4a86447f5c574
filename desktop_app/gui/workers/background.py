"""The one way the windows run slow work: import, reading text, export, preview and printing.

Like Anki's ``CollectionOp``, this is the single place where a task's endings are wired, so no
caller can forget one. Whatever way the task ends, its progress rows are hidden first; then a
result goes to ``on_success``, an expected failure (a :class:`UserFacingError`) becomes a
friendly message (or goes to ``on_failure``), and a bug is logged and shown in the crash dialog.
``on_end`` runs last, after any ending. Before starting, the case file is checked to still be
in place, so no work starts on a file that has gone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer

from desktop_app.gui.app import app_log, crash
from desktop_app.gui.case_window import case_watch
from desktop_app.gui.workers.task import Task, Work, start

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow

log = logging.getLogger(__name__)


class ProgressRow(Protocol):
    """Something that shows a task's progress and Cancel while it runs."""

    def begin(self, task: Task, text: str) -> None: ...

    def end(self) -> None: ...


class StatusBarRow:
    """The case window's status bar: a progress label and its Cancel button."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def begin(self, task: Task, text: str) -> None:
        window = self._window
        window.start_task(task)
        task.signals.progress.connect(
            lambda done, total: window.progress_label.setText(text.format(done, total))
        )

    def end(self) -> None:
        self._window.task_done()


def run_in_background(
    window: MainWindow,
    work: Work,
    *,
    title: str,
    progress: str,
    on_success: Callable[[Any], None],
    rows: Sequence[ProgressRow] = (),
    on_failure: Callable[[str], None] | None = None,
    on_end: Callable[[], None] | None = None,
    wanted: Callable[[], bool] | None = None,
) -> Task | None:
    """Run ``work`` on the thread pool for ``window``; None when it could not start.

    ``title`` names the job in messages ("Import"); ``progress`` is the rows' text, formatted
    with (done, total). ``wanted`` says whether the outcome still matters to anyone (by default:
    the window is open); when it does not, the ending is only logged.
    """
    if not case_watch.still_there(window):
        return None
    task = Task(work)
    still_wanted = wanted or (lambda: not window.closed)
    began = time.monotonic()
    # A task nobody holds takes its signals with it and its ending is lost: hold it here until
    # it has ended, then let go once the ending's slot has returned.
    held = [task]

    def ended(outcome: str) -> bool:
        QTimer.singleShot(0, held.clear)
        for row in rows:
            if not isinstance(row, QObject) or shiboken6.isValid(row):  # a closed dialog's row
                row.end()
        log.info("%s %s after %.1f s", title, outcome, time.monotonic() - began)
        return still_wanted()

    def succeeded(result: object) -> None:
        try:
            if ended("finished"):
                on_success(result)
        finally:
            _finish(on_end)

    def failed(message: str) -> None:
        try:
            if ended("failed with a message") and case_watch.still_there(window):
                (on_failure or (lambda text: window.dialogs.inform(title, text)))(message)
        finally:
            _finish(on_end)

    def crashed(details: str) -> None:
        try:
            if ended("crashed"):
                report = crash.report(details, [window.case_watch], app_log.log_folder())
                window.dialogs.crash(report)
            else:
                log.error("%s crashed after nobody waited for it:\n%s", title, details)
        finally:
            _finish(on_end)

    task.signals.finished.connect(succeeded)
    task.signals.failed.connect(failed)
    task.signals.crashed.connect(crashed)
    for row in rows:
        row.begin(task, progress)
    log.info("%s started", title)
    return start(task)


def _finish(on_end: Callable[[], None] | None) -> None:
    if on_end is not None:
        on_end()
