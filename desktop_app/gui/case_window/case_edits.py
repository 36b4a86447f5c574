"""Every change a case window makes goes through here, so each one is a step of its undo stack.

``CaseEdits.do(text, operation)`` runs a service call, records what it changed in the case file
(``services.restoring``) and pushes a ``Recorded`` command named ``text``; Edit ▸ Undo then reads
"Undo Accept date 14 Oct 2025" and takes back exactly that. The window and its panels (timeline,
checklist, workbook) share one ``CaseEdits``, so a window has one stack however a change was
made. After every step, forwards or back, ``told`` says what happened, for the status bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.domain import identifiers
from desktop_app.gui.case_window.commands import Recorded
from desktop_app.gui.translations import display_date
from desktop_app.services import restoring
from desktop_app.services.reading import SuggestionView
from desktop_app.store.casefile import CaseFile

T = TypeVar("T")
NUMBER_FIELDS = frozenset({"identifier", "passport_number"})


class CaseEdits(QObject):
    changed = Signal()  # the case file changed: views should show it again
    told = Signal(str)  # one sentence saying what was just done or undone

    def __init__(self, case: CaseFile, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.stack = stack
        self._index = stack.index()
        self._done: str | None = None
        self._pushing = False
        stack.indexChanged.connect(self._moved)

    def do(self, text: str, operation: Callable[[], T], *, done: str | None = None) -> T:
        """Run ``operation`` as one undoable step named ``text``; ``done`` is what to tell.

        An operation that changes nothing adds no step; one that fails changes nothing.
        """
        result, change = restoring.record(self.case, operation)
        if not change.empty:
            self._done = done
            self.push(Recorded(self.case, text, self.changed.emit, change=change))
        return result

    def arrived(self, text: str, take_back: Callable[[], None]) -> None:
        """A change already made elsewhere (an import on a worker) becomes a step; undoing it
        runs ``take_back``."""
        self.push(Recorded(self.case, text, self.changed.emit, take_back=take_back))

    def push(self, step: QUndoCommand) -> None:
        """Push a step made another way (a document's fields, edited with old and new values)."""
        self._pushing = True
        try:
            self.stack.push(step)
        finally:
            self._pushing = False

    def _moved(self, index: int) -> None:
        """Say what the last step forwards or back was (any command, not only ``do``'s)."""
        if not shiboken6.isValid(self.stack):  # the stack empties itself as its window goes
            return
        back = index < self._index
        step = self.stack.command(index if back else index - 1)
        if step is not None and index != self._index:
            if back:
                self.told.emit(self.tr("Undone: {0}").format(step.text()))
            elif self._pushing:
                self.told.emit(self._done or self.tr("Done: {0}").format(step.text()))
            else:
                self.told.emit(self.tr("Redone: {0}").format(step.text()))
        self._done = None
        self._index = index

    def decision_text(self, suggestion: SuggestionView, *, accept: bool, reveal_ids: bool) -> str:
        """How the step reads in Edit ▸ Undo: "Accept date 14 Oct 2025", "Reject kind Visa"."""
        value = suggestion.value_label
        if suggestion.field == "document_date":
            value = display_date(dt.date.fromisoformat(value))
        elif suggestion.field in NUMBER_FIELDS and not reveal_ids:
            value = identifiers.mask(value)
        label = self.tr(suggestion.field_label)
        what = f"{label[0].lower()}{label[1:]} {value}"
        return (self.tr("Accept {0}") if accept else self.tr("Reject {0}")).format(what)
