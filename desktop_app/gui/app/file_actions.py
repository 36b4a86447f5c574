"""New case and Open case, from the welcome window or a case window: each opens a case window.

Opening asks what it must: the passphrase of a protected file, and whether to look at a case
read-only when another VisaCase window or command is already changing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.errors import CaseFileLockedError, PassphraseError, UserFacingError
from desktop_app.gui import settings
from desktop_app.gui.dialogs.asking import Dialogs

if TYPE_CHECKING:
    from desktop_app.gui.app.welcome import WelcomeWindow
    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.store.casefile import CaseFile

OPEN_WINDOWS: list[MainWindow] = []
FIRST_WINDOW: dict[MainWindow, WelcomeWindow] = {}  # case window -> where the user started
PASSPHRASE_TRIES = 3


class Host(Protocol):
    """A window that can ask questions: the welcome window or a case window."""

    dialogs: Dialogs


def new_case(host: Host) -> MainWindow | None:
    # The services (and the ORM under them) load with the first case: the welcome window is up
    # before them.
    from desktop_app.services import applicants, cases

    answer = host.dialogs.new_case()
    if answer is None:
        return None
    path = host.dialogs.save_path(
        QWidget.tr("Save the new case as"), f"{answer.title}.visacase", "VisaCase case (*.visacase)"
    )
    if path is None:
        return None
    if path.suffix != ".visacase":
        path = path.with_name(path.name + ".visacase")
    try:
        case = cases.create_case(
            path,
            answer.title,
            post=answer.post or None,
            visa_class=answer.visa_class or None,
            refusal_type=answer.refusal_type,
            passphrase=answer.passphrase,
        )
        cases.update_case(case, followup_interval_days=settings.preferences().reminder_days)
        applicants.add_applicant(
            case,
            answer.applicant,
            visa_class=answer.visa_class or None,
            application_id=answer.application_id,
            case_number=answer.case_number,
        )
    except UserFacingError as exc:
        host.dialogs.inform(QWidget.tr("New case"), exc.message)
        return None
    return _show(host, case)


def open_case(host: Host, path: Path | None = None) -> MainWindow | None:
    path = path or host.dialogs.open_path(QWidget.tr("Open case"))
    if path is None:
        return None
    try:
        case = _open(host, Path(path))
    except UserFacingError as exc:
        if not Path(path).exists():
            settings.forget_case(Path(path))
        host.dialogs.inform(QWidget.tr("Open case"), exc.message)
        return None
    return None if case is None else _show(host, case)


def _open(host: Host, path: Path) -> CaseFile | None:
    """Open the file, asking for a passphrase or offering read-only when needed; None if the
    user gave up."""
    from desktop_app.services import cases

    try:
        return cases.open_case(path)
    except CaseFileLockedError as exc:
        question = QWidget.tr("{0}\n\nOpen it read-only, to look without changing anything?")
        if not host.dialogs.confirm(QWidget.tr("Case in use"), question.format(exc.message)):
            return None
        return cases.open_case(path, read_only=True)
    except PassphraseError as exc:
        if not exc.needed:
            raise
    for _ in range(PASSPHRASE_TRIES):
        phrase = host.dialogs.passphrase(path.name)
        if phrase is None:
            return None
        try:
            return cases.open_case(path, passphrase=phrase)
        except PassphraseError as exc:
            host.dialogs.inform(QWidget.tr("Open case"), exc.message)
    return None


def _show(host: Host, case: CaseFile) -> MainWindow:
    from desktop_app.gui.app.welcome import WelcomeWindow
    from desktop_app.gui.case_window.main_window import MainWindow

    settings.remember_case(case.path)
    # Real dialogs belong to their window; a test's prepared answers follow it to the new one.
    own = isinstance(host.dialogs, Dialogs)
    window = MainWindow(case, dialogs=None if own else host.dialogs)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    OPEN_WINDOWS.append(window)
    window.destroyed.connect(
        lambda: OPEN_WINDOWS.remove(window) if window in OPEN_WINDOWS else None
    )
    first = host if isinstance(host, WelcomeWindow) else FIRST_WINDOW.get(host)  # type: ignore[call-overload]
    if first is not None:  # the welcome window, however many case windows ago
        FIRST_WINDOW[window] = first
    window.closing.connect(lambda: _closing(window))
    window.show()
    return window


def _closing(window: MainWindow) -> None:
    """The last case window closing shows the first window again, rather than quitting."""
    first = FIRST_WINDOW.pop(window, None)
    if window in OPEN_WINDOWS:
        OPEN_WINDOWS.remove(window)
    if first is None or OPEN_WINDOWS:
        return
    first.fill_recent()
    first.show()
    first.raise_()


def close_all() -> None:
    """Close every case window, so each case file is checkpointed and unlocked before exit
    (the app is quitting: the first window stays hidden)."""
    FIRST_WINDOW.clear()
    for window in list(OPEN_WINDOWS):
        window.close()
    OPEN_WINDOWS.clear()
