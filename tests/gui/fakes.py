"""Hand-written stand-ins for the questions windows ask: prepared answers, every message kept."""

from __future__ import annotations

from pathlib import Path

from desktop_app.gui.app.crash import CrashReport
from desktop_app.gui.dialogs.applicant_dialog import NewApplicant
from desktop_app.gui.dialogs.new_case_dialog import NewCase
from desktop_app.gui.settings import Preferences
from desktop_app.services.applicants import ApplicantView


class FakeDialogs:
    """Answers from the test; nothing ever blocks in ``exec()``."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []
        self.crashes: list[CrashReport] = []
        self.answer = True
        self.path: Path | None = None
        self.new_case_answer: NewCase | None = None
        self.passphrases: list[str | None] = []
        self.preferences_answer: Preferences | None = None
        self.applicant_answer: NewApplicant | None = None

    def inform(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def crash(self, report: CrashReport) -> None:
        self.crashes.append(report)

    def confirm(self, title: str, text: str) -> bool:
        self.messages.append((title, text))
        return self.answer

    def save_path(self, title: str, suggested: str, kind: str = "") -> Path | None:
        return self.path

    def open_path(self, title: str) -> Path | None:
        return self.path

    def new_case(self) -> NewCase | None:
        return self.new_case_answer

    def passphrase(self, name: str) -> str | None:
        return self.passphrases.pop(0) if self.passphrases else None

    def preferences(self, current: Preferences) -> Preferences | None:
        return self.preferences_answer

    def new_applicant(self) -> NewApplicant | None:
        return self.applicant_answer

    def edit_applicant(self, person: ApplicantView) -> NewApplicant | None:
        self.messages.append(("Edit applicant", person.name))
        return self.applicant_answer
