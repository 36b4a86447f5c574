"""Help → VisaCase guide, Keyboard shortcuts and Show log folder: help that works offline.

The guide is the README's "Using the app" section, shipped as a package resource
(``scripts/make_guide.py`` writes it) and rendered as Markdown. The shortcuts table is read from
the window's own actions, so it lists what the keys really do, in the user's language, with the
platform's spelling of each key. The log folder opens in the system's file manager through
``open_url``, which tests replace to see the address without starting one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.app import app_log
from desktop_app.gui.window_size import resize_within_screen

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow

GUIDE = Path(__file__).resolve().parents[2] / "resources" / "guide.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, guide: Path = GUIDE) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("VisaCase guide"))
        resize_within_screen(self, 720, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: the guide's few links lead nowhere useful
        self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        _layout(self, self.browser)


class ShortcutsDialog(QDialog):
    """Every action of the window that has a key, with the menu it sits in."""

    MENU, ACTION, KEYS = range(3)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        resize_within_screen(self, 560, 520)
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        for n, row in enumerate(rows):
            for column, text in enumerate(row):
                self.table.setItem(n, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        _layout(self, self.table)


def shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for each action with a shortcut: the menus' first, then the window's."""
    found = list(_menu_actions(window.menuBar().actions(), ""))
    listed = {action for _, action in found}
    found += [("", a) for a in window.actions() if a not in listed]
    return [
        (menu, _plain(action.text()), _keys(action)) for menu, action in found if action.shortcuts()
    ]


def _menu_actions(actions: list[QAction], path: str) -> Iterator[tuple[str, QAction]]:
    for action in actions:
        menu: QMenu | None = action.menu()
        if menu is not None:
            title = _plain(menu.title())
            yield from _menu_actions(menu.actions(), f"{path} → {title}" if path else title)
        elif not action.isSeparator():
            yield path, action


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def show_log_folder(
    window: MainWindow, open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
) -> None:
    """Open the folder with the log files, to attach one to a bug report; say where it is if
    the system cannot open it."""
    folder = app_log.log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    if not open_url(QUrl.fromLocalFile(str(folder))):
        window.dialogs.inform(
            QWidget.tr("Log folder"), QWidget.tr("The log files are in {0}").format(folder)
        )


def open_dialog(dialog: QDialog) -> None:
    """Shown without blocking the window, and deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _layout(dialog: QDialog, content: QWidget) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content, 1)
    layout.addWidget(buttons)
