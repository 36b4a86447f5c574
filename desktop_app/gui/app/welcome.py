"""The first thing a new user sees: start a case, open one, reopen a recent one, or explore the
sample.

It owns no case; each choice goes through ``file_actions``, which opens a case window and closes
this one — and shows it again when the last case window closes. With recent cases, focus starts
on the list, so Enter opens the highlighted one; Enter on a focused button presses it. A launch
straight into a case (``visacase FILE``, ``--sample``) builds no welcome window:
``welcome_later.WelcomeLater`` stands for it, and builds it only if the user comes back to it
(this module is not even loaded then). Nothing here names Qt's
namespace (``Qt``): setting up its Python enums costs ~25 ms, and the window is on screen without
them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui import colours, keyboard, settings
from desktop_app.gui.app import file_actions
from desktop_app.gui.dialogs.asking import Dialogs


class WelcomeWindow(QWidget):
    case_opened = Signal(object)

    def __init__(self, *, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        keyboard.install(QApplication.instance())
        self.dialogs = dialogs or Dialogs(self)
        self.setWindowTitle(self.tr("VisaCase"))
        self.setMinimumSize(620, 420)

        heading = QLabel(self.tr("<h2>VisaCase</h2>"))
        intro = QLabel(
            self.tr(
                "Keep everything about a refused visa application in one file on this "
                "computer: the 221(g) slip or refusal letter, the documents you send back, "
                "every CEAC status and email — and print a labelled packet for the consulate."
            )
        )
        intro.setWordWrap(True)

        self.new_button = self._button(self.tr("&New case…"), self.new_case)
        self.open_button = self._button(self.tr("&Open case…"), self.open_case)
        self.sample_button = self._button(self.tr("Open the &sample case"), self.open_sample)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent = QListWidget()
        self.recent_paths: list[Path] = []  # the case file of each row of ``recent``
        self.recent.setAccessibleName(self.tr("Recent cases"))
        self.recent.itemActivated.connect(self._open_recent)
        self.empty_hint = QLabel(self.tr("Cases you open will be listed here."))
        self.empty_hint.setWordWrap(True)  # a longer translation wraps rather than being cut
        colours.mute(self.empty_hint)
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(self.tr("<b>Recent cases</b>")))
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.empty_hint)
        recent_box.addStretch()  # takes the room the hidden list leaves: the hint stays on top

        columns = QHBoxLayout()
        columns.addLayout(buttons)
        columns.addLayout(recent_box, 1)
        privacy = QLabel(
            self.tr("Your cases stay on this computer. VisaCase never connects to the internet.")
        )
        privacy.setWordWrap(True)
        colours.mute(privacy)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(columns, 1)
        layout.addWidget(privacy)
        self.fill_recent()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumWidth(200)
        button.setAutoDefault(True)  # Enter presses a focused button, as Space does
        button.clicked.connect(slot)
        return button

    def fill_recent(self) -> None:
        self.recent.clear()
        self.recent_paths = settings.recent_cases()
        for path in self.recent_paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(self.recent.count() > 0)
        self.empty_hint.setVisible(self.recent.count() == 0)
        if self.recent.count():
            self.recent.setCurrentRow(0)
            self.recent.setFocus()  # for Qt.OtherFocusReason

    def show_again(self) -> None:
        """Back after the last case window closed: the recent list as it is now, in front."""
        self.fill_recent()
        self.show()
        self.raise_()

    def new_case(self) -> None:
        self._opened(file_actions.new_case(self))

    def open_case(self, path: Path | None = None) -> None:
        self._opened(file_actions.open_case(self, path))

    def open_sample(self) -> None:
        self._opened(file_actions.open_sample(self))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_case(self.recent_paths[self.recent.row(item)])

    def _opened(self, window: QWidget | None) -> None:
        if window is not None:
            self.case_opened.emit(window)
            self.close()
