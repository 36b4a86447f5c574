"""Asking only what a new case needs, and checking the application ID as it is typed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.domain import identifiers

REFUSALS = (
    ("221g", "221(g) — documents requested or administrative processing"),
    ("214b", "214(b) — refused"),
    ("other", "Other ground"),
    ("unknown", "Not sure yet"),
)


@dataclass(frozen=True)
class NewCase:
    title: str
    applicant: str
    case_id: str
    post: str
    visa_class: str
    refusal_type: str


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("as on the passport"))
        self.case_id = QLineEdit()
        self.case_id.setPlaceholderText("AA00B7QPGN or MNL2023768001")
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.post = QLineEdit()
        self.post.setPlaceholderText(self.tr("e.g. U.S. Embassy Manila"))
        self.visa_class = QLineEdit()
        self.visa_class.setPlaceholderText("B1/B2, F1, H1B, IR1…")
        self.refusal = QComboBox()
        for code, text in REFUSALS:
            self.refusal.addItem(self.tr(text), code)
        form = QFormLayout(self)
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("Application ID or case number"), self.case_id)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("Embassy or consulate"), self.post)
        form.addRow(self.tr("Visa class"), self.visa_class)
        form.addRow(self.tr("Refusal"), self.refusal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.applicant.textChanged.connect(self._validate)
        self.case_id.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        typed = self.case_id.text().strip()
        problem = identifiers.problem_with_case_id(typed) if typed else None
        self.id_hint.setText(problem or "")
        self.id_hint.setStyleSheet("color: #b3261e;" if problem else "")
        ok = bool(self.applicant.text().strip()) and problem is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def answer(self) -> NewCase:
        name = self.applicant.text().strip()
        return NewCase(
            title=name,
            applicant=name,
            case_id=identifiers.normalise(self.case_id.text()),
            post=self.post.text().strip(),
            visa_class=self.visa_class.text().strip(),
            refusal_type=str(self.refusal.currentData()),
        )
