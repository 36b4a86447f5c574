"""Pasting CEAC status text: show what it says and means, record it only when the user agrees.

The observation goes to the applicant whose application ID or case number the page names; it is
one step of the window's undo stack, and the status bar confirms it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.domain import ceac, status_meaning
from desktop_app.errors import UserFacingError
from desktop_app.services import status

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def paste_status(window: MainWindow, text: str) -> int | None:
    """Show what pasted CEAC text says and means; record it only when the user agrees."""
    if not text.strip():
        window.dialogs.inform(
            QWidget.tr("Paste CEAC status"),
            QWidget.tr("Copy the text of the CEAC status page first, then paste it here."),
        )
        return None
    try:
        reading = ceac.read(text)
    except UserFacingError as exc:  # far more text than a status page
        window.dialogs.inform(QWidget.tr("Paste CEAC status"), exc.message)
        return None
    variant = f" ({reading.variant.replace('_', ' ')})" if reading.variant else ""
    summary = QWidget.tr(
        "Status: {0}{1}\nLast updated: {2}\n\n{3}\n\nRecord this observation?"
    ).format(
        reading.status, variant, reading.case_last_updated or "—", status_meaning.explain(reading)
    )
    if not window.dialogs.confirm(QWidget.tr("CEAC status"), summary):
        return None
    seen = window.edits.do(
        QWidget.tr("Record status {0}").format(reading.status),
        lambda: status.record_observation(window.case, text),
        done=QWidget.tr("Status recorded: {0}{1}, last updated {2}.").format(
            reading.status, variant, reading.case_last_updated or "—"
        ),
    )
    return seen.event_id
