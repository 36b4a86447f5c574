"""An application ID / case number field that says what is wrong while it is typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain import identifiers
from desktop_app.gui import colours


class CaseIdField(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("AA00B7QPGN or MNL2023768001")
        self.edit.setAccessibleName(self.tr("Application ID or case number"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self._check)

    def problem(self) -> str | None:
        typed = self.edit.text().strip()
        return identifiers.problem_with_case_id(typed) if typed else None

    def parts(self) -> tuple[str | None, str | None]:
        """(application ID, case number): at most one is set, both None when left empty."""
        typed = identifiers.normalise(self.edit.text())
        if not typed or self.problem():
            return None, None
        return (typed, None) if identifiers.is_application_id(typed) else (None, typed)

    def _check(self) -> None:
        problem = self.problem()
        self.hint.setText(self.tr(problem) if problem else "")
        colours.warn(self.hint)
        self.hint.setVisible(bool(problem))
        self.changed.emit()
