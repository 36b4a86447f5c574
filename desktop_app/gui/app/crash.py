"""The crash dialog and the exception hook that shows it: where every bug ends up.

A bug — anything but a :class:`UserFacingError` — is logged with its traceback, then shown in one
dialog that says where the log is and whether the case file is safe. It says so only after
looking: the file must still be the one the window opened and pass SQLite's quick check;
otherwise the dialog says what it found. An expected failure that reaches the hook from a slot
is shown as a plain message instead.
"""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.errors import CaseFileError, UserFacingError
from desktop_app.gui.app import app_log

if TYPE_CHECKING:
    from desktop_app.services.case_presence import CaseWatch

log = logging.getLogger(__name__)


class CrashReport(NamedTuple):  # not a dataclass: see settings.Preferences
    message: str
    details: str


def report(details: str, watches: Iterable[CaseWatch], folder: Path) -> CrashReport:
    """What to tell the user about a bug whose traceback is ``details``."""
    log.error("A bug reached the crash dialog:\n%s", details)
    app_log.write_waiting()  # the log the dialog names holds this, even early in the start
    watches = list(watches)
    found = [problem for watch in watches if (problem := watch.soundness()) is not None]
    if found:
        safety = QCoreApplication.translate(
            "CrashDialog", "Check your case file before going on: {0}"
        ).format(" ".join(found))
    elif watches:
        safety = QCoreApplication.translate(
            "CrashDialog",
            "Your case file was checked and is safe: every change is saved as it happens.",
        )
    else:
        safety = ""  # no case open: nothing to check, so nothing is claimed
    message = " ".join(
        part
        for part in (
            QCoreApplication.translate("CrashDialog", "Something went wrong inside VisaCase."),
            safety,
            QCoreApplication.translate(
                "CrashDialog", "A log for a bug report is in {0}; please send it with the details."
            ).format(folder),
        )
        if part
    )
    return CrashReport(message, app_log.mask(details))


def show(parent: QWidget | None, crash: CrashReport) -> None:
    from PySide6.QtWidgets import QMessageBox  # its enums are set up when a message is shown

    box = QMessageBox(QMessageBox.Icon.Critical, "VisaCase", crash.message, parent=parent)
    box.setDetailedText(crash.details)
    copy = box.addButton(
        QCoreApplication.translate("CrashDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(crash.details)


def open_watches() -> list[CaseWatch]:
    """The watches of every case window open now (each window keeps one as ``case_watch``)."""
    from desktop_app.services.case_presence import CaseWatch  # the storage layer, loaded late

    return [
        watch
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
        and isinstance(watch := getattr(widget, "case_watch", None), CaseWatch)
    ]


def inform(parent: QWidget | None, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, "VisaCase", message)


def install(
    folder: Path,
    *,
    show_crash: Callable[[QWidget | None, CrashReport], None] = show,
    show_message: Callable[[QWidget | None, str], None] = inform,
) -> None:
    """Send every uncaught exception to the crash dialog, naming ``folder`` as the log's; tests
    pass their own ``show_crash`` and ``show_message``."""
    sys.excepthook = functools.partial(_hook, folder, show_crash, show_message)


def _hook(
    folder: Path,
    show_crash: Callable[[QWidget | None, CrashReport], None],
    show_message: Callable[[QWidget | None, str], None],
    kind: type[BaseException],
    value: BaseException,
    tb: TracebackType | None,
) -> None:
    # The case windows' module, and through it the storage layer, loads only when needed: the
    # welcome window starts without them.
    from desktop_app.gui.case_window import case_watch

    if isinstance(value, UserFacingError):  # something the user can fix, raised from a slot
        # A case file that has gone is told with its offer of a copy, not as a bare message.
        if not (isinstance(value, CaseFileError) and case_watch.offer_copies()):
            show_message(QApplication.activeWindow(), value.message)
        return
    details = "".join(traceback.format_exception(kind, value, tb))
    print(details, file=sys.stderr)
    watches = [window.case_watch for window in case_watch.open_case_windows()]
    show_crash(QApplication.activeWindow(), report(details, watches, folder))
