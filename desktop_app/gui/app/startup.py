"""Starting the desktop app.

``visacase`` with no argument shows the welcome window (new case, open, recent cases, the sample);
``visacase FILE.visacase`` opens that file (the welcome window appears instead if it cannot be
opened); ``--sample`` opens the user's copy of the sample case;
``--self-test`` drives the real window headless and reports. Expected failures opening a case
become a message box; any other exception goes to one crash dialog. A case window is on screen
before its case is read ("Opening …"), and filled a moment later (``file_actions``). The log
file is opened once the first window (and its case) is on screen; what is logged before waits
for it (``app_log.hold``), and is written by a crash report or at exit if it comes first.

Qt for Python is loaded by ``load_qt``, which hands Python's own import back: PySide's
replacement reads the source of every module imported after it.

``VISACASE_QUIT_WHEN_SHOWN=1`` (for ``benchmarks/startup.py``) prints "VisaCase window shown"
once the first window is on screen and, when a case is opening, "VisaCase case shown" once it is
in the window, then quits.

On Linux with no screen at all (neither X11, Wayland nor a chosen Qt platform), Qt would abort
with a message about missing xcb libraries; the app says what is really missing and exits 2
before loading Qt. ``APP_ID`` names the app to the desktop: the desktop file, the AppStream
metainfo, the icons and the MIME package are all called by it, and Qt reports it as the desktop
file name so Wayland compositors and task bars match the window to its menu entry.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.app import app_log
    from desktop_app.gui.app.welcome_later import WelcomeLater

APP_ID = "io.github.visacase.VisaCase"
SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
NO_SCREEN_EXIT = 2
FONTS_AT_LATEST_MS = 1000  # a first window closed before it was drawn


def run(argv: Sequence[str]) -> int:
    args = list(argv)
    if "--self-test" in args:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        load_qt()
        from desktop_app.gui.app.selftest import run_self_test

        return run_self_test()
    if not has_screen():
        print(
            "visacase: no screen found (DISPLAY and WAYLAND_DISPLAY are not set); start VisaCase "
            "from a desktop session, or see 'visacase --help' for the commands",
            file=sys.stderr,
        )
        return NO_SCREEN_EXIT

    load_qt()
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.app import app_log, crash, file_actions
    from desktop_app.gui.app.welcome_later import WelcomeLater
    from desktop_app.gui.icons import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("VisaCase")
    app.setOrganizationName("VisaCase")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from desktop_app.gui import translations

    language = translations.install(app)  # before any widget exists, so every text is translated
    logs = app_log.hold()  # the log (in memory until the first window is up), then the hook
    crash.install(logs.log.parent)
    atexit.register(logs.open)  # nothing logged is lost, even if the event loop never runs
    paths = [a for a in args if not a.startswith("--")]
    later = WelcomeLater()  # held, like the welcome window, until the app quits
    if "--sample" in args:
        file_actions.open_sample(later)
    elif paths:
        file_actions.open_case(later, Path(paths[0]))
    else:
        later.show_again()
    if os.environ.get("VISACASE_QUIT_WHEN_SHOWN"):
        _quit_when_shown(app)
    _open_log_when_shown(logs, later)
    _add_fonts_when_shown(language, later)
    app.aboutToQuit.connect(file_actions.close_all)
    return app.exec()


def load_qt() -> None:
    """Load Qt for Python, then put back the import function it replaced.

    PySide swaps ``builtins.__import__`` for a hook that serves ``from __feature__ import
    snake_case`` (and ``true_property``), which VisaCase does not use (a test holds it to that).
    The hook also reads the whole source file of every module imported after it, looking for
    the word "PySide6": some 60 modules before the welcome window (9 ms of CPU) and 300 more
    when a case opens — the services, the ORM, the panes, 0.1 s and 20 MiB of source lines kept
    in ``linecache``. The import PySide itself keeps underneath (``__orig_import__``, which also
    serves ``from PySide6.QtCore import *``) goes back in its place. Done before any thread
    starts: the hook swaps ``__import__`` out and in again around each import, so it cannot be
    taken away safely while another thread is importing.
    """
    import builtins

    import PySide6.QtCore  # noqa: F401  (what installs the hook)

    if builtins.__import__ is getattr(builtins, "__feature_import__", None):
        builtins.__import__ = builtins.__orig_import__  # type: ignore[attr-defined]


def _quit_when_shown(app: QApplication) -> None:
    """Say when the first window is on screen and when the case is in it; then quit."""
    from PySide6.QtCore import QTimer

    from desktop_app.gui.app import file_actions

    opening = [window for window in file_actions.OPEN_WINDOWS if not window.loaded]

    def say(line: str, done: bool) -> None:
        print(line, flush=True)
        if done:
            app.quit()

    QTimer.singleShot(0, lambda: say("VisaCase window shown", not opening))
    for window in opening:  # shown once the event loop has painted the filled window
        window.case_loaded.connect(
            lambda: QTimer.singleShot(0, lambda: say("VisaCase case shown", True))
        )
        window.closing.connect(app.quit)  # it could not be opened: nothing more will be shown


def _open_log_when_shown(logs: app_log.LogFiles, later: WelcomeLater) -> None:
    """Open the log file once the first window is on screen — drawn, or with its case in it if
    one is opening — or once that window has closed again (its case could not be opened)."""
    from PySide6.QtCore import QTimer

    from desktop_app.gui.app import file_actions
    from desktop_app.gui.first_frame import after_first_frame

    opening = [window for window in file_actions.OPEN_WINDOWS if not window.loaded]
    if not opening and later.window is not None:  # the welcome window
        after_first_frame(later.window, logs.open)
    for window in opening:
        window.case_loaded.connect(lambda: QTimer.singleShot(0, logs.open))
        window.closing.connect(logs.open)


def _add_fonts_when_shown(language: str, later: WelcomeLater) -> None:
    """Give Qt the shipped fonts for names in other scripts on a thread, once the first window
    has been drawn (or a second on, if it closed before): a case's names are shown a moment
    later, when its contents have been read."""
    import functools

    from PySide6.QtCore import QTimer

    from desktop_app.gui import fonts
    from desktop_app.gui.app import file_actions
    from desktop_app.gui.first_frame import after_first_frame

    add = functools.cache(functools.partial(fonts.add_the_rest, language))  # whichever is first
    first = next(iter(file_actions.OPEN_WINDOWS), None) or later.window
    if first is not None:
        after_first_frame(first, add)
    QTimer.singleShot(FONTS_AT_LATEST_MS, add)


def has_screen(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt has somewhere to draw: always on Windows and macOS, else a display is set."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return any(environ.get(name) for name in SCREEN_VARIABLES)


def main() -> int:
    return run(sys.argv[1:])
