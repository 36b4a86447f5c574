"""The 221(g) checklist as a drop target: drop a document from the list (or files from the
desktop) on a requested item to say that it answers it.

The view only recognises what was dropped and where; the window links or imports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop_app.gui.models.documents_model import DOCUMENT_IDS_MIME, document_ids_from
from desktop_app.gui.models.requests_model import ItemIdRole


class ChecklistView(QListView):
    documents_dropped = Signal(int, list)  # requested item id, document ids
    files_dropped = Signal(int, list)  # requested item id, paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSpacing(2)
        self.setWordWrap(True)

    def _item_at(self, event: QDropEvent | QDragMoveEvent) -> QModelIndex:
        return self.indexAt(event.position().toPoint())

    def _wanted(self, event: QDropEvent | QDragMoveEvent) -> bool:
        mime = event.mimeData()
        return self._item_at(event).isValid() and (
            mime.hasFormat(DOCUMENT_IDS_MIME) or mime.hasUrls()
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasFormat(DOCUMENT_IDS_MIME) or mime.hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._wanted(event):
            self.setCurrentIndex(self._item_at(event))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not self._wanted(event):
            event.ignore()
            return
        item_id = self._item_at(event).data(ItemIdRole)
        mime = event.mimeData()
        event.acceptProposedAction()
        if mime.hasFormat(DOCUMENT_IDS_MIME):
            self.documents_dropped.emit(item_id, document_ids_from(mime))
        else:
            paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            self.files_dropped.emit(item_id, paths)
