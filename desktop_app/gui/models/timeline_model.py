"""The timeline rows as a Qt list model, and the filter the view looks through.

The model applies each new list of rows as the smallest set of row inserts, removals and
changes, so a view with thousands of events keeps its scroll position and selection when one
event is added. ``TimelineFilter`` narrows the rows to one applicant and to the kinds of events
the user wants to see.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.domain import identifiers
from desktop_app.gui.models.timeline_rows import Category, TimelineRow
from desktop_app.gui.translations import display_date

Index = QModelIndex | QPersistentModelIndex
TEXT_COLUMN = 0
RowRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
ApplicantRole = Qt.ItemDataRole.UserRole + 4
EventRole = Qt.ItemDataRole.UserRole + 5


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reveal_ids = False  # pasted CEAC pages name the application ID
        self._rows: list[TimelineRow] = []

    def set_rows(self, rows: list[TimelineRow]) -> None:
        """Apply the new rows as inserts, removals and changes of only what differs."""
        old = [r.key for r in self._rows]
        new = [r.key for r in rows]
        matcher = SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                self._update(i1, rows[j1:j2])
                continue
            if i2 > i1:
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._rows[i1:i2]
                self.endRemoveRows()
            if j2 > j1:
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self._rows[i1:i1] = rows[j1:j2]
                self.endInsertRows()

    def _update(self, start: int, rows: list[TimelineRow]) -> None:
        for offset, row in enumerate(rows):
            if self._rows[start + offset] != row:
                self._rows[start + offset] = row
                changed = self.index(start + offset, TEXT_COLUMN)
                self.dataChanged.emit(changed, changed)

    def row_at(self, row: int) -> TimelineRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [display_date(row.day), row.chip, row.title, row.detail, row.aside]
            return "  ·  ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = row.tooltip if self.reveal_ids else identifiers.mask_in_text(row.tooltip)
            return shown or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == RowRole:
            return row
        if role == KindRole:
            return row.kind.value
        if role == CategoryRole:
            return row.category.value
        if role == ApplicantRole:
            return row.applicant_id
        if role == EventRole:
            return row.event
        return None


class TimelineFilter(QSortFilterProxyModel):
    """One applicant (case-wide rows always stay) and the categories switched on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._applicant: int | None = None
        self._hidden: set[str] = set()

    def set_applicant(self, applicant_id: int | None) -> None:
        self.beginFilterChange()
        self._applicant = applicant_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_shown(self, category: Category, shown: bool) -> None:
        self.beginFilterChange()
        if shown:
            self._hidden.discard(category.value)
        else:
            self._hidden.add(category.value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        source = self.sourceModel()
        assert isinstance(source, TimelineModel)
        row = source.row_at(source_row)
        if row.category.value in self._hidden:
            return False
        owner = row.applicant_id
        return self._applicant is None or owner is None or owner == self._applicant
