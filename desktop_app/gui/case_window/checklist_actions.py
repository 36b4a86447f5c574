"""Taking a document off a 221(g) checklist item: the item's context menu and Delete, undoable.

Linking is done by dropping a document on an item (``MainWindow.link_documents``); this is the
way back, one document at a time or all of an item's at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.gui.models.requests_model import ItemIdRole
from desktop_app.services import notices

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def install(window: MainWindow) -> None:
    view = window.checklist_view
    unlink_all = QAction(QWidget.tr("Unlink all documents"), view)
    unlink_all.setShortcut(QKeySequence.StandardKey.Delete)
    unlink_all.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    unlink_all.triggered.connect(lambda: unlink(window, _current_item(window), None))
    view.addAction(unlink_all)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda pos: _menu(window, pos))


def unlink(window: MainWindow, item_id: int | None, document_id: int | None) -> None:
    """Say a document (None: every one) no longer answers the item."""
    item = next((i for i in notices.list_requested_items(window.case) if i.id == item_id), None)
    if item is None or window.case.read_only:
        return
    gone = list(item.document_ids) if document_id is None else [document_id]
    if not gone:
        return

    def take_off() -> None:
        for doc in gone:
            notices.unlink_document(window.case, item.id, doc)

    window.edits.do(QWidget.tr("Unlink from “{0}”").format(item.label), take_off)


def _current_item(window: MainWindow) -> int | None:
    index = window.checklist_view.currentIndex()
    return index.data(ItemIdRole) if index.isValid() else None


def _menu(window: MainWindow, pos: QPoint) -> QMenu | None:
    view = window.checklist_view
    index = view.indexAt(pos)
    if not index.isValid():
        index = view.currentIndex()
    if not index.isValid():
        return None
    view.setCurrentIndex(index)
    item_id = index.data(ItemIdRole)
    [item] = [i for i in notices.list_requested_items(window.case) if i.id == item_id]
    titles = {d.id: window.masking(d.title) for d in window.documents_model.documents()}
    menu = QMenu(view)
    for doc in item.document_ids:
        action = menu.addAction(QWidget.tr("Unlink “{0}”").format(titles.get(doc, doc)))
        action.triggered.connect(lambda _=False, d=doc: unlink(window, item_id, d))
    if len(item.document_ids) > 1:
        menu.addAction(view.actions()[0])
    if not item.document_ids:
        menu.addAction(QWidget.tr("No documents linked yet")).setEnabled(False)
    for action in menu.actions():
        action.setEnabled(action.isEnabled() and not window.case.read_only)
    menu.popup(view.viewport().mapToGlobal(pos))
    return menu
