"""The 214(b) workbook tab: six points, what changed with its evidence, the one-sentence answer.

A 214(b) refusal is answered by a new application after real change, so this view keeps the user
honest rather than hopeful: each change wants a document that proves it, the answer has to fit in
one sentence, and "ready" only ever means the workbook is complete. Everything is read from and
saved through ``services.workbook`` at once, each change one step of the window's undo stack;
the view loads when it is shown (so documents imported meanwhile can be linked as evidence) and
after every step forwards or back while it is shown — a hidden tab reads nothing, so a 221(g)
case never reads the workbook it does not show. Document titles and changes are shown through
the window's masking, so a title or a change that names an ID or passport number does not show
it in full. The box of changes and their evidence, with what its buttons do, is in
``workbook_changes``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.workbook import POINTS
from desktop_app.errors import UserFacingError
from desktop_app.gui.case_window.case_edits import CaseEdits
from desktop_app.gui.case_window.workbook_changes import WorkbookChanges
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.models.masking import Masking
from desktop_app.messages import translated
from desktop_app.services import documents, workbook
from desktop_app.services.workbook import WorkbookView
from desktop_app.store.casefile import CaseFile


def _bullets(lines: tuple[str, ...]) -> str:
    """An HTML list of plain lines; what the user typed must never turn into markup."""
    return "".join(f"<li>{html.escape(line)}</li>" for line in lines)


class WorkbookPanel(WorkbookChanges, QScrollArea):
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
        for point in POINTS:  # the same six for every case: ticked or not, they are read later
            label, hint_text = translated(point.label), translated(point.hint)
            check = QCheckBox(self.tr(label))
            check.setAccessibleName(self.tr(label))
            check.toggled.connect(lambda on, key=point.key: self._set_point(key, on))
            hint = QLabel(self.tr(hint_text))
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            layout.addWidget(check)
            layout.addWidget(hint)
            self.points[point.key] = check
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
        self.widget().layout().activate()  # the first load's texts laid out before painting
        super().showEvent(event)

    def set_masking(self, masking: Masking) -> None:
        """Show titles and changes through ``masking`` from now on (the window's, on a refresh)."""
        if masking != self.masking:
            self.masking = masking
            self.reload()

    def reload(self) -> None:
        """Show the case's workbook now; a hidden tab waits until it is shown (``showEvent``)."""
        if not self.isVisible():
            return
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

    def save_answer(self) -> None:
        if self.answer.text() != workbook.show(self.case, self._today()).answer:
            answer = self.answer.text()
            self._run(self.tr("Edit the answer"), lambda: workbook.set_answer(self.case, answer))
