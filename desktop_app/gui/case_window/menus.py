"""The case window's menus: every action with its shortcut, in one place.

The actions only call the window, its panels and the action modules; they decide nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.gui.app import file_actions
from desktop_app.gui.case_window import applicant_actions, clipboard, feedback
from desktop_app.gui.case_window.status_paste import paste_status
from desktop_app.gui.dialogs import help_dialogs

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def install(window: MainWindow) -> None:
    _case_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _help_menu(window)


def _packet_dialog(window: MainWindow) -> None:
    """Loaded on first use: the packet engine is not needed to open a case."""
    from desktop_app.gui.packet.packet_dialog import open_packet_dialog

    feedback.follow_packet_dialog(window, open_packet_dialog(window))


def _case_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QWidget.tr("&Case"))
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
    menu.addSeparator()
    menu.addAction(QWidget.tr("Add &applicant…"), window.add_applicant)
    menu.addSeparator()
    menu.addAction(
        QWidget.tr("&Export packet…"), QKeySequence("Ctrl+E"), lambda: _packet_dialog(window)
    )
    menu.addAction(
        QWidget.tr("Paste CEAC &status…"),
        QKeySequence("Ctrl+Shift+V"),
        lambda: paste_status(window, QGuiApplication.clipboard().text()),
    )
    menu.addAction(window.read_again_action)
    menu.addSeparator()
    menu.addAction(
        QWidget.tr("&Find in documents"),
        QKeySequence.StandardKey.Find,
        lambda: window.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason),
    )
    menu.addAction(QWidget.tr("&Refresh"), QKeySequence.StandardKey.Refresh, window.refresh)
    # every binding of the platform (Ctrl+W and Ctrl+F4), not only the first
    menu.addAction(QWidget.tr("&Close"), window.close).setShortcuts(QKeySequence.StandardKey.Close)


def _edit_menu(window: MainWindow) -> None:
    edit = window.menuBar().addMenu(QWidget.tr("&Edit"))
    undo = window.undo_stack.createUndoAction(window, QWidget.tr("&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, QWidget.tr("&Redo"))
    redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
    edit.addActions([undo, redo])
    edit.addSeparator()
    edit.addAction(window.remove_document_action)
    for title, removing in (
        (QWidget.tr("Edit a&pplicant"), False),
        (QWidget.tr("Remo&ve applicant"), True),
    ):
        people = edit.addMenu(title)
        people.aboutToShow.connect(
            lambda m=people, r=removing: applicant_actions.fill_menu(window, m, removing=r)
        )
    edit.addSeparator()
    edit.addAction(
        QWidget.tr("&Paste picture, files or CEAC text"),
        QKeySequence.StandardKey.Paste,
        lambda: clipboard.paste(window, QGuiApplication.clipboard().mimeData()),
    )
    edit.addSeparator()
    edit.addAction(
        QWidget.tr("Pr&eferences…"), QKeySequence.StandardKey.Preferences, window.edit_preferences
    )


def _view_menu(window: MainWindow) -> None:
    view = window.menuBar().addMenu(QWidget.tr("&View"))
    window.reveal_ids = view.addAction(QWidget.tr("Show full &identifiers"))
    window.reveal_ids.setCheckable(True)
    window.reveal_ids.setShortcut(QKeySequence("Ctrl+Shift+I"))
    window.reveal_ids.setToolTip(
        QWidget.tr("Application IDs and case numbers are partly hidden unless you show them.")
    )
    window.reveal_ids.toggled.connect(window.show_identifiers)
    window.menuBar().addMenu(QWidget.tr("&Timeline")).addActions(
        window.timeline_panel.menu_actions()
    )


def _help_menu(window: MainWindow) -> None:
    help_menu = window.menuBar().addMenu(QWidget.tr("&Help"))
    help_menu.addAction(
        QWidget.tr("VisaCase &guide"),
        QKeySequence.StandardKey.HelpContents,
        lambda: help_dialogs.open_dialog(help_dialogs.GuideDialog(window)),
    )
    help_menu.addAction(
        QWidget.tr("&Keyboard shortcuts"),
        lambda: help_dialogs.open_dialog(help_dialogs.ShortcutsDialog(window)),
    )
    help_menu.addAction(
        QWidget.tr("Show &log folder"), lambda: help_dialogs.show_log_folder(window)
    )
    help_menu.addSeparator()
    about = help_menu.addAction(QWidget.tr("&About VisaCase"), lambda: _about_dialog(window))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about_qt = help_menu.addAction(QWidget.tr("About &Qt"), lambda: QMessageBox.aboutQt(window))
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)


def _about_dialog(window: MainWindow) -> None:
    """Loaded on first use; shown without blocking, and deleted when closed."""
    from desktop_app.gui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
