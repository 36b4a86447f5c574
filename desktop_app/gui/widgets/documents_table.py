"""The case's documents as a table: title, kind, date and pages, one row per document.

The date and page count take the width they need; the title and the kind share the rest, the
kind never more than 40% of it (yet as wide as its longest word), so in a narrow pane or a
large font the title still has room to wrap onto more lines (rows grow to fit) instead of being
squeezed to a word per line. Where even that leaves a title too little room (a large font on a
laptop), the page count steps aside: the details panel still shows it.
Several rows can be selected (Ctrl/Shift-click, Ctrl+A), to remove them, read them again or
give them a kind or applicant at once; dragging rows out carries their ids, for linking
documents to checklist items and changes.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.gui.models.documents_model import DocumentsModel

KIND_SHARE = 0.4
ROW_LINES = 1.7  # a one-line row's height, in lines of text: room to breathe, as before wrapping
CELL_PADDING = 12  # the cell's margins and its grid line, as the style draws them
TITLE_CHARS = 10  # a title given fewer characters than this wraps a word or two per line


class DocumentsTable(QTableView):
    def __init__(self, model: DocumentsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Documents"))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMinimumSectionSize(round(self.fontMetrics().height() * ROW_LINES))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DocumentsModel.KIND, QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self.share_width)
        model.dataChanged.connect(self.share_width)

    def selectRow(self, row: int) -> None:  # noqa: N802
        """Select ``row`` alone and make it current. Qt's own reads the keyboard: with Ctrl held
        (as it is for Ctrl+Z, after which the window selects the document again) it would
        toggle the row off instead."""
        index = self.model().index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def select_more(self, rows: list[int]) -> None:
        """Add ``rows`` to the selection, leaving the current row as it is."""
        chosen = QItemSelection()
        for row in rows:
            chosen.select(self.model().index(row, 0), self.model().index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().select(chosen, flags)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """Give the kind the width it needs, up to its share of what date and pages leave; hide
        the page count if the title would be left less than TITLE_CHARS beside it."""
        header, kind, pages = self.horizontalHeader(), DocumentsModel.KIND, DocumentsModel.PAGES
        counted = max(self.sizeHintForColumn(pages), header.sectionSizeHint(pages))
        date = header.sectionSize(DocumentsModel.DATE)
        title = TITLE_CHARS * self.fontMetrics().averageCharWidth() + CELL_PADDING
        crowded = self.viewport().width() - date - counted - self._longest_word() < title
        self.setColumnHidden(pages, crowded)
        left = self.viewport().width() - date - (0 if crowded else counted)
        wanted = max(self.sizeHintForColumn(kind), header.sectionSizeHint(kind))
        header.resizeSection(kind, max(min(wanted, int(left * KIND_SHARE)), self._longest_word()))

    def _longest_word(self) -> int:
        """The width of the longest word in the kind column, with the cell's padding."""
        model, metrics = self.model(), self.fontMetrics()
        words = (
            word
            for row in range(model.rowCount())
            for word in str(model.index(row, DocumentsModel.KIND).data() or "").split()
        )
        return max((metrics.horizontalAdvance(w) for w in words), default=0) + CELL_PADDING
