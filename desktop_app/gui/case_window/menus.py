"""The case window's menus for its case: every action on the case with its shortcut, in one place.

They join the menus the window has from its first moment (``window_menus``: New, Open, Close,
Help) once the case is in the window, each in its place. The actions only call the window, its
panels and the action modules; they decide nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.gui.case_window import applicant_actions, clipboard, feedback
from desktop_app.gui.case_window.status_paste import paste_status

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def install(window: MainWindow) -> None:
    _case_menu(window)
    for menu in (_edit_menu(window), *_view_menus(window)):
        window.menuBar().insertMenu(window.help_menu, menu)


def _packet_dialog(window: MainWindow) -> None:
    """Loaded on first use: the packet engine is not needed to open a case."""
    from desktop_app.gui.packet.packet_dialog import open_packet_dialog

    feedback.follow_packet_dialog(window, open_packet_dialog(window))


def _case_menu(window: MainWindow) -> None:
    """Between Open and Close: the case's own commands."""
    menu = QMenu(window)  # built apart, then moved in front of Close
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
    window.case_menu.insertActions(window.close_action, menu.actions())


def _edit_menu(window: MainWindow) -> QMenu:
    edit = QMenu(QWidget.tr("&Edit"), window)
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
    return edit


def _view_menus(window: MainWindow) -> tuple[QMenu, QMenu]:
    """View (identifiers shown or masked) and Timeline."""
    view = QMenu(QWidget.tr("&View"), window)
    window.reveal_ids = view.addAction(QWidget.tr("Show full &identifiers"))
    window.reveal_ids.setCheckable(True)
    window.reveal_ids.setShortcut(QKeySequence("Ctrl+Shift+I"))
    window.reveal_ids.setToolTip(
        QWidget.tr("Application IDs and case numbers are partly hidden unless you show them.")
    )
    window.reveal_ids.toggled.connect(window.show_identifiers)
    timeline = QMenu(QWidget.tr("&Timeline"), window)
    timeline.addActions(window.timeline_panel.menu_actions())
    return view, timeline
