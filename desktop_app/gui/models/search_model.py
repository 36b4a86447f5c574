"""Search hits as a list: the document, the page, and the words around the match."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.gui.models.masking import Masking
from desktop_app.services.search import MARK_END, MARK_START, Hit

HitRole = Qt.ItemDataRole.UserRole + 20
Index = QModelIndex | QPersistentModelIndex


class SearchModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._masking = Masking()

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def set_masking(self, masking: Masking) -> None:
        """How titles and snippets show identifiers: the window's View → Show full identifiers."""
        self._masking = masking
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = self.tr("{0} — page {1}").format(self._masking(hit.title), hit.page)
            return f"{where}\n{self._snippet(hit.snippet)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._snippet(hit.snippet)
        if role == HitRole:
            return hit
        return None

    def _snippet(self, snippet: str) -> str:
        """The snippet with its identifiers masked. A match inside a number ("B7QP" searched)
        splits it with marks, hiding it from the mask: such a snippet loses its marks instead."""
        plain = snippet.replace(MARK_START, "").replace(MARK_END, "")
        masked = self._masking(plain)
        return self._masking(snippet) if masked == plain else masked
