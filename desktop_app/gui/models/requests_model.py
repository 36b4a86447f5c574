"""The 221(g) checklist: each requested item with its state and how many documents answer it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication

from desktop_app.domain.requests import ItemState
from desktop_app.gui import colours
from desktop_app.gui.translations import display_date
from desktop_app.services.notices import RequestedItemView

ItemIdRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
STATE_MARKS = {ItemState.MISSING: "○", ItemState.LINKED: "◐", ItemState.SUBMITTED: "●"}
STATE_HUES = {  # made readable on the list's own background when drawn (colours.on_base)
    ItemState.MISSING: QColor("#b3261e"),
    ItemState.LINKED: QColor("#7a5900"),
    ItemState.SUBMITTED: QColor("#1e6b34"),
}


class RequestsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestedItemView] = []
        self._titles: dict[int, str] = {}

    def set_items(self, rows: list[RequestedItemView], titles: dict[int, str]) -> None:
        """The items, and the titles of the case's documents to name those linked to them."""
        self.beginResetModel()
        self._rows = list(rows)
        self._titles = dict(titles)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        linked = [self._titles.get(d, "?") for d in item.document_ids]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{STATE_MARKS[item.state]}  {item.label}\n{self._state_line(item, linked)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours.on_base(STATE_HUES[item.state], QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.detail, *(f"• {title}" for title in linked)]
            hint = self.tr("Drop a document here to say it answers this item.")
            return "\n".join(x for x in lines if x) or hint
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.label}: {self._state_line(item, linked)}"
        if role == ItemIdRole:
            return item.id
        return None

    def _state_line(self, item: RequestedItemView, linked: list[str]) -> str:
        if item.state is ItemState.SUBMITTED and item.submitted_on is not None:
            state = self.tr("Submitted {0}").format(display_date(item.submitted_on))
        elif item.state is ItemState.MISSING:
            return self.tr("Missing — drop the document that answers it here")
        else:
            state = self.tr("Ready to send")
        return f"      {state}: {'; '.join(linked)}"
