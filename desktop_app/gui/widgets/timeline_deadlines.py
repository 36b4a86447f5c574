"""The deadline parts of the Timeline tab: the red band a missed deadline puts above the
timeline (with what a missed 221(g) reply generally means), and saving the open deadlines to
the user's own calendar."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app import messages
from desktop_app.domain.deadline_states import MISSED_REPLY
from desktop_app.domain.deadlines import MISSED, Deadline
from desktop_app.errors import UserFacingError
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.services import calendar
from desktop_app.store.casefile import CaseFile


class MissedBand(QLabel):
    """Hidden until a deadline is missed; then impossible to overlook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Missed deadline"))
        self.setStyleSheet("background: #b3261e; color: white; padding: 8px; border-radius: 4px;")
        self.hide()

    def show_deadlines(self, found: list[Deadline], today: dt.date) -> None:
        missed = [d for d in found if d.state == MISSED]
        text = "<br>".join(f"<b>{html.escape(d.line(today))}</b>" for d in missed)
        if any(d.key == "reply" for d in missed):
            text += f"<br>{html.escape(messages.translated(MISSED_REPLY))}"
        self.setText(text)
        self.setVisible(bool(missed))


def save_calendar(case: CaseFile, dialogs: Dialogs, today: dt.date) -> int | None:
    """Write the open deadlines to an iCalendar file the user picks; returns how many."""
    title = QWidget.tr("Save deadlines to calendar")
    dest = dialogs.save_path(title, "visacase-deadlines.ics", "iCalendar (*.ics)")
    if dest is None:
        return None
    try:
        written = calendar.write_calendar(case, dest, today)
    except UserFacingError as exc:
        dialogs.inform(title, exc.message)
        return None
    dialogs.inform(
        title,
        QWidget.tr(
            "%n open deadline(s) saved to {0}. Open the file with your calendar; saving it again "
            "later updates the same entries.",
            "",
            written,
        ).format(dest.name),
    )
    return written
