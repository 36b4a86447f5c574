"""Starting the desktop app: one QApplication, then the main window on a case."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel


def run(argv: Sequence[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    label = QLabel("VisaCase")
    label.show()
    return app.exec()


def main() -> int:
    return run(sys.argv[1:])
