"""Every edit the user makes in a case window, as an undoable command.

A document's fields are edited with their old and new values; every other change is made
through the services first and then kept as the rows it changed (``Recorded``), so undoing it
restores exactly what it took away. Either way the edit is saved to the case file the moment it
is made, undoing it is just another saved edit, and the window refreshes its views after each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop_app.services import documents, restoring
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


class Arrived(QUndoCommand):
    """A change made off the stack (an import, on a worker thread): undo takes it back with
    ``take_back``, which is recorded, so redo restores exactly what that removed."""

    def __init__(
        self, case: CaseFile, take_back: Callable[[], None], text: str, refresh: Refresh
    ) -> None:
        super().__init__(text)
        self._case = case
        self._take_back = take_back
        self._refresh = refresh
        self._change: restoring.Change | None = None

    def redo(self) -> None:
        if self._change is not None:
            self._change = restoring.revert(self._case, self._change)
        self._refresh()

    def undo(self) -> None:
        if self._change is None:
            _, self._change = restoring.record(self._case, self._take_back)
        else:
            self._change = restoring.revert(self._case, self._change)
        self._refresh()


class Recorded(QUndoCommand):
    """A change already made through the services (``services.restoring`` recorded it).

    Pushing it does nothing more; undo puts back what the change took away, and redo takes it
    again, each time reverting the change the last step recorded.
    """

    def __init__(
        self, case: CaseFile, change: restoring.Change, text: str, refresh: Refresh
    ) -> None:
        super().__init__(text)
        self._case = case
        self._change = change
        self._refresh = refresh
        self._made = False

    def redo(self) -> None:
        if self._made:
            self._change = restoring.revert(self._case, self._change)
        self._made = True
        self._refresh()

    def undo(self) -> None:
        self._change = restoring.revert(self._case, self._change)
        self._refresh()
