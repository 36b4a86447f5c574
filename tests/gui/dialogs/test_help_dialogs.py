"""Help works offline: the guide from the README, the shortcuts read from the window's own
actions, and the log folder opened in the file manager (here, a fake one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from desktop_app.gui.app import app_log
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.dialogs import help_dialogs
from desktop_app.gui.dialogs.help_dialogs import GUIDE, GuideDialog, ShortcutsDialog
from desktop_app.store.casefile import CaseFile
from scripts.make_guide import README, guide_from
from tests.gui.case_windows import open_case_window


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    return open_case_window(qtbot, case, show=False)


def help_menu_texts(window: MainWindow) -> list[str]:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_help_menu_offers_the_guide_shortcuts_log_folder_and_about(window) -> None:
    assert help_menu_texts(window) == [
        "VisaCase &guide",
        "&Keyboard shortcuts",
        "Show &log folder",
        "&About VisaCase",
        "About &Qt",
    ]


@pytest.mark.parametrize(
    ("entry", "kind"), [("VisaCase &guide", GuideDialog), ("&Keyboard shortcuts", ShortcutsDialog)]
)
def test_the_help_menu_opens_its_dialogs(qtbot, window, entry, kind) -> None:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    [action] = [a for a in menu.actions() if a.text() == entry]

    action.trigger()

    [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
    dialog.close()


def test_the_shipped_guide_is_the_readmes_using_the_app_section() -> None:
    shipped = GUIDE.read_text(encoding="utf-8")
    assert shipped == guide_from(README.read_text(encoding="utf-8")), "run scripts/make_guide.py"
    assert "![" not in shipped  # no screenshots to miss offline


def test_the_guide_is_rendered_as_a_page(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Using VisaCase")
    assert "Drag in anything" in text and "**" not in text  # Markdown rendered, not shown raw
    assert "|---|" not in text and "Ctrl+Shift+I" in text  # the shortcut table, as a table


def test_the_shortcuts_table_lists_the_windows_own_actions(qtbot, window) -> None:
    extra = QAction("Jump somewhere", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(extra)

    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = [
        tuple(dialog.table.item(n, c).text() for c in range(3))
        for n in range(dialog.table.rowCount())
    ]

    assert ("Case", "Export packet…", "Ctrl+E") in rows
    assert ("View", "Show full identifiers", "Ctrl+Shift+I") in rows
    assert ("", "Jump somewhere", "Ctrl+Alt+J") in rows
    assert all(keys for _, _, keys in rows)
    assert "Add applicant…" not in [action for _, action, _ in rows]  # it has no key


def test_show_log_folder_asks_the_system_to_open_the_log_folder(window) -> None:
    asked: list[QUrl] = []
    help_dialogs.show_log_folder(window, open_url=lambda url: asked.append(url) or True)
    assert [Path(url.toLocalFile()) for url in asked] == [app_log.log_folder()]
    assert app_log.log_folder().is_dir()
    assert window.dialogs.messages == []


def test_a_log_folder_the_system_cannot_open_is_named_instead(window) -> None:
    help_dialogs.show_log_folder(window, open_url=lambda url: False)
    [(title, text)] = window.dialogs.messages
    assert title == "Log folder"
    assert str(app_log.log_folder()) in text


@pytest.mark.parametrize(
    ("text", "kind"), [("VisaCase &guide", GuideDialog), ("&Keyboard shortcuts", ShortcutsDialog)]
)
def test_the_help_menu_opens_each_page_beside_the_window(qtbot, window, text, kind) -> None:
    window.show()
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    [action] = [a for a in menu.actions() if a.text() == text]
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    shown = QApplication.activeModalWidget()
    assert shown.parent() is window
    shown.close()
