"""Searching the text of every document: type, see each matching page, pick one to open it.

Queries go to the case file's full-text index, which answers in milliseconds, so they run on
the GUI thread after a short pause in typing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop_app.gui import colours
from desktop_app.gui.models.search_model import HitRole, SearchModel
from desktop_app.services import search
from desktop_app.store.casefile import CaseFile

PAUSE_MS = 200


class SearchPanel(QWidget):
    hit_chosen = Signal(int, int)  # document id, page (from 1)

    def __init__(self, case: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search the text of every document (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search documents"))
        self.model = SearchModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.activated.connect(self._chosen)
        self.results.clicked.connect(self._chosen)
        self.summary = QLabel()
        colours.mute(self.summary)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self._show_results(False)

    def run(self) -> None:
        query = self.field.text().strip()
        hits = search.search(self._case, query) if query else []
        self.model.set_hits(hits)
        self.summary.setText(
            self.tr("No page mentions “{0}”.").format(query)
            if not hits
            else self.tr("%n matching page(s)", "", len(hits))
        )
        self._show_results(bool(query))

    def _show_results(self, shown: bool) -> None:
        self.results.setVisible(shown and self.model.rowCount() > 0)
        self.summary.setVisible(shown)

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        self.hit_chosen.emit(hit.document_id, hit.page)
