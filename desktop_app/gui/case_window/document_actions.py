"""What the case window does to its documents besides editing their fields: decide on what was
read in them, and remove them (with their attachments) — each an undoable step — and read their
text again, for a scan read by an earlier version that kept no words to make it searchable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.case_window import feedback, import_flow
from desktop_app.services import reading, restoring

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.gui.workers.task import Task


def remove_action(window: MainWindow) -> QAction:
    """Remove document: Delete on the documents list, its context menu, and Edit ▸ Remove."""
    action = QAction(QWidget.tr("&Remove document"), window.documents_view)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: remove_selected(window))
    return _on_selected_document(window, action)


def read_again_action(window: MainWindow) -> QAction:
    """Read text again: the documents list's context menu and Case ▸ Read text again."""
    action = QAction(QWidget.tr("Read &text again"), window.documents_view)
    action.triggered.connect(lambda: read_selected_again(window))
    return _on_selected_document(window, action)


def _on_selected_document(window: MainWindow, action: QAction) -> QAction:
    """An action on the selected document: in the list's context menu, enabled while a document
    is selected in a case open for writing."""
    view = window.documents_view

    def follow_selection() -> None:
        action.setEnabled(not window.case.read_only and view.currentIndex().isValid())

    view.selectionModel().currentChanged.connect(follow_selection)
    window.documents_model.modelReset.connect(follow_selection)
    follow_selection()
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def read_selected_again(window: MainWindow) -> Task | None:
    """Read the selected document's text in the background, with progress and Cancel: a scan
    without text yet, or one read before the case kept its words; the window refreshes after."""
    index = window.documents_view.currentIndex()
    if not index.isValid() or window.case.read_only:
        return None
    doc = window.documents_model.document(index.row())
    title = window.masking(doc.title)

    def told(count: int) -> None:
        if count:
            said = QWidget.tr("Read the text of “{0}” again.")
        elif reading.can_ocr():
            said = QWidget.tr("“{0}” has its text and searchable words already.")
        else:
            said = QWidget.tr(
                "Text recognition (Tesseract OCR) is not installed: “{0}” was not read."
            )
        feedback.tell(window, said.format(title))

    return import_flow.read_new_documents(window, [doc.id], on_read=told)


def remove_selected(window: MainWindow) -> int | None:
    """Remove the selected document and its attachments; Edit ▸ Undo brings them back."""
    index = window.documents_view.currentIndex()
    if not index.isValid() or window.case.read_only:
        return None
    doc = window.documents_model.document(index.row())
    attached = sum(1 for d in window.documents_model.documents() if d.parent_id == doc.id)
    done = (
        QWidget.tr("Removed “{0}” and its {1} attachment(s).").format(doc.title, attached)
        if attached
        else QWidget.tr("Removed “{0}”.").format(doc.title)
    )
    window.edits.do(
        QWidget.tr("Remove “{0}”").format(doc.title),
        lambda: restoring.remove_documents(window.case, [doc.id]),
        done=done + " " + QWidget.tr("Edit ▸ Undo brings it back."),
    )
    return doc.id


def decide(window: MainWindow, document_id: int, suggestion_id: int, accept: bool) -> None:
    """Accept or reject what was read; accepting may fill the case (and start the 221(g) clock)."""
    [suggestion] = [
        s for s in reading.list_suggestions(window.case, document_id) if s.id == suggestion_id
    ]
    text = window.edits.decision_text(
        suggestion, accept=accept, reveal_ids=window.reveal_ids.isChecked()
    )
    pressed = QApplication.focusWidget()
    window.edits.do(text, lambda: reading.decide(window.case, suggestion_id, accept=accept))
    if pressed is not None and window.details.suggestions.isAncestorOf(pressed):
        # its row is gone: focus goes back to the list rather than nowhere
        window.documents_view.setFocus(Qt.FocusReason.OtherFocusReason)
