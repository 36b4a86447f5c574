"""The 214(b) workbook tab: six points, what changed with its evidence, the one-sentence answer.

A 214(b) refusal is answered by a new application after real change, so this view keeps the user
honest rather than hopeful: each change wants a document that proves it, the answer has to fit in
one sentence, and "ready" only ever means the workbook is complete. Everything is read from and
saved through ``services.workbook`` at once, each change one step of the window's undo stack;
the view reloads when it is shown (so documents imported meanwhile can be linked as evidence)
and after every step forwards or back. Document titles and changes are shown through the window's
masking, so a title or a change that names an ID or passport number does not show it in full.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserFacingError
from desktop_app.gui.case_window.case_edits import CaseEdits
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.models.changes_model import ChangesModel
from desktop_app.gui.models.masking import Masking
from desktop_app.gui.widgets.evidence_list import EvidenceList
from desktop_app.services import documents, workbook
from desktop_app.services.workbook import WorkbookView
from desktop_app.store.casefile import CaseFile


def _bullets(lines: tuple[str, ...]) -> str:
    """An HTML list of plain lines; what the user typed must never turn into markup."""
    return "".join(f"<li>{html.escape(line)}</li>" for line in lines)


class WorkbookPanel(QScrollArea):
    def __init__(
        self,
        case: CaseFile,
        dialogs: Dialogs,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        edits: CaseEdits | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.dialogs = dialogs
        self.edits = edits or CaseEdits(case, QUndoStack(self), self)
        self.edits.changed.connect(self.reload)
        self._today = today
        self.masking = Masking()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("214(b) workbook"))
        self.readiness = QLabel()
        self.readiness.setWordWrap(True)
        self.readiness.setAccessibleName(self.tr("Readiness"))
        self.points: dict[str, QCheckBox] = {}
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
        self.answer = self._answer_field()
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        standing = QGroupBox(self.tr("Where you stand"))
        QVBoxLayout(standing).addWidget(self.readiness)
        layout.addWidget(self.notice)
        layout.addWidget(standing)
        layout.addWidget(self._points_box())
        layout.addWidget(self._changes_box())
        layout.addWidget(self._answer_box())
        layout.addWidget(self.reminders)
        layout.addStretch(1)
        self.setWidget(page)
        page.setEnabled(not case.read_only)
        self.reload()

    def _answer_field(self) -> QLineEdit:
        answer = QLineEdit()
        answer.setAccessibleName(self.tr("One-sentence answer"))
        answer.setPlaceholderText(
            self.tr("e.g. Since May I manage our Manila office, and we bought our home there.")
        )
        answer.editingFinished.connect(self.save_answer)
        return answer

    def _points_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Six points to work through"))
        layout = QVBoxLayout(box)
        for point in workbook.show(self.case, self._today()).points:
            check = QCheckBox(self.tr(point.label))
            check.setAccessibleName(self.tr(point.label))
            check.toggled.connect(lambda on, key=point.key: self._set_point(key, on))
            hint = QLabel(self.tr(point.hint))
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(check)
            layout.addWidget(hint)
            self.points[point.key] = check
        return box

    def _changes_box(self) -> QGroupBox:
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

    def _answer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your answer to “What changed since last time?”"))
        self.answer_hint = QLabel()
        layout = QVBoxLayout(box)
        layout.addWidget(self.answer)
        layout.addWidget(self.answer_hint)
        return box

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.reload()
        super().showEvent(event)

    def set_masking(self, masking: Masking) -> None:
        """Show titles and changes through ``masking`` from now on (the window's, on a refresh)."""
        if masking != self.masking:
            self.masking = masking
            self.reload()

    def reload(self) -> None:
        view = workbook.show(self.case, self._today())
        for point in view.points:
            check = self.points[point.key]
            check.blockSignals(True)
            check.setChecked(point.done)
            check.blockSignals(False)
        titles = {d.id: self.masking(d.title) for d in documents.list_documents(self.case)}
        selected = self._selected_change()
        self.changes.set_changes(list(view.changes), titles, self.masking)
        self._select_change(selected)
        chosen = self.document.currentData()
        self.document.clear()
        for document_id, title in titles.items():
            self.document.addItem(title, document_id)
        self.document.setCurrentIndex(max(self.document.findData(chosen), 0))
        if not self.answer.hasFocus():
            self.answer.setText(view.answer)
        self.answer_hint.setText(
            self.tr("{0} words. Short enough to say at the window without notes.").format(
                len(view.answer.split())
            )
        )
        self.notice.setText(f"<i>{self.tr(view.notice)}</i>")
        self.readiness.setText(self._readiness_text(view))
        self.reminders.setText(
            f"<b>{self.tr('Remember')}</b><ul>"
            + _bullets(tuple(self.tr(r) for r in view.reminders))
            + "</ul>"
        )

    def _readiness_text(self, view: WorkbookView) -> str:
        ready = view.readiness
        if ready.ready:
            text = f"<b>{self.tr('The workbook is complete.')}</b>"
        else:
            text = f"<b>{self.tr('Not ready to apply again yet')}</b><ul>"
            text += _bullets(tuple(self.tr(b) for b in ready.blockers)) + "</ul>"
        if ready.warnings:
            text += f"<b>{self.tr('Think about')}</b><ul>"
            text += _bullets(tuple(self.tr(w) for w in ready.warnings)) + "</ul>"
        return text

    def _selected_change(self) -> int | None:
        index = self.change_list.currentIndex()
        return self.changes.change(index.row()).id if index.isValid() else None

    def _select_change(self, change_id: int | None) -> None:
        for row in range(self.changes.rowCount()):
            if self.changes.change(row).id == change_id:
                self.change_list.setCurrentIndex(self.changes.index(row, 0))

    def _run(self, text: str, action: Callable[[], object]) -> bool:
        """Do one change through the service as an undoable step named ``text``; a mistake the
        user can fix is said, not raised."""
        try:
            self.edits.do(text, action)
        except UserFacingError as exc:
            self.dialogs.inform(self.tr("214(b) workbook"), exc.message)
            return False
        self.reload()
        return True

    def _set_point(self, key: str, done: bool) -> None:
        label = self.points[key].text()
        text = self.tr("Tick “{0}”") if done else self.tr("Untick “{0}”")
        self._run(text.format(label), lambda: workbook.set_point(self.case, key, done))

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

    def save_answer(self) -> None:
        if self.answer.text() != workbook.show(self.case, self._today()).answer:
            answer = self.answer.text()
            self._run(self.tr("Edit the answer"), lambda: workbook.set_answer(self.case, answer))
