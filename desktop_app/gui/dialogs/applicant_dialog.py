"""Adding a person to the case: families apply together and may get different outcomes.

Only the name is required; numbers are checked as they are typed, and a date of birth is kept
because inquiries to the consulate ask for it. The same dialog, filled in, edits a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.domain import identifiers
from desktop_app.gui import colours
from desktop_app.gui.translations import date_format
from desktop_app.gui.widgets.case_id_field import CaseIdField

if TYPE_CHECKING:
    from desktop_app.services.applicants import ApplicantView

NOT_GIVEN = QDate(1900, 1, 1)


@dataclass(frozen=True)
class NewApplicant:
    name: str
    role: str
    application_id: str | None
    case_number: str | None
    passport_number: str | None
    date_of_birth: dt.date | None
    visa_class: str | None


class ApplicantDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add applicant"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("as on the passport"))
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Dependent (spouse, child…)"), "dependent")
        self.role.addItem(self.tr("Principal applicant"), "principal")
        self.role.setAccessibleName(self.tr("Role"))
        self.case_id = CaseIdField()
        self.passport = QLineEdit()
        self.passport.setAccessibleName(self.tr("Passport number"))
        self.passport_hint = QLabel(self.tr("6 to 12 letters or digits, as printed."))
        colours.warn(self.passport_hint)
        self.passport_hint.hide()
        self.born = QDateEdit()
        self.born.setAccessibleName(self.tr("Date of birth"))
        self.born.setDisplayFormat(date_format())
        self.born.setCalendarPopup(True)
        self.born.setMinimumDate(NOT_GIVEN)
        self.born.setSpecialValueText(self.tr("not given"))
        self.born.setDate(NOT_GIVEN)
        self.visa_class = QLineEdit()
        self.visa_class.setPlaceholderText("B1/B2, F1, H1B, IR1…")
        self.visa_class.setAccessibleName(self.tr("Visa class"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Application ID or case number"), self.case_id)
        form.addRow(self.tr("Passport number"), self.passport)
        form.addRow("", self.passport_hint)
        form.addRow(self.tr("Date of birth"), self.born)
        form.addRow(self.tr("Visa class"), self.visa_class)
        form.addRow(self.buttons)
        for signal in (self.name.textChanged, self.passport.textChanged, self.case_id.changed):
            signal.connect(self._validate)
        self._validate()

    def fill(self, person: ApplicantView) -> None:
        """Start from what the case holds about ``person`` (to edit them)."""
        self.setWindowTitle(self.tr("Edit applicant"))
        self.name.setText(person.name)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.case_id.edit.setText(person.application_id or person.case_number or "")
        self.passport.setText(person.passport_number or "")
        self.born.setDate(QDate(person.date_of_birth) if person.date_of_birth else NOT_GIVEN)
        self.visa_class.setText(person.visa_class or "")

    def _passport_ok(self) -> bool:
        typed = self.passport.text().strip()
        return not typed or identifiers.is_passport_number(typed)

    def _validate(self) -> None:
        self.passport_hint.setVisible(not self._passport_ok())
        ok = bool(self.name.text().strip()) and self._passport_ok() and not self.case_id.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def answer(self) -> NewApplicant:
        application_id, case_number = self.case_id.parts()
        born = self.born.date()
        passport = identifiers.normalise(self.passport.text())
        return NewApplicant(
            name=self.name.text().strip(),
            role=self.role.currentData(),
            application_id=application_id,
            case_number=case_number,
            passport_number=passport or None,
            date_of_birth=None if born == NOT_GIVEN else born.toPython(),
            visa_class=self.visa_class.text().strip() or None,
        )
