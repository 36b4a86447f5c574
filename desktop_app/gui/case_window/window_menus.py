"""The menus a case window has from its first moment, before its case is read: Case ▸ New, Open
and Close, and Help. Everything else in the menus acts on the case, so ``menus`` adds it once
the case is in the window (``MainWindow.load``), in its place among these. The dialogs behind
Help load when first asked for (Qt's namespace and its message box too), so a window is on screen
without them.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.gui.app import file_actions

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def install(window: MainWindow) -> None:
    menu = window.case_menu = window.menuBar().addMenu(QWidget.tr("&Case"))
    menu.addAction(
        QWidget.tr("&New case…"),
        QKeySequence.StandardKey.New,
        lambda: file_actions.new_case(window),
    )
    menu.addAction(
        QWidget.tr("&Open case…"),
        QKeySequence.StandardKey.Open,
        lambda: file_actions.open_case(window),
    )
    # every binding of the platform (Ctrl+W and Ctrl+F4), not only the first
    window.close_action = menu.addAction(QWidget.tr("&Close"), window.close)
    window.close_action.setShortcuts(QKeySequence.StandardKey.Close)
    window.help_menu = _help_menu(window)


def _help_menu(window: MainWindow) -> QAction:
    help_menu = window.menuBar().addMenu(QWidget.tr("&Help"))
    help_menu.addAction(
        QWidget.tr("VisaCase &guide"),
        QKeySequence.StandardKey.HelpContents,
        lambda: _help_dialogs().open_dialog(_help_dialogs().GuideDialog(window)),
    )
    help_menu.addAction(
        QWidget.tr("&Keyboard shortcuts"),
        lambda: _help_dialogs().open_dialog(_help_dialogs().ShortcutsDialog(window)),
    )
    help_menu.addAction(
        QWidget.tr("Show &log folder"), lambda: _help_dialogs().show_log_folder(window)
    )
    help_menu.addSeparator()
    about = help_menu.addAction(QWidget.tr("&About VisaCase"), lambda: _about_dialog(window))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about_qt = help_menu.addAction(QWidget.tr("About &Qt"), lambda: _about_qt(window))
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    return help_menu.menuAction()


def _help_dialogs() -> ModuleType:
    from desktop_app.gui.dialogs import help_dialogs

    return help_dialogs


def _about_qt(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.aboutQt(window)


def _about_dialog(window: MainWindow) -> None:
    """Loaded on first use; shown without blocking, and deleted when closed."""
    from PySide6.QtCore import Qt

    from desktop_app.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
