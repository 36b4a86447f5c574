"""The window's side of a vanished or replaced case file: notice it, say so, offer a copy.

Each case window keeps a :class:`CaseWatch` from the moment it opens. The window looks again
whenever it is activated (the user is back from the file manager) and before it starts any
background work; when the file is gone or another one is in its place, the user is told in a
sentence and offered to save a copy of what the window still has open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.errors import UserFacingError
from desktop_app.services.case_presence import CaseWatch

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow

CASE_FILES = "VisaCase case (*.visacase)"


class _ActivationWatcher(QObject):
    """Looks at the case file each time the window becomes active, telling each problem once."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._told: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self._look)  # not from inside the activation itself
        return False

    def _look(self) -> None:
        window = self._window
        if window.closed or (problem := window.case_watch.problem()) in (None, self._told):
            return
        self._told = problem
        offer_copy(window, problem)


def watch(window: MainWindow) -> CaseWatch:
    """Start watching the window's case file; keep the result as ``window.case_watch``."""
    found = CaseWatch(window.case)
    window.installEventFilter(_ActivationWatcher(window))
    return found


def open_case_windows() -> list[MainWindow]:
    """Every case window on screen now (each keeps its watch as ``case_watch``)."""
    return [
        cast("MainWindow", widget)
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and isinstance(getattr(widget, "case_watch", None), CaseWatch)
    ]


def offer_copies() -> bool:
    """After an error reached the hook: tell each window whose file has gone; True if any."""
    told = False
    for window in open_case_windows():
        if (problem := window.case_watch.problem()) is not None:
            offer_copy(window, problem)
            told = True
    return told


def still_there(window: MainWindow) -> bool:
    """True when the case file is in place; otherwise say so, offer a copy, and return False."""
    problem = window.case_watch.problem()
    if problem is None:
        return True
    offer_copy(window, problem)
    return False


def offer_copy(window: MainWindow, problem: str) -> Path | None:
    """Tell what happened to the file and, if the user wants, save a copy; the copy's path."""
    question = QWidget.tr(
        "{0}\n\nChanges can no longer be saved into it. Save a copy of what this window still "
        "has open?"
    )
    if not window.dialogs.confirm(QWidget.tr("Case file missing"), question.format(problem)):
        return None
    suggested = window.case.path.with_name(f"{window.case.path.stem} (copy).visacase")
    target = window.dialogs.save_path(QWidget.tr("Save a copy…"), str(suggested), CASE_FILES)
    if target is None:
        return None
    if target.suffix != ".visacase":
        target = target.with_name(target.name + ".visacase")
    try:
        saved = window.case_watch.save_copy(target)
    except UserFacingError as exc:
        window.dialogs.inform(QWidget.tr("Save a copy"), exc.message)
        return None
    window.dialogs.inform(
        QWidget.tr("Save a copy"),
        QWidget.tr("Saved a copy as {0}. Open it with Case ▸ Open case… to go on.").format(
            saved.name
        ),
    )
    return saved
