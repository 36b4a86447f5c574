"""The case window as most GUI tests want it: on a test case, with dialogs that never block."""

from __future__ import annotations

from desktop_app.gui.app import file_actions
from desktop_app.gui.app.welcome import WelcomeWindow
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


def open_case_window(qtbot, case: CaseFile, *, show: bool = True) -> MainWindow:
    win = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(win)
    if show:
        win.show()
    return win


def wait_until_opened(qtbot) -> list[MainWindow]:
    """Wait until no case window is still opening (each has its case in it, or has closed
    because its case could not be opened); the case windows left."""
    qtbot.waitUntil(lambda: all(w.loaded for w in file_actions.OPEN_WINDOWS))
    return list(file_actions.OPEN_WINDOWS)


def open_welcome_window(qtbot) -> WelcomeWindow:
    welcome = WelcomeWindow(dialogs=FakeDialogs())
    qtbot.addWidget(welcome)
    welcome.show()
    return welcome
