"""Help → About: the version, VisaCase's licence, the third-party notices, and Qt's own About.

The app is GPL-3.0-or-later and ships LGPL Qt, GPL extract-msg and many permissively licensed
libraries, so the user can read every licence from inside the app: ``LICENSE`` and the notices
file sit at the top of the source tree and of the built app's ``_internal`` folder alike (the
notices are written by the build; a source checkout renders them from its environment).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__, notices
from desktop_app.gui.window_size import resize_within_screen

APP_ROOT = Path(__file__).resolve().parents[3]  # the checkout, or the built app's _internal


class AboutDialog(QDialog):
    """Version and licence on top; the licence and the notices in tabs; About Qt and Close."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        root: Path = APP_ROOT,
        about_qt: Callable[[QWidget], None] = QMessageBox.aboutQt,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About VisaCase"))
        resize_within_screen(self, 640, 520)
        self.heading = QLabel(
            self.tr(
                "<h2>VisaCase {0}</h2><p>One local file per refused US visa case, its status "
                "timeline and a labelled resubmission packet.</p><p>VisaCase is free software: "
                "you can share and change it under the GNU General Public License, version 3 "
                "or (at your option) any later version. It comes with no warranty.</p>"
            ).format(__version__)
        )
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.licence = self._text_tab(_read(root / "LICENSE"), self.tr("Licence (GPL-3.0)"))
        self.notices = self._text_tab(notices.bundled_text(root), self.tr("Third-party notices"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = buttons.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.about_qt_button.clicked.connect(lambda: about_qt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _text_tab(self, text: str, title: str) -> QPlainTextEdit:
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(view, title)
        return view


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.is_file() else ""
