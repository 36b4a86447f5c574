"""Starting the desktop app.

``visacase`` with no argument shows the welcome window (new case, open, recent cases, the sample);
``visacase FILE.visacase`` opens that file (the welcome window appears instead if it cannot be
opened); ``--sample`` opens the user's copy of the sample case;
``--self-test`` drives the real window headless and reports. Expected failures opening a case
become a message box; any other exception goes to one crash dialog.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def run(argv: Sequence[str]) -> int:
    args = list(argv)
    if "--self-test" in args:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop_app.gui.selftest import run_self_test

        return run_self_test()

    from PySide6.QtWidgets import QApplication

    from desktop_app.gui import app_log, crash, file_actions
    from desktop_app.gui.icons import app_icon
    from desktop_app.gui.welcome import WelcomeWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("VisaCase")
    app.setOrganizationName("VisaCase")
    app.setWindowIcon(app_icon())
    crash.install(app_log.start().log.parent)  # the log file, then the hook that names it
    welcome = WelcomeWindow()
    paths = [a for a in args if not a.startswith("--")]
    if "--sample" in args:
        welcome.open_sample()
    elif paths:
        welcome.open_case(Path(paths[0]))
    if not file_actions.OPEN_WINDOWS:
        welcome.show()
    if os.environ.get("VISACASE_QUIT_WHEN_SHOWN"):  # benchmarks/startup.py times launch to here
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: (print("VisaCase window shown", flush=True), app.quit()))
    app.aboutToQuit.connect(file_actions.close_all)
    return app.exec()


def main() -> int:
    return run(sys.argv[1:])
