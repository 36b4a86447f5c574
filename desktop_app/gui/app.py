"""Starting the desktop app.

``visacase`` with no argument opens the sample case on first use (so a new user sees a real case
at once); ``visacase FILE.visacase`` opens that file; ``--sample`` always opens the sample;
``--self-test`` drives the real window headless and reports. Expected failures opening a case
become a message box; any other exception goes to one crash dialog.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from desktop_app.errors import UserFacingError


def run(argv: Sequence[str]) -> int:
    args = list(argv)
    if "--self-test" in args:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop_app.gui.selftest import run_self_test

        return run_self_test()

    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services import cases, sample_case

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("VisaCase")
    app.setOrganizationName("VisaCase")
    sys.excepthook = _crash_dialog
    paths = [a for a in args if not a.startswith("--")]
    path = Path(paths[0]) if paths else sample_case.sample_case_path()
    try:
        case = cases.open_case(path)
    except UserFacingError as exc:
        QMessageBox.warning(None, "VisaCase", exc.message)
        return 2
    window = MainWindow(case)
    window.show()
    try:
        return app.exec()
    finally:
        case.close()


def _crash_dialog(kind: type[BaseException], value: BaseException, tb: object) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    details = "".join(traceback.format_exception(kind, value, tb))  # type: ignore[arg-type]
    print(details, file=sys.stderr)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "VisaCase",
        "Something went wrong inside VisaCase. Your case file is safe: every "
        "change is saved as it happens. Please copy the details for a bug report.",
    )
    box.setDetailedText(details)
    copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def main() -> int:
    return run(sys.argv[1:])
