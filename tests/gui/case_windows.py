"""The case window as most GUI tests want it: on a test case, with dialogs that never block."""

from __future__ import annotations

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


def open_case_window(qtbot, case: CaseFile, *, show: bool = True) -> MainWindow:
    win = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(win)
    if show:
        win.show()
    return win
