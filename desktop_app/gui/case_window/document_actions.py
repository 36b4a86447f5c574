"""What the case window does to its documents besides editing their fields: decide on what was
read in them, and remove them (with their attachments) — each an undoable step — and read their
text again, for a scan read by an earlier version that kept no words to make it searchable.
Removing and reading again act on every selected document, as one step."""

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
    from desktop_app.services.documents import DocumentView


def remove_action(window: MainWindow) -> QAction:
    """Remove the selected documents: Delete on the documents list, its context menu, and
    Edit ▸ Remove, which says how many go."""
    action = QAction(QWidget.tr("&Remove document"), window.documents_view)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: remove_selected(window))

    def say_how_many() -> None:
        count = len(window.documents_view.selected_rows())
        action.setText(
            QWidget.tr("&Remove {0} documents").format(count)
            if count > 1
            else QWidget.tr("&Remove document")
        )

    window.documents_view.selectionModel().selectionChanged.connect(say_how_many)
    return on_selected_documents(window, action)


def read_again_action(window: MainWindow) -> QAction:
    """Read text again: the documents list's context menu and Case ▸ Read text again."""
    action = QAction(QWidget.tr("Read &text again"), window.documents_view)
    action.triggered.connect(lambda: read_selected_again(window))
    return on_selected_documents(window, action)


def selected(window: MainWindow) -> list[DocumentView]:
    """The selected documents, top to bottom."""
    model = window.documents_model
    return [model.document(row) for row in window.documents_view.selected_rows()]


def on_selected_documents(window: MainWindow, action: QAction) -> QAction:
    """An action on the selected documents: in the list's context menu, enabled while one or
    more is selected in a case open for writing."""
    view = window.documents_view

    def follow_selection() -> None:
        action.setEnabled(not window.case.read_only and bool(view.selected_rows()))

    view.selectionModel().selectionChanged.connect(follow_selection)
    window.documents_model.modelReset.connect(follow_selection)
    follow_selection()
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action


def read_selected_again(window: MainWindow) -> Task | None:
    """Read the selected documents' text in the background, with progress and Cancel: scans
    without text yet, or read before the case kept their words; the window refreshes after."""
    chosen = selected(window)
    if not chosen or window.case.read_only:
        return None
    title = window.masking(chosen[0].title)
    if len(chosen) == 1:
        had = QWidget.tr("“{0}” has its text and searchable words already.").format(title)
        cannot = QWidget.tr(
            "Text recognition (Tesseract OCR) is not installed: “{0}” was not read."
        ).format(title)
    else:
        had = QWidget.tr("The {0} documents have their text and searchable words already.").format(
            len(chosen)
        )
        cannot = QWidget.tr("Text recognition (Tesseract OCR) is not installed: nothing was read.")

    def told(count: int) -> None:
        if not count:
            said = had if reading.can_ocr() else cannot
        elif len(chosen) == 1:
            said = QWidget.tr("Read the text of “{0}” again.").format(title)
        else:
            said = QWidget.tr("Read the text of {0} document(s) again.").format(count)
        feedback.tell(window, said)

    return import_flow.read_new_documents(window, [d.id for d in chosen], on_read=told)


def remove_selected(window: MainWindow) -> list[int]:
    """Remove the selected documents and their attachments as one step; Edit ▸ Undo brings them
    back. An attachment selected with its email goes with the email."""
    chosen = selected(window)
    if not chosen or window.case.read_only:
        return []
    ids = {d.id for d in chosen}
    chosen = [d for d in chosen if d.parent_id not in ids]
    removed = [d.id for d in chosen]
    parents = set(removed)
    attached = sum(1 for d in window.documents_model.documents() if d.parent_id in parents)
    if len(chosen) == 1:
        title = chosen[0].title
        step = QWidget.tr("Remove “{0}”").format(title)
        done = (
            QWidget.tr("Removed “{0}” and its {1} attachment(s).").format(title, attached)
            if attached
            else QWidget.tr("Removed “{0}”.").format(title)
        )
        undo = QWidget.tr("Edit ▸ Undo brings it back.")
    else:
        step = QWidget.tr("Remove {0} documents").format(len(chosen))
        done = (
            QWidget.tr("Removed {0} documents and their {1} attachment(s).").format(
                len(chosen), attached
            )
            if attached
            else QWidget.tr("Removed {0} documents.").format(len(chosen))
        )
        undo = QWidget.tr("Edit ▸ Undo brings them back.")
    window.edits.do(
        step, lambda: restoring.remove_documents(window.case, removed), done=f"{done} {undo}"
    )
    return removed


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
