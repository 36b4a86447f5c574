"""The workbook's "what changed" entries, each with the documents that prove it.

A change may name a number ("New passport P1234567"), so its text is shown through the window's
masking; the titles of its evidence come already masked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.domain.workbook import Change
from desktop_app.gui.models.masking import Masking

Index = QModelIndex | QPersistentModelIndex
TEXT_COLUMN = 0
ChangeIdRole = Qt.ItemDataRole.UserRole + 1
EvidenceRole = Qt.ItemDataRole.UserRole + 2


class ChangesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Change] = []
        self._titles: dict[int, str] = {}
        self._masking = Masking()

    def set_changes(
        self,
        changes: list[Change],
        document_titles: dict[int, str],
        masking: Masking = Masking(),  # noqa: B008
    ) -> None:
        """The changes, their texts shown through ``masking``; ``document_titles`` as shown."""
        self.beginResetModel()
        self._rows = list(changes)
        self._titles = dict(document_titles)
        self._masking = masking
        self.endResetModel()

    def change(self, row: int) -> Change:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        change = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._masking(change.text)}\n    {self._evidence(change)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._evidence(change)
        if role == ChangeIdRole:
            return change.id
        if role == EvidenceRole:
            return list(change.evidence)
        return None

    def _evidence(self, change: Change) -> str:
        if not change.evidence:
            return self.tr("⚠ No evidence yet: link a document that proves it.")
        titles = [self._titles.get(d, self.tr("document {0}").format(d)) for d in change.evidence]
        return self.tr("✓ Evidence: {0}").format("; ".join(titles))
