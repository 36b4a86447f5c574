"""The case window's status bar: the next deadline, always (a missed one in red, with what that
generally means), and while a background task runs its progress and a Cancel button.

Messages shown for a moment ("Status recorded") never hide the deadline: it is a permanent
widget, as are progress and Cancel. The bar is there from the window's first frame, empty; the
deadline rules (and ``datetime`` and ``dataclasses`` under them) load with the case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop_app import messages

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow

MISSED_STYLE = "color: white; background: #b3261e; font-weight: bold; padding: 2px 6px;"


def install(window: MainWindow) -> None:
    window.deadline_label = QLabel()
    window.progress_label = QLabel()
    window.cancel_button = QPushButton(QWidget.tr("Cancel"))
    window.cancel_button.clicked.connect(window.cancel_import)
    for widget in (window.deadline_label, window.progress_label, window.cancel_button):
        window.statusBar().addPermanentWidget(widget)
    set_busy(window, False)


def show_deadline(window: MainWindow) -> None:
    """The next deadline, or a missed one in red with what that generally means."""
    from desktop_app.domain.deadline_states import MISSED_REPLY, headline

    text, missed = headline(window.timeline_panel.found, window.today())
    window.deadline_label.setText(text)
    window.deadline_label.setStyleSheet(MISSED_STYLE if missed else "")
    window.deadline_label.setToolTip(messages.translated(MISSED_REPLY) if missed else "")


def set_busy(window: MainWindow, busy: bool) -> None:
    """Progress and Cancel while a task runs; out of sight (and cleared) when it is done."""
    window.progress_label.setVisible(busy)
    window.cancel_button.setVisible(busy)
    if not busy:
        window.progress_label.clear()
