"""The questions the window asks the user, behind one small seam tests can replace.

Production code uses real Qt dialogs; tests pass a ``Dialogs`` whose answers are prepared, so no
test ever blocks in ``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


@dataclass
class Dialogs:
    parent: QWidget | None = None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def save_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, "PDF (*.pdf)")
        return Path(name) if name else None
