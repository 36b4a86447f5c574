"""The small dialog that adds one event by hand: a passport update, an email sent, a note.

It asks only for the day, whom it is about and what happened. ``ask`` is the one place that runs
the dialog modally; the timeline panel receives it as a collaborator, so tests answer it
directly and never block in ``exec()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.translations import date_format
from desktop_app.services.applicants import ApplicantView

KINDS = {
    "passport_tracking": (
        QT_TRANSLATE_NOOP("EventDialog", "Passport update"),
        QT_TRANSLATE_NOOP(
            "EventDialog",
            "What the courier or visa application center says, e.g. “ready for pickup”.",
        ),
    ),
    "email_sent": (
        QT_TRANSLATE_NOOP("EventDialog", "Email sent"),
        QT_TRANSLATE_NOOP("EventDialog", "To whom, and what you asked or sent."),
    ),
    "email_received": (
        QT_TRANSLATE_NOOP("EventDialog", "Email received"),
        QT_TRANSLATE_NOOP("EventDialog", "Who wrote, and what they said."),
    ),
    "note": (
        QT_TRANSLATE_NOOP("EventDialog", "Note"),
        QT_TRANSLATE_NOOP("EventDialog", "Anything worth remembering, e.g. what the officer said."),
    ),
}


@dataclass(frozen=True)
class EventEntry:
    kind: str
    occurred_on: dt.date
    applicant_id: int | None
    text: str


class EventDialog(QDialog):
    def __init__(
        self,
        kind: str,
        people: list[ApplicantView],
        today: dt.date,
        parent: QWidget | None = None,
        applicant_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        title, hint = KINDS[kind]
        self.setWindowTitle(self.tr(title))
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.day.setMaximumDate(QDate(today.year, today.month, today.day).addYears(1))
        self.day.setMinimumDate(QDate(1900, 1, 1))  # the dates VisaCase takes: 1900 to 2100
        self.day.setAccessibleName(self.tr("Date"))
        self.applicant = QComboBox()
        self.applicant.addItem(self.tr("Whole case"), None)
        for person in people:
            self.applicant.addItem(person.name, person.id)
        self.applicant.setCurrentIndex(max(self.applicant.findData(applicant_id), 0))
        self.applicant.setAccessibleName(self.tr("Applicant"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr(hint))
        self.text.setAccessibleName(self.tr("What happened"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._validate)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("What happened"), self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to timeline"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("It is added to the timeline and saved in the case file at once."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(440, 300)
        self.text.setFocus()
        self._validate()

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def answer(self) -> EventEntry:
        return EventEntry(
            self.kind,
            self.day.date().toPython(),
            self.applicant.currentData(),
            self.text.toPlainText().strip(),
        )


def ask(
    kind: str,
    people: list[ApplicantView],
    today: dt.date,
    parent: QWidget | None = None,
    applicant_id: int | None = None,
) -> EventEntry | None:
    """Show the dialog modally; the entry, or ``None`` when the user cancels."""
    dialog = EventDialog(kind, people, today, parent, applicant_id)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
