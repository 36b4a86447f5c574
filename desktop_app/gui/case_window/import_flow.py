"""Importing into a case window in the background: files first, then their text.

A drop, a paste or a drop on a checklist item all come here. Import runs on a worker with
progress and Cancel; refused files are listed with their reasons; then the new documents' text is
read on a worker too, and their suggestions appear for the user to decide. A failure of either
step is told by ``run_in_background``, like every background job's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.gui import settings
from desktop_app.gui.workers.background import StatusBarRow, run_in_background
from desktop_app.gui.workers.task import Task

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.services.intake import IntakeOutcome


def import_paths(
    window: MainWindow,
    paths: list[Path],
    *,
    link_to: int | None = None,
    on_end: Callable[[], None] | None = None,
) -> Task | None:
    """Import ``paths`` on a worker (None if it could not start); ``on_end`` runs however the
    import ends, e.g. to remove a pasted picture's temporary folder."""
    from desktop_app.services import intake  # loads the file readers: not before a first import

    return run_in_background(
        window,
        lambda progress, cancelled: intake.take_in(
            window.case, paths, progress=progress, cancelled=cancelled
        ),
        title=QWidget.tr("Import"),
        progress=QWidget.tr("Importing {0} of {1}…"),
        rows=[StatusBarRow(window)],
        on_success=lambda outcomes: _imported(window, outcomes, link_to),
        on_end=on_end,
    )


def _imported(window: MainWindow, outcomes: list[IntakeOutcome], link_to: int | None) -> None:
    window.refresh()
    _undoable(window, [o.document_id for o in outcomes if o.status == "added" and o.document_id])
    refused = [o for o in outcomes if o.status == "refused"]
    duplicates = [o for o in outcomes if o.status == "duplicate"]
    added = len(outcomes) - len(refused) - len(duplicates)
    window.statusBar().showMessage(
        QWidget.tr("{0} added, {1} already in the case, {2} refused").format(
            added, len(duplicates), len(refused)
        ),
        8000,
    )
    if refused:
        lines = "\n".join(f"• {o.path.name}: {o.reason}" for o in refused)
        window.dialogs.inform(QWidget.tr("Some files were not added"), lines)
    if link_to is not None:
        window.link_documents(link_to, [o.document_id for o in outcomes if o.document_id])
    window.import_finished.emit(outcomes)
    read_new_documents(
        window, [o.document_id for o in outcomes if o.status == "added" and o.document_id]
    )


def _undoable(window: MainWindow, added: list[int]) -> None:
    """The import is one step of the window's undo stack: undo takes its documents back."""
    from desktop_app.services import restoring

    if added:
        window.edits.arrived(
            QWidget.tr("Import {0} document(s)").format(len(added)),
            lambda: restoring.remove_imported(window.case, added),
        )


def read_new_documents(
    window: MainWindow, document_ids: list[int], *, on_read: Callable[[int], None] | None = None
) -> Task | None:
    """Read the text of new documents in the background, then show what was suggested.

    Scans read before the case kept their words are read again for them; ``on_read`` is told
    how many documents were read."""
    if window.closed or not document_ids or window.case.read_only:
        return None
    from desktop_app.services import reading  # loads text recognition: not before it is needed

    extra = settings.preferences().ocr_languages
    return run_in_background(
        window,
        lambda progress, cancelled: reading.read_documents(
            window.case,
            document_ids,
            extra_languages=extra,
            progress=progress,
            cancelled=cancelled,
        ),
        title=QWidget.tr("Reading text"),
        progress=QWidget.tr("Reading text {0} of {1}…"),
        rows=[StatusBarRow(window)],
        on_success=lambda count: _tell_about_ocr(window, document_ids, count, on_read),
        on_end=lambda: _read(window),
    )


def _tell_about_ocr(
    window: MainWindow,
    document_ids: list[int],
    count: int,
    on_read: Callable[[int], None] | None,
) -> None:
    from desktop_app.services import reading

    if on_read is not None:
        on_read(count)
    notice = reading.ocr_notice(window.case, document_ids)
    if notice and not window.told_no_ocr:
        window.told_no_ocr = True  # once per window: the user cannot fix it from here
        window.dialogs.inform(QWidget.tr("Text recognition"), notice)


def _read(window: MainWindow) -> None:
    window.refresh()
    window.reading_finished.emit()
