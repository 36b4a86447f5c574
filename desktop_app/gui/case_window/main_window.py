"""The case window: documents on the left, a preview in the middle, details on the right.

It shows what the services return and sends every change back through them; nothing here
decides anything about the case. Files dropped anywhere on the window are imported in the
background with progress and Cancel. The window's parts are built beside it: its panes in
``panes``, its status bar in ``status_bar``, its menus in ``menus``; what it does lives in the
``*_actions`` modules, each taking the window as its first argument.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QThreadPool, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.domain import identifiers
from desktop_app.gui import keyboard, settings
from desktop_app.gui.case_window import (
    applicant_actions,
    case_watch,
    checklist_actions,
    document_actions,
    feedback,
    import_flow,
    menus,
    panes,
    status_bar,
)
from desktop_app.gui.case_window.case_edits import CaseEdits
from desktop_app.gui.case_window.commands import EditDocument
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.models import masking
from desktop_app.gui.models.documents_model import DocumentsModel
from desktop_app.gui.models.requests_model import RequestsModel
from desktop_app.gui.widgets.details import DetailsPanel
from desktop_app.gui.widgets.preview import Preview
from desktop_app.gui.workers.task import Task
from desktop_app.services import (
    applicants,
    cases,
    documents,
    notices,
    reading,
    restoring,
)
from desktop_app.store.casefile import CaseFile


class MainWindow(QMainWindow):
    import_finished = Signal(list)
    packet_exported = Signal(object)
    reading_finished = Signal()
    closing = Signal()

    def __init__(
        self,
        case: CaseFile,
        *,
        dialogs: Dialogs | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.case = case
        self.case_watch = case_watch.watch(self)
        self.today = today
        self.dialogs = dialogs or Dialogs(self)
        self._task: Task | None = None
        self.told_no_ocr = False
        self.closed = False
        self.setAcceptDrops(True)
        title = self.tr("VisaCase — {0}").format(cases.get_case_info(case).title)
        self.setWindowTitle(title + (self.tr(" (read-only)") if case.read_only else ""))
        self.resize(1280, 800)

        self.masking = masking.Masking()  # how titles and texts show identifiers (set by refresh)
        self.documents_model = DocumentsModel(self)
        self.documents_view = panes.documents_table(self)
        self.preview = Preview(case)
        self.requests_model = RequestsModel(self)
        self.details = DetailsPanel()
        self.details.decided.connect(self._decide)
        self.details.edited.connect(self._edit_document)
        self.details.set_read_only(case.read_only)
        self.undo_stack = QUndoStack(self)
        self.edits = CaseEdits(case, self.undo_stack, self)
        self.edits.changed.connect(self.show_current)
        self.edits.told.connect(lambda message: feedback.tell(self, message))
        self.tabs = panes.centre_tabs(self)
        self.splitter = panes.splitter(self)
        self.setCentralWidget(self.splitter)
        settings.restore_geometry(self, "case-window")
        status_bar.install(self)
        self.remove_document_action = document_actions.remove_action(self)
        self.read_again_action = document_actions.read_again_action(self)
        menus.install(self)
        checklist_actions.install(self)
        keyboard.install(QApplication.instance())
        keyboard.leave_views_with_tab(self)
        self.refresh()
        if self.documents_model.rowCount():
            self.documents_view.selectRow(0)

    def refresh(self) -> None:
        if self.closed:  # a worker's last signal can arrive after the case was closed
            return
        people = applicants.list_applicants(self.case)
        self.masking = masking.for_people(people, reveal=self.reveal_ids.isChecked())
        self.documents_model.set_documents(documents.list_documents(self.case), self.masking)
        self.search.model.set_masking(self.masking)
        self.workbook.set_masking(self.masking)
        self.details.set_applicants([(p.id, p.name) for p in people])
        self.timeline_panel.reload()
        self.checklist.show_notices(notices.list_notices(self.case))
        self.requests_model.set_items(
            notices.list_requested_items(self.case),
            {d.id: self.masking(d.title) for d in self.documents_model.documents()},
        )
        info = cases.get_case_info(self.case)
        who = "<br>".join(
            f"{p.name} ({p.role}) {self._shown_id(p.application_id or p.case_number)}"
            for p in people
        ) or self.tr("no applicants yet")
        self.applicants_label.setText(f"<b>{info.title}</b><br>{info.post or ''}<br>{who}")
        status_bar.show_deadline(self)

    def show_identifiers(self, shown: bool) -> None:
        """Show numbers in full, or masked, everywhere in the window."""
        self.timeline_panel.model.reveal_ids = shown
        current = self.documents_view.currentIndex()
        if current.isValid():
            self.show_document(self.documents_model.document(current.row()).id)
        else:
            self.refresh()

    def _shown_id(self, value: str | None) -> str:
        """IDs are masked unless the user asked to see them (someone may be looking on)."""
        if not value:
            return ""
        return value if self.reveal_ids.isChecked() else identifiers.mask(value)

    def on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        doc = self.documents_model.document(rows[0].row())
        self.details.show_document(
            doc, documents.get_document_text(self.case, doc.id), self.masking
        )
        self._show_suggestions(doc.id)
        self.preview.show_document(doc)

    def add_applicant(self) -> None:
        applicant_actions.add(self)

    def edit_preferences(self) -> None:
        chosen = self.dialogs.preferences(settings.preferences())
        if chosen is not None:
            settings.save_preferences(chosen)
            feedback.tell(self, self.tr("Preferences saved."))

    def _edit_document(self, document_id: int, changes: dict) -> None:
        doc = documents.get_document(self.case, document_id)
        old = {field: getattr(doc, field) for field in changes}
        self.edits.push(
            EditDocument(
                self.case,
                document_id,
                old,
                changes,
                lambda: self.show_document(document_id),
                self.tr("Edit “{0}”").format(self.masking(doc.title)),
            )
        )

    def show_current(self) -> None:
        """Refresh after a step forwards or back, keeping the selected document if it is still
        there (else the one now in its row; the details panel empties when none is left)."""
        current = self.documents_view.currentIndex()
        chosen = self.documents_model.document(current.row()).id if current.isValid() else None
        self.refresh()
        row = self.documents_model.row_of(chosen) if chosen is not None else -1
        if row < 0 and current.isValid():
            row = min(current.row(), self.documents_model.rowCount() - 1)
        if row >= 0:
            self.documents_view.selectRow(row)
        else:
            self.details.show_nothing()
            self.preview.setCurrentIndex(0)

    def show_document(self, document_id: int) -> None:
        """Refresh every view, then select the document (an edit may have moved it)."""
        self.refresh()
        row = self.documents_model.row_of(document_id)
        if row >= 0:
            self.documents_view.selectRow(row)

    def show_page(self, document_id: int, page: int) -> None:
        """Select a document and show one of its pages (from 1), e.g. a search hit."""
        self.show_document(document_id)
        self.tabs.setCurrentWidget(self.preview)
        self.preview.go_to_page(page - 1)

    def _show_suggestions(self, document_id: int) -> None:
        pending = [
            s for s in reading.list_suggestions(self.case, document_id) if s.status == "pending"
        ]
        self.details.show_suggestions(pending, reveal_ids=self.reveal_ids.isChecked())

    def _decide(self, suggestion_id: int, accept: bool) -> None:
        selected = self.documents_view.currentIndex()
        if selected.isValid():
            doc = self.documents_model.document(selected.row())
            document_actions.decide(self, doc.id, suggestion_id, accept)

    def link_documents(self, item_id: int, document_ids: list[int]) -> None:
        """Say the documents answer a requested item (one undo step for the lot)."""
        [item] = [i for i in notices.list_requested_items(self.case) if i.id == item_id]
        new = [d for d in document_ids if d not in item.document_ids]
        if not new:
            return
        self.edits.do(
            self.tr("Link to “{0}”").format(item.label),
            lambda: [notices.link_document(self.case, item_id, d) for d in new],
        )

    def import_paths(self, paths: list[Path], *, link_to: int | None = None) -> Task | None:
        """Import files and folders in the background; the same path a drop takes. With
        ``link_to``, what was imported answers that requested item."""
        return import_flow.import_paths(self, paths, link_to=link_to)

    def start_task(self, task: Task) -> None:
        """Show progress and Cancel for a task about to start."""
        self._task = task
        status_bar.set_busy(self, True)

    def task_done(self) -> None:
        self._task = None
        status_bar.set_busy(self, False)

    def cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.case.read_only:
            self.statusBar().showMessage(self.tr("This case is open read-only."), 4000)
        elif event.mimeData().hasUrls():
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent  # noqa: N815

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.closed = True
        self.closing.emit()
        settings.save_geometry(self, "case-window")
        panes.save_widths(self)
        self.cancel_import()
        QThreadPool.globalInstance().waitForDone()
        self.preview.release()
        restoring.drop_unused_bytes(self.case)  # no undo can bring removed documents back now
        self.case.close()
        super().closeEvent(event)  # type: ignore[arg-type]
