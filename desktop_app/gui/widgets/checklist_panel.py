"""The 221(g) checklist tab: what the slip says, then each requested item with its state and the
documents that answer it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.gui import colours
from desktop_app.gui.translations import display_date
from desktop_app.gui.widgets.checklist_view import ChecklistView
from desktop_app.services.notices import NoticeView

CHANNELS = {
    "vac_dropoff": QT_TRANSLATE_NOOP("ChecklistPanel", "drop off at the visa application center"),
    "courier": QT_TRANSLATE_NOOP("ChecklistPanel", "send by courier"),
    "email": QT_TRANSLATE_NOOP("ChecklistPanel", "send by email"),
    "in_person": QT_TRANSLATE_NOOP("ChecklistPanel", "bring in person"),
}


class ChecklistPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = ChecklistView()
        self.view.setAccessibleName(self.tr("221(g) checklist"))
        hint = QLabel(
            self.tr(
                "Drag a document from the list on the left onto an item to say it answers it, "
                "or drop files from your computer straight onto the item."
            )
        )
        hint.setWordWrap(True)
        colours.mute(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def show_notices(self, notices: list[NoticeView]) -> None:
        slips = [n for n in notices if n.refusal_type == "221g"]
        if not slips:
            self.summary.setText(
                self.tr("No 221(g) slip recorded yet. Add the slip as a document, then accept ")
                + self.tr("its suggestions (or use visacase notice) to list what was asked for.")
            )
            return
        self.summary.setText("<br>".join(self._describe(n) for n in slips))

    def _describe(self, notice: NoticeView) -> str:
        parts = [
            self.tr("<b>221(g) slip</b> of {0}").format(display_date(notice.notice_date))
            if notice.notice_date
            else self.tr("<b>221(g) slip</b> (date not recorded)")
        ]
        if notice.colour:
            parts.append(self.tr("{0} slip").format(notice.colour))
        if notice.channel:
            parts.append(self.tr(CHANNELS.get(notice.channel, notice.channel)))
        if notice.admin_processing_only:
            parts.append(self.tr("administrative processing only: nothing to send"))
        return " · ".join(parts)
