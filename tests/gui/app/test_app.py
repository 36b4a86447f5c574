"""Starting the desktop app: with no screen it says so in one line and exits 2, before Qt loads;
with one, it names itself to the desktop by its app ID."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

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


def test_the_app_names_itself_to_the_desktop_by_its_app_id(tmp_path) -> None:
    script = (
        "from PySide6.QtGui import QGuiApplication\n"
        "from desktop_app.gui.app.startup import run\n"
        "run([])\n"
        "print(QGuiApplication.desktopFileName(), QGuiApplication.applicationVersion())\n"
    )
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "VISACASE_QUIT_WHEN_SHOWN": "1",
    }
    ran = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ran.stdout.splitlines()[-1] == f"{APP_ID} {__version__}", ran.stderr


def test_the_welcome_window_is_shown_before_the_storage_layer_loads() -> None:
    """What the first window does not need (the ORM, the services, the PDF engines) waits."""
    script = (
        "import sys\n"
        "from desktop_app.gui.app.startup import run\n"
        "run([])\n"
        "print(sorted(m.split('.')[0] for m in sys.modules if m.startswith(("
        "'sqlalchemy', 'alembic', 'desktop_app.services', 'desktop_app.store', 'pikepdf',"
        " 'reportlab'))))\n"
    )
    env = {**os.environ, "VISACASE_QUIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    assert done.stdout.splitlines() == ["VisaCase window shown", "[]"]


def test_a_case_given_at_launch_is_shown_in_its_window_after_the_window_itself(tmp_path) -> None:
    """The window is on screen ("Opening …") before the case is read, then filled."""
    from desktop_app.services import cases

    path = tmp_path / "Okafor.visacase"
    cases.create_case(path, "Okafor").close()
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "VISACASE_QUIT_WHEN_SHOWN": "1",
    }

    ran = run_visacase(path, env=env, timeout=120)

    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["VisaCase window shown", "VisaCase case shown"]


def test_a_case_window_is_filled_without_the_pdf_engines_or_the_migrations(tmp_path) -> None:
    """Showing a case needs the ORM; drawing, merging and rendering PDFs, and Alembic, wait."""
    from desktop_app.services import cases

    path = tmp_path / "Okafor.visacase"
    cases.create_case(path, "Okafor").close()
    script = (
        "import sys\n"
        "from desktop_app.gui.app.startup import run\n"
        f"run([{str(path)!r}])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(("
        "'alembic', 'pikepdf', 'pypdfium2', 'reportlab', 'PIL'))}))\n"
    )
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "VISACASE_QUIT_WHEN_SHOWN": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    assert done.stdout.splitlines() == ["VisaCase window shown", "VisaCase case shown", "[]"]
