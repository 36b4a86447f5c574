"""What the case window does to its documents besides editing their fields: decide on what was
read in them, and remove them (with their attachments) — each an undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services import reading, restoring

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def remove_action(window: MainWindow) -> QAction:
    """Remove document: Delete on the documents list, its context menu, and Edit ▸ Remove."""
    action = QAction(QWidget.tr("&Remove document"), window.documents_view)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: remove_selected(window))
    view = window.documents_view

    def follow_selection() -> None:
        action.setEnabled(not window.case.read_only and view.currentIndex().isValid())

    view.selectionModel().currentChanged.connect(follow_selection)
    window.documents_model.modelReset.connect(follow_selection)
    follow_selection()
    window.documents_view.addAction(action)
    window.documents_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


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
