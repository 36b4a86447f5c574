"""Asking only what a new case needs, and checking the application ID as it is typed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.domain.case_terms import MIN_PASSPHRASE
from desktop_app.gui import colours
from desktop_app.gui.widgets.case_id_field import CaseIdField

REFUSALS = (
    (
        "221g",
        QT_TRANSLATE_NOOP(
            "NewCaseDialog", "221(g) — documents requested or administrative processing"
        ),
    ),
    ("214b", QT_TRANSLATE_NOOP("NewCaseDialog", "214(b) — refused")),
    ("other", QT_TRANSLATE_NOOP("NewCaseDialog", "Other ground")),
    ("unknown", QT_TRANSLATE_NOOP("NewCaseDialog", "Not sure yet")),
)


@dataclass(frozen=True)
class NewCase:
    title: str
    applicant: str
    application_id: str | None
    case_number: str | None
    post: str
    visa_class: str
    refusal_type: str
    passphrase: str | None = None


class NewCaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case"))
        self.applicant = QLineEdit()
        self.applicant.setPlaceholderText(self.tr("as on the passport"))
        self.case_id = CaseIdField()
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
        form.addRow(self.tr("Embassy or consulate"), self.post)
        form.addRow(self.tr("Visa class"), self.visa_class)
        form.addRow(self.tr("Refusal"), self.refusal)
        self.protect = QCheckBox(self.tr("Protect this case with a passphrase"))
        self.protect.setToolTip(
            self.tr("The whole file is encrypted. A forgotten passphrase cannot be recovered.")
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(
            self.tr("at least {0} characters").format(MIN_PASSPHRASE)
        )
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.again.setPlaceholderText(self.tr("again, to be sure"))
        self.passphrase_hint = QLabel()
        colours.warn(self.passphrase_hint)
        form.addRow(self.protect)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.again)
        form.addRow("", self.passphrase_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.applicant.textChanged.connect(self._validate)
        self.case_id.changed.connect(self._validate)
        self.case_id.changed.connect(self._fit_height)
        for signal in (self.protect.toggled, self.passphrase.textChanged, self.again.textChanged):
            signal.connect(self._validate)
        self._validate()

    def _fit_height(self) -> None:
        """Grow to show the whole ID hint: a wrapped line that appears after the dialog opened is
        otherwise squeezed into the height the dialog had."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _passphrase_problem(self) -> str | None:
        if not self.protect.isChecked():
            return None
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            return self.tr("Choose at least {0} characters.").format(MIN_PASSPHRASE)
        if self.again.text() != self.passphrase.text():
            return self.tr("The two passphrases differ.")
        return None

    def _validate(self) -> None:
        for field in (self.passphrase, self.again):
            field.setEnabled(self.protect.isChecked())
        problem = self._passphrase_problem()
        self.passphrase_hint.setText(problem or "")
        self.passphrase_hint.setVisible(bool(problem))
        ok = bool(self.applicant.text().strip()) and self.case_id.problem() is None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok and not problem)

    def answer(self) -> NewCase:
        name = self.applicant.text().strip()
        return NewCase(
            title=name,
            applicant=name,
            application_id=self.case_id.parts()[0],
            case_number=self.case_id.parts()[1],
            post=self.post.text().strip(),
            visa_class=self.visa_class.text().strip(),
            refusal_type=str(self.refusal.currentData()),
            passphrase=self.passphrase.text() if self.protect.isChecked() else None,
        )
