"""The questions the window asks the user, behind one small seam tests can replace.

Production code uses real Qt dialogs; tests pass a ``Dialogs`` whose answers are prepared, so no
test ever blocks in ``exec()``. Each dialog — the app's own and Qt's message boxes, file and input
dialogs, whose Python enums are set up when their class is first named — is imported when it is
first asked for, not when a window is made: the first window is on screen sooner.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.gui.app import crash
from desktop_app.gui.app.crash import CrashReport

if TYPE_CHECKING:
    from desktop_app.gui.dialogs.applicant_dialog import NewApplicant
    from desktop_app.gui.dialogs.new_case_dialog import NewCase
    from desktop_app.gui.settings import Preferences
    from desktop_app.services.applicants import ApplicantView

CASE_FILES = "VisaCase case (*.visacase)"


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def crash(self, report: CrashReport) -> None:
        crash.show(self.parent, report)

    def confirm(self, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def save_path(self, title: str, suggested: str, kind: str = "PDF (*.pdf)") -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, kind)
        return Path(name) if name else None

    def open_path(self, title: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.parent, title, "", CASE_FILES)
        return Path(name) if name else None

    def new_case(self) -> NewCase | None:
        from desktop_app.gui.dialogs.new_case_dialog import NewCaseDialog

        dialog = NewCaseDialog(self.parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def passphrase(self, name: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            self.parent,
            QWidget.tr("Protected case"),
            QWidget.tr("{0} is protected. Passphrase:").format(name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def preferences(self, current: Preferences) -> Preferences | None:
        from desktop_app.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(current, self.parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def new_applicant(self) -> NewApplicant | None:
        from desktop_app.gui.dialogs.applicant_dialog import ApplicantDialog

        dialog = ApplicantDialog(self.parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def edit_applicant(self, person: ApplicantView) -> NewApplicant | None:
        from desktop_app.gui.dialogs.applicant_dialog import ApplicantDialog

        dialog = ApplicantDialog(self.parent)
        dialog.fill(person)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
