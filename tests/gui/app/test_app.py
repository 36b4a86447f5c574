"""Starting the desktop app: with no screen it says so in one line and exits 2, before Qt loads;
with one, it names itself to the desktop by its app ID."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app
from desktop_app import __version__
from desktop_app.gui.app.startup import APP_ID, NO_SCREEN_EXIT, has_screen
from tests.helpers import run_visacase


@pytest.mark.parametrize("variable", ["DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"])
def test_any_display_or_chosen_qt_platform_counts_as_a_screen(variable: str) -> None:
    assert has_screen({variable: ":0"}, "linux")


def test_linux_without_a_display_has_no_screen() -> None:
    assert not has_screen({"DISPLAY": ""}, "linux")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_screen(platform: str) -> None:
    assert has_screen({}, platform)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only X11/Wayland need a display")
@pytest.mark.parametrize("argv", [[], ["--sample"]])
def test_opening_the_app_with_no_screen_says_so_in_one_line_and_exits_2(
    argv: list[str], tmp_path
) -> None:
    screenless = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run_visacase(*argv, env={**screenless, "HOME": str(tmp_path)}, timeout=60)
    assert result.returncode == NO_SCREEN_EXIT
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("visacase: no screen found (DISPLAY and WAYLAND_DISPLAY")


def test_the_app_names_itself_to_the_desktop_by_its_app_id(tmp_path: Path) -> None:
    ran = _run_app(
        "from PySide6.QtGui import QGuiApplication\n"
        "from desktop_app.gui.app.startup import run\n"
        "run([])\n"
        "print(QGuiApplication.desktopFileName(), QGuiApplication.applicationVersion())\n",
        tmp_path,
    )
    assert ran.stdout.splitlines()[-1] == f"{APP_ID} {__version__}", ran.stderr


def test_the_welcome_window_is_shown_before_the_storage_layer_loads(tmp_path: Path) -> None:
    """What the first window does not need (the ORM, the services, the PDF engines) waits."""
    ran = _run_app(
        "import sys\n"
        "from desktop_app.gui.app.startup import run\n"
        "run([])\n"
        "print(sorted(m.split('.')[0] for m in sys.modules if m.startswith(("
        "'sqlalchemy', 'alembic', 'desktop_app.services', 'desktop_app.store', 'pikepdf',"
        " 'reportlab'))))\n",
        tmp_path,
    )
    assert ran.stdout.splitlines() == ["VisaCase window shown", "[]"], ran.stderr


def test_a_case_given_at_launch_is_shown_in_its_window_after_the_window_itself(
    tmp_path: Path,
) -> None:
    """The window is on screen ("Opening …") before the case is read, then filled."""
    ran = run_visacase(_case(tmp_path), env=_app_env(tmp_path), timeout=120)

    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["VisaCase window shown", "VisaCase case shown"]


def test_the_welcome_window_is_shown_without_qts_namespace(tmp_path: Path) -> None:
    """Setting up the Python enums of ``Qt`` takes ~25 ms: it waits for the first key pressed."""
    ran = _run_app(
        "import PySide6.QtCore\n"
        "from desktop_app.gui.app.startup import run\n"
        "run([])\n"
        "print('Qt' in vars(PySide6.QtCore))\n",
        tmp_path,
    )
    assert ran.stdout.splitlines() == ["VisaCase window shown", "False"], ran.stderr


def test_a_case_window_is_on_screen_without_qts_namespace_and_loads_it_to_read(
    tmp_path: Path,
) -> None:
    """The "Opening …" frame needs no ``Qt``, no welcome window and no deadline rules; once it
    is drawn the GUI thread sets ``Qt`` up, before the worker loading the panes' modules, which
    name it too, starts."""
    ran = _run_app(
        "import sys\n"
        "from pathlib import Path\n"
        "import PySide6.QtCore\n"
        "from desktop_app.gui.app.startup import load_qt\n"
        "load_qt()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.gui.app import file_actions\n"
        "from desktop_app.gui.app.welcome_later import WelcomeLater\n"
        f"window = file_actions.open_case(WelcomeLater(), Path({str(_case(tmp_path))!r}))\n"
        "later = ('desktop_app.gui.app.welcome', 'desktop_app.domain.deadline_states')\n"
        "print(window.isVisible(), 'Qt' in vars(PySide6.QtCore), [m for m in later if m in"
        " sys.modules])\n"
        "window.case_loaded.connect(app.quit)\n"
        "app.exec()\n"
        "print(window.loaded, 'Qt' in vars(PySide6.QtCore))\n",
        tmp_path,
    )
    assert ran.stdout.splitlines() == ["True False []", "True True"], ran.stderr


def test_a_case_window_is_filled_without_the_pdf_engines_or_the_migrations(
    tmp_path: Path,
) -> None:
    """Showing a case needs the ORM; drawing, merging and rendering PDFs, Alembic, and for a
    plain case file SQLCipher's driver, wait."""
    ran = _run_app(
        "import sys\n"
        "from desktop_app.gui.app.startup import run\n"
        f"run([{str(_case(tmp_path))!r}])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(("
        "'alembic', 'pikepdf', 'pypdfium2', 'reportlab', 'PIL', 'sqlcipher3'))}))\n",
        tmp_path,
    )
    assert ran.stdout.splitlines() == [
        "VisaCase window shown",
        "VisaCase case shown",
        "[]",
    ], ran.stderr


