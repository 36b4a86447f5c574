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

from desktop_app.errors import UserFacingError
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


class Recorded(QUndoCommand):
    """A change already made, undone and redone by reverting what ``services.restoring`` recorded.

    The change comes recorded (made through ``CaseEdits.do``), or is recorded when first undone
    by running ``take_back`` (an import made on a worker thread). Pushing it does nothing more;
    each undo or redo reverts the change the last step recorded. A step that can no longer be
    reverted (the case changed under it) leaves the stack, and the user is told why.
    """

    def __init__(
        self,
        case: CaseFile,
        text: str,
        refresh: Refresh,
        *,
        change: restoring.Change | None = None,
        take_back: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._case = case
        self._refresh = refresh
        self._change = change
        self._take_back = take_back
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._revert()
        self._pushed = True
        self._refresh()

    def undo(self) -> None:
        if self._change is None and self._take_back is not None:
            _, self._change = restoring.record(self._case, self._take_back)
        else:
            self._revert()
        self._refresh()

    def _revert(self) -> None:
        if self._change is None:
            return
        try:
            self._change = restoring.revert(self._case, self._change)
        except UserFacingError:
            self.setObsolete(True)
            raise
