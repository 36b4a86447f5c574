"""Every edit the user makes in a case window, as an undoable command.

Each command holds the old and new values and applies them through the services, so an edit is
saved to the case file the moment it is made and undoing it is just another saved edit. The
window refreshes its views after each one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop_app.services import applicants, documents, notices
from desktop_app.store.casefile import CaseFile

Refresh = Callable[[], None]


class EditDocument(QUndoCommand):
    """Change some of a document's fields (title, kind, date, applicant)."""

    def __init__(
        self,
        case: CaseFile,
        document_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        refresh: Refresh,
        text: str,
    ) -> None:
        super().__init__(text)
        self._case = case
        self._id = document_id
        self._old = old
        self._new = new
        self._refresh = refresh

    def redo(self) -> None:
        documents.update_document(self._case, self._id, **self._new)
        self._refresh()

    def undo(self) -> None:
        documents.update_document(self._case, self._id, **self._old)
        self._refresh()


class LinkDocument(QUndoCommand):
    """Say that a document answers an item the consulate asked for."""

    def __init__(
        self, case: CaseFile, item_id: int, document_id: int, refresh: Refresh, text: str
    ) -> None:
        super().__init__(text)
        self._case = case
        self._item = item_id
        self._doc = document_id
        self._refresh = refresh

    def redo(self) -> None:
        notices.link_document(self._case, self._item, self._doc)
        self._refresh()

    def undo(self) -> None:
        notices.unlink_document(self._case, self._item, self._doc)
        self._refresh()


class AddApplicant(QUndoCommand):
    """Add a person to the case; undo removes them again."""

    def __init__(self, case: CaseFile, fields: dict[str, Any], refresh: Refresh, text: str) -> None:
        super().__init__(text)
        self._case = case
        self._fields = fields
        self._refresh = refresh
        self.applicant_id: int | None = None

    def redo(self) -> None:
        self.applicant_id = applicants.add_applicant(self._case, **self._fields)
        self._refresh()

    def undo(self) -> None:
        if self.applicant_id is not None:
            applicants.remove_applicant(self._case, self.applicant_id)
        self._refresh()