def test_a_case_window_reads_its_case_only_once_its_first_frame_is_drawn(tmp_path: Path) -> None:
    """A worker loading the ORM would share Python's lock with the GUI thread drawing the frame:
    none runs until it is drawn (a zero-timer at show() still comes before the drawing)."""
    ran = _run_app(
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.gui.app.startup import load_qt\n"
        "load_qt()\n"
        "from PySide6.QtCore import QThreadPool, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.gui.app import file_actions\n"
        "from desktop_app.gui.app.welcome_later import WelcomeLater\n"
        f"window = file_actions.open_case(WelcomeLater(), Path({str(_case(tmp_path))!r}))\n"
        "QTimer.singleShot(0, lambda: print(QThreadPool.globalInstance().activeThreadCount(),"
        " 'sqlalchemy' in sys.modules))\n"
        "window.case_loaded.connect(app.quit)\n"
        "app.exec()\n"
        "print(window.loaded)\n",
        tmp_path,
    )
    assert ran.stdout.splitlines() == ["0 False", "True"], ran.stderr


def test_the_app_takes_back_python_import_from_pyside(tmp_path: Path) -> None:
    """PySide's import hook reads the source of every module imported after it."""
    ran = _run_app(
        "import builtins\n"
        "from desktop_app.gui.app.startup import run\n"
        "run([])\n"
        "hook = builtins.__feature_import__\n"
        "print(builtins.__import__ is builtins.__orig_import__, builtins.__import__ is hook)\n",
        tmp_path,
    )
    assert ran.stdout.splitlines() == ["VisaCase window shown", "True False"], ran.stderr


def test_no_module_asks_pyside_for_a_feature_its_import_hook_would_serve() -> None:
    """Without the hook, ``from __feature__ import snake_case`` would quietly do nothing."""
    asks = re.compile(r"^\s*(from|import)\s+__feature__\b", re.MULTILINE)
    modules = Path(desktop_app.__file__).parent.rglob("*.py")
    assert [m for m in modules if asks.search(m.read_text(encoding="utf-8"))] == []


def _case(folder: Path) -> Path:
    from desktop_app.services import cases

    path = folder / "Okafor.visacase"
    cases.create_case(path, "Okafor").close()
    return path


def _app_env(home: Path) -> dict[str, str]:
    """A launch with a home of its own and no screen, quitting once its window is shown."""
    return {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "XDG_DATA_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "VISACASE_QUIT_WHEN_SHOWN": "1",
    }


def _run_app(script: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script],
        env=_app_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
