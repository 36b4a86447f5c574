"""Give every selected document one kind, or one applicant, in one undoable step.

A dozen pages of one bank statement scanned and dropped together, or a family's documents
dropped at once, are sorted in two clicks: the documents list's context menu has "Set kind"
and "Set applicant", acting on the whole selection (the details panel edits one document).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from desktop_app import messages
from desktop_app.domain import document_kinds
from desktop_app.gui.case_window import document_actions
from desktop_app.services import applicants, documents

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def install(window: MainWindow) -> tuple[QMenu, QMenu]:
    """The "Set kind" and "Set applicant" submenus of the documents list's context menu."""
    view = window.documents_view
    kinds = QMenu(QWidget.tr("Set &kind"), view)
    for kind, label in document_kinds.LABELS.items():
        shown = messages.translated(label)
        kinds.addAction(shown, lambda k=kind, s=shown: set_kind(window, k, s))
    people = QMenu(QWidget.tr("Set &applicant"), view)
    people.aboutToShow.connect(lambda: _list_applicants(window, people))
    for menu in (kinds, people):
        document_actions.on_selected_documents(window, menu.menuAction())
    return kinds, people


def set_kind(window: MainWindow, kind: str, shown: str) -> None:
    _set(window, QWidget.tr("Set kind “{1}” on {0} document(s)"), shown, kind=kind)


def set_applicant(window: MainWindow, applicant_id: int | None, shown: str) -> None:
    _set(
        window,
        QWidget.tr("Set applicant “{1}” on {0} document(s)"),
        shown,
        applicant_id=applicant_id,
    )


def _set(window: MainWindow, step: str, shown: str, **fields: object) -> None:
    chosen = [
        d
        for d in document_actions.selected(window)
        if any(getattr(d, name) != value for name, value in fields.items())
    ]
    if not chosen or window.case.read_only:
        return
    window.edits.do(
        step.format(len(chosen), shown),
        lambda: documents.update_documents(window.case, [d.id for d in chosen], **fields),
    )


def _list_applicants(window: MainWindow, menu: QMenu) -> None:
    """The case's applicants as they are when the menu opens, after "Whole case"."""
    menu.clear()
    whole = QWidget.tr("Whole case")
    menu.addAction(whole, lambda: set_applicant(window, None, whole))
    for person in applicants.list_applicants(window.case):
        menu.addAction(person.name, lambda p=person.id, n=person.name: set_applicant(window, p, n))
