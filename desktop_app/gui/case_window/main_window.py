"""The case window: documents on the left, a preview in the middle, details on the right.

It shows what the services return and sends every change back through them; nothing here
decides anything about the case. Files dropped anywhere on the window are imported in the
background with progress and Cancel. The window's parts are built beside it: its panes in
``panes``, its status bar in ``status_bar``, its menus in ``window_menus`` and ``menus``; what it
does lives in the ``*_actions`` modules, each taking the window as its first argument.

A window opening a case file is on screen at once: its frame, the menus that need no case (New,
Open, Close, Help) and "Opening …" in its middle. ``load`` then puts the case in it — the panes,
the case's menus, everything filled (``contents``, which brings the services and the ORM) — in
two steps when opening, so the event loop runs between making the panes and filling them. Until
then there is nothing in the window to act on. Given a case already open, the window loads it
before it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QThreadPool, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.domain import identifiers
from desktop_app.gui import keyboard, settings
from desktop_app.gui.case_window import feedback, opening, status_bar, window_menus
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.window_size import resize_within_screen

if TYPE_CHECKING:
    import datetime as dt  # only named: loading it is a cost before the window is on screen

    from desktop_app.gui.workers.task import Task
    from desktop_app.store.casefile import CaseFile


class MainWindow(QMainWindow):
    import_finished = Signal(list)
    packet_exported = Signal(object)
    reading_finished = Signal()
    case_loaded = Signal()
    closing = Signal()

    def __init__(
        self,
        case: CaseFile | None = None,
        *,
        dialogs: Dialogs | None = None,
        today: Callable[[], dt.date] | None = None,
        opening_text: str = "",
    ) -> None:
        """A window on ``case``; without one, a window saying ``opening_text`` until ``load``.
        ``today`` tells the day deadlines count from (the calendar's, unless a test says)."""
        super().__init__()
        self.case: CaseFile | None = None
        self.today = today or _today
        self.dialogs = dialogs or Dialogs(self)
        self._task: Task | None = None
        self.told_no_ocr = False
        self.closed = False
        self.loaded = False  # the case is in the window, every pane filled: ready to act on
        self.setAcceptDrops(True)
        self._opens_maximized = not resize_within_screen(self, 1280, 800)
        self.undo_stack = QUndoStack(self)
        if settings.restore_geometry(self, "case-window"):
            self._opens_maximized = False  # as the user left it, maximized or not
        status_bar.install(self)
        window_menus.install(self)
        keyboard.install(QApplication.instance())
        if case is None:
            opening.show_opening(self, opening_text)
        else:
            self.load(case)

    def show(self) -> None:
        """Maximized the first time where the screen has no room for the window's own size
        (``window_size``); ``showMaximized`` says so without naming Qt's namespace, which the
        first frame does without."""
        if self._opens_maximized:
            self._opens_maximized = False
            self.showMaximized()
        else:
            super().show()

    def load(self, case: CaseFile) -> None:
        """Show ``case`` in this window: its panes, its menus, all of it filled."""
        _contents().build(self, case)
        self._fill()

    def load_in_steps(self, case: CaseFile) -> None:
        """``load``, the event loop running between making the panes and filling them."""
        _contents().build(self, case)
        QTimer.singleShot(0, self._fill)

    def _fill(self) -> None:
        if self.closed:  # closed between the steps: the case is closed already
            return
        _contents().fill(self)
        self.loaded = True
        self.case_loaded.emit()

    def refresh(self) -> None:
        if self.closed:  # a worker's last signal can arrive after the case was closed
            return
        _contents().refresh(self)

    def tell(self, message: str) -> None:
        feedback.tell(self, message)

    def show_identifiers(self, shown: bool) -> None:
        """Show numbers in full, or masked, everywhere in the window."""
        self.timeline_panel.model.reveal_ids = shown
        current = self.documents_view.currentIndex()
        if current.isValid():
            self.show_document(self.documents_model.document(current.row()).id)
        else:
            self.refresh()

    def shown_id(self, value: str | None) -> str:
        """IDs are masked unless the user asked to see them (someone may be looking on)."""
        if not value:
            return ""
        return value if self.reveal_ids.isChecked() else identifiers.mask(value)

    def on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        _contents().show_current_row(self, current)

    def add_applicant(self) -> None:
        from desktop_app.gui.case_window import applicant_actions

        applicant_actions.add(self)

    def edit_preferences(self) -> None:
        chosen = self.dialogs.preferences(settings.preferences())
        if chosen is not None:
            settings.save_preferences(chosen)
            feedback.tell(self, self.tr("Preferences saved."))

    def edit_document(self, document_id: int, changes: dict) -> None:
        _contents().edit_document(self, document_id, changes)

    def show_current(self) -> None:
        """Refresh after a step forwards or back, keeping the documents selected that are still
        there, the current one shown (else the one now in its row; the details panel empties
        when none is left)."""
        view, model = self.documents_view, self.documents_model
        current = view.currentIndex()
        chosen = model.document(current.row()).id if current.isValid() else None
        kept = [model.document(row).id for row in view.selected_rows()]
        self.refresh()
        row = model.row_of(chosen) if chosen is not None else -1
        if row < 0 and current.isValid():
            row = min(current.row(), model.rowCount() - 1)
        if row >= 0:
            view.selectRow(row)
            view.select_more([r for r in map(model.row_of, kept) if r >= 0])
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

    def decide(self, suggestion_id: int, accept: bool) -> None:
        _contents().decide(self, suggestion_id, accept)

    def link_documents(self, item_id: int, document_ids: list[int]) -> None:
        """Say the documents answer a requested item (one undo step for the lot)."""
        _contents().link_documents(self, item_id, document_ids)

    def import_paths(self, paths: list[Path], *, link_to: int | None = None) -> Task | None:
        """Import files and folders in the background; the same path a drop takes. With
        ``link_to``, what was imported answers that requested item."""
        from desktop_app.gui.case_window import import_flow

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
        if not self.loaded:  # still opening: nothing to add the files to yet
            return
        if self.case.read_only:
            self.statusBar().showMessage(self.tr("This case is open read-only."), 4000)
        elif event.mimeData().hasUrls():
            event.acceptProposedAction()

    dragMoveEvent = dragEnterEvent  # noqa: N815

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.loaded:
            event.acceptProposedAction()
            self.import_paths(paths)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.closed = True
        self.closing.emit()
        settings.save_geometry(self, "case-window")
        self.cancel_import()
        QThreadPool.globalInstance().waitForDone()
        if self.case is not None:
            _contents().close(self)
        super().closeEvent(event)  # type: ignore[arg-type]


def _today() -> dt.date:
    import datetime as dt

    return dt.date.today()


def _contents() -> ModuleType:
    """The half of the window that needs the services and the ORM: loaded with the first case,
    after the first window is on screen."""
    from desktop_app.gui.case_window import contents

    return contents
