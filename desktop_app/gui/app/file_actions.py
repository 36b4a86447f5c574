"""New case and Open case, from the welcome window or a case window: each opens a case window.

Opening shows the case window at once, saying "Opening …"; once that frame is on screen, the
modules that show a case (the services, the ORM under them, the panes) load on a worker thread —
the first time, a few tenths of a second; the sample case is also built there the first time it
is asked for — then the file is opened on the GUI thread (its lock belongs to the thread that
takes it) and fills the window. The worker starts after the first frame, not with it: it would
take Python's lock in turns with the GUI thread while that frame is being drawn.
Opening asks what it must: the passphrase of a protected file, and whether to look at a case
read-only when another VisaCase window or command is already changing it. A file that cannot be
opened is explained in the same sentence as ever, and its window closes again (the welcome
window comes back).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from desktop_app.errors import CaseFileLockedError, PassphraseError, UserFacingError
from desktop_app.gui import keyboard, settings
from desktop_app.gui.app import app_log, crash
from desktop_app.gui.case_window import opening
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.first_frame import after_first_frame
from desktop_app.gui.workers.task import Task, start

if TYPE_CHECKING:
    from desktop_app.gui.app.welcome import WelcomeWindow
    from desktop_app.gui.app.welcome_later import WelcomeLater
    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.store.casefile import CaseFile

OPEN_WINDOWS: list[MainWindow] = []
FIRST_WINDOW: dict[
    MainWindow, WelcomeWindow | WelcomeLater
] = {}  # case window -> where the user started
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
    """A window opening the case at ``path`` (asked for when None); None if none was chosen."""
    path = path or host.dialogs.open_path(QWidget.tr("Open case"))
    if path is None:
        return None
    chosen = Path(path)
    return _opening(host, opening.opening_text(chosen.name), lambda: chosen)


def open_sample(host: Host) -> MainWindow:
    """A window opening the user's copy of the sample case (built the first time)."""
    return _opening(host, opening.opening_sample_text(), _sample_path)


def _sample_path() -> Path:
    from desktop_app.services import sample_case

    return sample_case.sample_case_path()


def _opening(host: Host, text: str, find: Callable[[], Path]) -> MainWindow:
    """Show a window saying ``text`` now; fill it with the case at ``find()`` once read."""
    window = _window(host, None, opening_text=text)

    def prepare(_progress: object, _cancelled: object) -> Path:
        # The window's other half with all it needs (the services, the ORM, the panes' modules):
        # loaded here, off the GUI thread; importing makes no widget.
        from desktop_app.gui.case_window import contents  # noqa: F401
        from desktop_app.store.models import Base

        Base.registry.configure()  # else the first query does it, on the GUI thread
        return find()

    task = window.opening_task = Task(prepare)
    task.signals.finished.connect(lambda path: _fill(window, path))
    task.signals.failed.connect(lambda message: _not_opened(window, message))
    task.signals.crashed.connect(lambda details: _crashed(window, details))
    after_first_frame(window, lambda: _read_in_background(window, task))
    return window


def _read_in_background(window: MainWindow, task: Task) -> None:
    if window.closed:  # closed before its first frame was drawn: nothing to read
        return
    # The keys' rules name Qt's namespace, as the panes' modules the worker loads do: loaded here
    # first, on the GUI thread. PySide sets a class up for Python the first time it is named, and
    # two threads naming it at once (a key pressed while the worker imports) would each set it up.
    keyboard.load_rules()
    start(task)


def _fill(window: MainWindow, path: Path) -> None:
    if window.closed:  # closed while it was opening: nothing was opened, nothing to fill
        return
    try:
        case = _open(window, path)
    except UserFacingError as exc:
        if not path.exists():
            settings.forget_case(path)
        _not_opened(window, exc.message)
        return
    if case is None:
        window.close()
        return
    settings.remember_case(case.path)
    window.load_in_steps(case)


def _not_opened(window: MainWindow, message: str) -> None:
    if not window.closed:
        window.dialogs.inform(QWidget.tr("Open case"), message)
        window.close()


def _crashed(window: MainWindow, details: str) -> None:
    window.dialogs.crash(crash.report(details, [], app_log.log_folder()))
    window.close()


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
    settings.remember_case(case.path)
    return _window(host, case)


def _window(host: Host, case: CaseFile | None, *, opening_text: str = "") -> MainWindow:
    """A case window on ``case`` (or opening one), shown, counted and chained to the first."""
    from desktop_app.gui.case_window.main_window import MainWindow

    # Real dialogs belong to their window; a test's prepared answers follow it to the new one.
    own = isinstance(host.dialogs, Dialogs)
    window = MainWindow(case, dialogs=None if own else host.dialogs, opening_text=opening_text)
    # Deleted once closed, as Qt.WA_DeleteOnClose would have it (a case window always accepts
    # its close), without naming Qt's namespace before the window is on screen.
    window.closing.connect(window.deleteLater)
    OPEN_WINDOWS.append(window)
    window.destroyed.connect(
        lambda: OPEN_WINDOWS.remove(window) if window in OPEN_WINDOWS else None
    )
    starts = not isinstance(host, MainWindow)  # the welcome window, or its stand-in
    first = host if starts else FIRST_WINDOW.get(host)  # type: ignore[call-overload]
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
    first.show_again()


def close_all() -> None:
    """Close every case window, so each case file is checkpointed and unlocked before exit
    (the app is quitting: the first window stays hidden)."""
    FIRST_WINDOW.clear()
    for window in list(OPEN_WINDOWS):
        window.close()
    OPEN_WINDOWS.clear()
