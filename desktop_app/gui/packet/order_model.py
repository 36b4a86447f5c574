"""The packet's sections and their documents as a two-level tree the user reorders by drag.

Top-level rows are the lettered sections; their children are the documents in the order they go
into the pile. Dragging moves rows with ``moveRows`` (sections among sections, documents within
their own section — a document's section is its kind, which the packet decides), so views and
persistent indexes follow the move. Titles are editable: a section's is what its tab page says,
a document's is its line in the index and the label stamped on its pages. Each document has a
check box: unticked, it stays in the list (so it can be ticked again in place) but is left out of
the packet. Titles are shown through the window's masking; one that names an identifier cannot be
renamed while masked, so the mask never becomes a label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from string import ascii_uppercase

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from desktop_app.gui.models.masking import Masking
from desktop_app.gui.packet.choices import SectionChoice

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-visacase-packet-row"
ROOT = 0


@dataclass
class _Section:
    serial: int
    kinds: tuple[str, ...]
    title: str
    documents: list[tuple[int, str]] = field(default_factory=list)


class PacketOrderModel(QAbstractItemModel):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[_Section] = []
        self._serials = count(1)
        self._excluded: set[int] = set()
        self._masking = Masking()

    def set_masking(self, masking: Masking) -> None:
        """Show titles through ``masking`` (the case window's)."""
        self.beginResetModel()
        self._masking = masking
        self.endResetModel()

    def set_sections(self, sections: tuple[SectionChoice, ...]) -> None:
        self.beginResetModel()
        self._sections = [
            _Section(next(self._serials), s.kinds, s.title, list(s.documents)) for s in sections
        ]
        self.endResetModel()

    def sections(self) -> tuple[SectionChoice, ...]:
        return tuple(SectionChoice(s.kinds, s.title, tuple(s.documents)) for s in self._sections)

    def set_excluded(self, ids: tuple[int, ...]) -> None:
        self.beginResetModel()
        self._excluded = set(ids)
        self.endResetModel()

    def excluded(self) -> tuple[int, ...]:
        """The documents unticked, in packet order."""
        return tuple(
            doc_id for s in self._sections for doc_id, _ in s.documents if doc_id in self._excluded
        )

    # --- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, ROOT)
        return self.createIndex(row, column, self._sections[parent.row()].serial)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == ROOT:
            return QModelIndex()
        row = next(n for n, s in enumerate(self._sections) if s.serial == child.internalId())
        return self.createIndex(row, 0, ROOT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == ROOT and parent.column() == 0:
            return len(self._sections[parent.row()].documents)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    # --- data ------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        section = index.internalId() == ROOT
        if role == Qt.ItemDataRole.DisplayRole and section:
            return f"{_letter(index.row())} — {self._masking(self._title(index))}"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._masking(self._title(index))
        if role == Qt.ItemDataRole.EditRole:
            return self._title(index)
        if role == Qt.ItemDataRole.CheckStateRole and not section:
            left_out = self._document(index)[0] in self._excluded
            return Qt.CheckState.Unchecked if left_out else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.FontRole and section:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._masked(index):
                return self.tr("Show full identifiers (Ctrl+Shift+I) to rename it.")
            if section:
                return self.tr("Tab page title: F2 to rename it, drag to move the section.")
            return self.tr(
                "Label in the index and on its pages: F2 to rename, drag to move, untick to "
                "leave it out of the packet."
            )
        return None

    def _title(self, index: Index) -> str:
        if index.internalId() == ROOT:
            return self._sections[index.row()].title
        return self._document(index)[1]

    def _masked(self, index: Index) -> bool:
        """Whether the title names an identifier that is shown masked."""
        return self._masking(self._title(index)) != self._title(index)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._set_included(index, value)
        title = str(value).strip()
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not title:
            return False
        if self._masked(index):
            return False
        if title == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        if index.internalId() == ROOT:
            self._sections[index.row()].title = title
        else:
            documents = self._sections[index.parent().row()].documents
            documents[index.row()] = (documents[index.row()][0], title)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.changed.emit()
        return True

    def _set_included(self, index: Index, value: object) -> bool:
        if not index.isValid() or index.internalId() == ROOT:
            return False
        doc_id = self._document(index)[0]
        included = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
        if included == (doc_id not in self._excluded):
            return False
        (self._excluded.discard if included else self._excluded.add)(doc_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if not self._masked(index):
            base |= Qt.ItemFlag.ItemIsEditable
        if index.internalId() == ROOT:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def _document(self, index: Index) -> tuple[int, str]:
        return self._sections[index.parent().row()].documents[index.row()]

    # --- moving ----------------------------------------------------------------------------
    def moveRows(  # noqa: N802
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent != destination_parent or count < 1:
            return False
        rows = self._rows(source_parent)
        if (
            source_row < 0
            or source_row + count > len(rows)
            or not 0 <= destination_child <= len(rows)
        ):
            return False
        if not self.beginMoveRows(
            source_parent, source_row, source_row + count - 1, destination_parent, destination_child
        ):
            return False
        moving = rows[source_row : source_row + count]
        del rows[source_row : source_row + count]
        at = destination_child if destination_child < source_row else destination_child - count
        rows[at:at] = moving
        self.endMoveRows()
        self.changed.emit()
        return True

    def move_by(self, index: Index, step: int) -> bool:
        """Move one row up (-1) or down (+1) among its siblings, for keyboard users."""
        target = index.row() + (step if step < 0 else step + 1)
        return self.moveRows(index.parent(), index.row(), 1, index.parent(), target)

    def _rows(self, parent: Index) -> list:  # type: ignore[type-arg]
        if not parent.isValid():
            return self._sections
        return self._sections[parent.row()].documents

    # --- drag and drop ---------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if indexes:
            first = indexes[0]
            where = f"{first.parent().row()},{first.row()}"
            mime.setData(MIME, QByteArray(where.encode()))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_target(data, action, row, parent) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._drop_target(data, action, row, parent)
        if target is not None:
            source_parent, source_row, destination = target
            self.moveRows(source_parent, source_row, 1, source_parent, destination)
        # The move is done; returning False stops the view from also removing the dragged rows.
        return False

    def _drop_target(
        self, data: QMimeData, action: Qt.DropAction, row: int, parent: Index
    ) -> tuple[QModelIndex, int, int] | None:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return None
        where = bytes(data.data(MIME).data()).decode()
        section_row, source_row = (int(n) for n in where.split(","))
        if section_row < 0:  # a section: only between sections
            if parent.isValid():
                return None
            return QModelIndex(), source_row, len(self._sections) if row < 0 else row
        section = self.index(section_row, 0)
        if not parent.isValid() or parent.internalId() != ROOT or parent.row() != section_row:
            return None
        return section, source_row, len(self._sections[section_row].documents) if row < 0 else row


def _letter(row: int) -> str:
    """The section's letter as the packet prints it: A–Z, then AA, AB…"""
    if row < len(ascii_uppercase):
        return ascii_uppercase[row]
    first, second = divmod(row - len(ascii_uppercase), len(ascii_uppercase))
    return ascii_uppercase[first] + ascii_uppercase[second]
