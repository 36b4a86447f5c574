"""The case's documents as a table: title, kind, date, pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app import messages
from desktop_app.domain import document_kinds
from desktop_app.gui.models.masking import Masking
from desktop_app.gui.translations import display_date
from desktop_app.services.documents import DocumentView

DocumentIdRole = Qt.ItemDataRole.UserRole + 1
DOCUMENT_IDS_MIME = "application/x-visacase-document-ids"
Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractTableModel):
    TITLE, KIND, DATE, PAGES = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentsModel", "Title"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Kind"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Date"),
        QT_TRANSLATE_NOOP("DocumentsModel", "Pages"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentView] = []
        self._masking = Masking()

    def set_documents(self, rows: list[DocumentView], masking: Masking = Masking()) -> None:  # noqa: B008
        """The documents, their titles shown through ``masking`` (a title may name an ID)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._masking = masking
        self.endResetModel()

    def documents(self) -> list[DocumentView]:
        return list(self._rows)

    def document(self, row: int) -> DocumentView:
        return self._rows[row]

    def row_of(self, document_id: int) -> int:
        return next((n for n, d in enumerate(self._rows) if d.id == document_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [DOCUMENT_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """Dragged documents travel as their ids, to be dropped on a checklist item."""
        ids = list(dict.fromkeys(self._rows[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(DOCUMENT_IDS_MIME, ",".join(map(str, ids)).encode())
        return mime

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        if role == DocumentIdRole:
            return doc.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return doc.original_name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.TITLE:
            return self._masking(doc.title)
        if column == self.KIND:
            return messages.translated(document_kinds.label(doc.kind))
        if column == self.DATE:
            return display_date(doc.document_date) if doc.document_date else "—"
        return doc.page_count or "—"


def document_ids_from(mime: QMimeData) -> list[int]:
    raw = bytes(mime.data(DOCUMENT_IDS_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part.isdigit()]
