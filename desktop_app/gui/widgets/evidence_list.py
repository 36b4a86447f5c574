"""The workbook's "what changed" list as a drop target for evidence.

Drop documents from the case's document list on a change to say they prove it. Files dragged in
from the desktop are left to the window, which imports them first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from desktop_app.gui.models.changes_model import ChangeIdRole
from desktop_app.gui.models.documents_model import DOCUMENT_IDS_MIME, document_ids_from


class EvidenceList(QListView):
    documents_dropped = Signal(int, list)  # change id, document ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def _change_at(self, event: QDropEvent | QDragMoveEvent) -> QModelIndex:
        if not event.mimeData().hasFormat(DOCUMENT_IDS_MIME):
            return QModelIndex()
        return self.indexAt(event.position().toPoint())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(DOCUMENT_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        change = self._change_at(event)
        if change.isValid():
            self.setCurrentIndex(change)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        change = self._change_at(event)
        if not change.isValid():
            event.ignore()
            return
        event.acceptProposedAction()
        self.documents_dropped.emit(change.data(ChangeIdRole), document_ids_from(event.mimeData()))
