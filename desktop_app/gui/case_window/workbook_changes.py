"""The 214(b) workbook's "What really changed since the refusal": each change and its evidence.

A change is worth only the documents that prove it, so the box lists the changes with their
evidence, adds one as the user types it, and links or unlinks the document chosen beside it (or
documents dropped on a change). ``WorkbookChanges`` is mixed into the workbook tab
(``workbook_view.WorkbookPanel``), whose undoable ``_run`` and masking each step goes through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.models.changes_model import ChangesModel
from desktop_app.gui.models.masking import Masking
from desktop_app.gui.widgets.evidence_list import EvidenceList
from desktop_app.services import workbook
from desktop_app.store.casefile import CaseFile


class WorkbookChanges:
    """The changes box and what its buttons do, for the workbook tab that shows it."""

    case: CaseFile
    dialogs: Dialogs
    masking: Masking
    _run: Callable[[str, Callable[[], object]], bool]

    def _changes_box(self) -> QGroupBox:
        """The list of changes, a field to add one, and its evidence: linked or unlinked."""
        self.changes = ChangesModel(self)
        self.change_list = EvidenceList()
        self.change_list.documents_dropped.connect(self.link_dropped)
        self.change_list.setModel(self.changes)
        self.change_list.setAccessibleName(self.tr("What changed"))
        self.change_list.setToolTip(
            self.tr("Drop documents from the list on the left on a change to link them")
        )
        self.change_list.setWordWrap(True)
        self.change_list.setAlternatingRowColors(True)
        self.change_list.setMaximumHeight(180)
        self.new_change = QLineEdit()
        self.new_change.setPlaceholderText(self.tr("e.g. Promoted to operations manager in May"))
        self.new_change.setAccessibleName(self.tr("New change"))
        self.new_change.returnPressed.connect(self.add_change)
        self.document = QComboBox()
        self.document.setAccessibleName(self.tr("Evidence document"))
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document.setMinimumContentsLength(12)
        box = QGroupBox(self.tr("What really changed since the refusal"))
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add change"))
        add.clicked.connect(self.add_change)
        remove = QPushButton(self.tr("Remove change"))
        remove.setAccessibleName(self.tr("Remove change"))
        remove.clicked.connect(self.remove_change)
        link = QPushButton(self.tr("Link as evidence"))
        link.clicked.connect(lambda: self.link_evidence(True))
        unlink = QPushButton(self.tr("Unlink"))
        unlink.setAccessibleName(self.tr("Unlink evidence"))
        unlink.clicked.connect(lambda: self.link_evidence(False))
        entry = QHBoxLayout()
        entry.addWidget(self.new_change, 1)
        entry.addWidget(add)
        evidence = QHBoxLayout()
        evidence.addWidget(QLabel(self.tr("For the selected change:")))
        evidence.addWidget(self.document, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(link)
        buttons.addWidget(unlink)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        layout = QVBoxLayout(box)
        layout.addLayout(entry)
        layout.addWidget(self.change_list)
        layout.addLayout(evidence)
        layout.addLayout(buttons)
        return box

    def _selected_change(self) -> int | None:
        index = self.change_list.currentIndex()
        return self.changes.change(index.row()).id if index.isValid() else None

    def _select_change(self, change_id: int | None) -> None:
        for row in range(self.changes.rowCount()):
            if self.changes.change(row).id == change_id:
                self.change_list.setCurrentIndex(self.changes.index(row, 0))

    def add_change(self) -> None:
        text = self.new_change.text()
        added: list[int] = []
        if self._run(
            self.tr("Add change “{0}”").format(self.masking(text.strip())),
            lambda: added.append(workbook.add_change(self.case, text)),
        ):
            self.new_change.clear()
            self._select_change(added[0])

    def remove_change(self) -> None:
        change_id = self._selected_change()
        if change_id is not None:
            self._run(
                self.tr("Remove change “{0}”").format(self._change_text(change_id)),
                lambda: workbook.remove_change(self.case, change_id),
            )

    def _change_text(self, change_id: int) -> str:
        """The change as the undo step names it: masked like the list shows it."""
        text = next(c.text for c in workbook.list_changes(self.case) if c.id == change_id)
        return self.masking(text)

    def link_evidence(self, link: bool) -> None:
        change_id, document_id = self._selected_change(), self.document.currentData()
        if change_id is None or document_id is None:
            self.dialogs.inform(
                self.tr("214(b) workbook"),
                self.tr("Select a change in the list and a document to link to it."),
            )
            return
        act = workbook.link_evidence if link else workbook.unlink_evidence
        text = self.tr("Link evidence to “{0}”") if link else self.tr("Unlink evidence from “{0}”")
        self._run(
            text.format(self._change_text(change_id)),
            lambda: act(self.case, change_id, document_id),
        )

    def link_dropped(self, change_id: int, document_ids: list[int]) -> None:
        """Documents dropped on a change prove it."""

        def link_all() -> None:
            for document_id in document_ids:
                workbook.link_evidence(self.case, change_id, document_id)

        self._select_change(change_id)
        self._run(self.tr("Link evidence to “{0}”").format(self._change_text(change_id)), link_all)
