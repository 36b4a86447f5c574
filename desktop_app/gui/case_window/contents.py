"""What a case window shows once its case is open: the panes, the case's menus, and filling them.

This is the half of the window that needs the services and the ORM under them; it is loaded
with the first case (``MainWindow.load``), so the window's frame can be on screen before it.
Every function takes the window first; the window's methods of the same names call them. Its
strings are the window's (``MainWindow.tr``), as they were when this lived in it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from desktop_app.gui import key_rules
from desktop_app.gui.case_window import (
    case_watch,
    checklist_actions,
    document_actions,
    menus,
    panes,
    selection_fields,
    status_bar,
)
from desktop_app.gui.case_window.case_edits import CaseEdits
from desktop_app.gui.case_window.commands import EditDocument
from desktop_app.gui.case_window.main_window import MainWindow  # loaded before this module
from desktop_app.gui.models import masking
from desktop_app.gui.models.documents_model import DocumentsModel
from desktop_app.gui.models.requests_model import RequestsModel
from desktop_app.gui.widgets.details import DetailsPanel
from desktop_app.gui.widgets.preview import Preview
from desktop_app.services import applicants, cases, documents, notices, reading, restoring
from desktop_app.store.casefile import CaseFile


def build(window: MainWindow, case: CaseFile) -> None:
    """Make the case's panes, out of sight until ``fill`` puts them in the window."""
    window.case = case
    window.case_watch = case_watch.watch(window)
    refusal_type = cases.get_case_info(case).refusal_type
    window.masking = masking.Masking()  # how titles and texts show identifiers (set by refresh)
    window.documents_model = DocumentsModel(window)
    window.documents_view = panes.documents_table(window)
    window.preview = Preview(case)
    window.requests_model = RequestsModel(window)
    window.details = DetailsPanel()
    window.details.decided.connect(window.decide)
    window.details.edited.connect(window.edit_document)
    window.details.set_read_only(case.read_only)
    window.edits = CaseEdits(case, window.undo_stack, window)
    window.edits.changed.connect(window.show_current)
    window.edits.told.connect(window.tell)
    window.tabs = panes.centre_tabs(window, refusal_type)
    window.splitter = panes.splitter(window)
    window.remove_document_action = document_actions.remove_action(window)
    window.read_again_action = document_actions.read_again_action(window)
    window.kind_menu, window.applicant_menu = selection_fields.install(window)
    checklist_actions.install(window)


def fill(window: MainWindow) -> None:
    """Put the panes in the window (in place of "Opening …", if it was there) with the case's
    menus, and fill them, the first document shown."""
    case = window.case
    title = MainWindow.tr("VisaCase — {0}").format(cases.get_case_info(case).title)
    window.setWindowTitle(title + (MainWindow.tr(" (read-only)") if case.read_only else ""))
    window.setCentralWidget(window.splitter)
    menus.install(window)
    key_rules.leave_views_with_tab(window)
    refresh(window)
    if window.documents_model.rowCount():
        window.documents_view.selectRow(0)


def refresh(window: MainWindow) -> None:
    """Show the case file as it is now in every pane (after any change, from anywhere)."""
    case = window.case
    people = applicants.list_applicants(case)
    window.masking = masking.for_people(people, reveal=window.reveal_ids.isChecked())
    window.documents_model.set_documents(documents.list_documents(case), window.masking)
    window.search.model.set_masking(window.masking)
    window.workbook.set_masking(window.masking)
    window.details.set_applicants([(p.id, p.name) for p in people])
    requested = notices.list_requested_items(case)  # the timeline's deadlines need them too
    window.timeline_panel.reload(requested)
    window.checklist.show_notices(notices.list_notices(case))
    window.requests_model.set_items(
        requested,
        {d.id: window.masking(d.title) for d in window.documents_model.documents()},
    )
    info = cases.get_case_info(case)
    who = "<br>".join(
        f"{p.name} ({p.role}) {window.shown_id(p.application_id or p.case_number)}" for p in people
    ) or MainWindow.tr("no applicants yet")
    window.applicants_label.setText(f"<b>{info.title}</b><br>{info.post or ''}<br>{who}")
    status_bar.show_deadline(window)


def show_current_row(window: MainWindow, current: QModelIndex) -> None:
    """The details and preview follow the current row: of several selected, the one last
    clicked or moved to."""
    if not current.isValid():
        return
    doc = window.documents_model.document(current.row())
    window.details.show_document(
        doc, documents.get_document_text(window.case, doc.id), window.masking
    )
    show_suggestions(window, doc.id)
    window.preview.show_document(doc)


def show_suggestions(window: MainWindow, document_id: int) -> None:
    pending = [
        s for s in reading.list_suggestions(window.case, document_id) if s.status == "pending"
    ]
    window.details.show_suggestions(pending, reveal_ids=window.reveal_ids.isChecked())


def edit_document(window: MainWindow, document_id: int, changes: dict) -> None:
    doc = documents.get_document(window.case, document_id)
    old = {field: getattr(doc, field) for field in changes}
    window.edits.push(
        EditDocument(
            window.case,
            document_id,
            old,
            changes,
            lambda: window.show_document(document_id),
            MainWindow.tr("Edit “{0}”").format(window.masking(doc.title)),
        )
    )


def decide(window: MainWindow, suggestion_id: int, accept: bool) -> None:
    selected = window.documents_view.currentIndex()
    if selected.isValid():
        doc = window.documents_model.document(selected.row())
        document_actions.decide(window, doc.id, suggestion_id, accept)


def link_documents(window: MainWindow, item_id: int, document_ids: list[int]) -> None:
    [item] = [i for i in notices.list_requested_items(window.case) if i.id == item_id]
    new = [d for d in document_ids if d not in item.document_ids]
    if not new:
        return
    window.edits.do(
        MainWindow.tr("Link to “{0}”").format(item.label),
        lambda: [notices.link_document(window.case, item_id, d) for d in new],
    )


def close(window: MainWindow) -> None:
    """Keep the pane widths, let go of the preview's files and close the case file."""
    if window.loaded:  # panes never shown keep the widths the user left last time
        panes.save_widths(window)
    window.preview.release()
    restoring.drop_unused_bytes(window.case)  # no undo can bring removed documents back now
    window.case.close()
