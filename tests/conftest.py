"""Shared fixtures: no screen, no real home folder, a fresh case file per test, English."""

from __future__ import annotations

import os

# Qt's offscreen screens, as laptops have them: 1280×800, and 1280×720 (a 1920×1080 screen at
# 150 %) to its right. Without a configuration the offscreen screen is 800×800.
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "screens.json"
)
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
# The command line speaks the language its environment asks for: tests compare English text,
# whatever language the machine running them speaks. A test that wants another sets it itself.
os.environ["LANGUAGE"] = "en"

import contextlib
import ctypes
import io
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app import messages
from desktop_app.cli import main
from desktop_app.services import cases
from desktop_app.store.casefile import CaseFile


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings, caches and recent-files lists land in a temporary home, never the real one."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()) if var != "HOME" else str(home))
    return home


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """Every test starts, and leaves the process, with the lower layers speaking English."""
    messages.use("")
    yield
    messages.use("")
    _forget_system_translations()


def _forget_system_translations() -> None:
    """The C library caches the messages it translated (``strerror``'s "No such file…") and
    does not notice a test changing LANGUAGE back: GNU gettext's documented way to make it look
    again is to bump ``_nl_msg_cat_cntr``."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        counter = ctypes.c_int.in_dll(ctypes.CDLL(None), "_nl_msg_cat_cntr")
        counter.value += 1


@pytest.fixture
def case(tmp_path: Path) -> Iterator[CaseFile]:
    opened = cases.create_case(tmp_path / "test.visacase", "Test case", post="U.S. Embassy Manila")
    yield opened
    opened.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Temporary files of the code under test go to a folder of their own, checked empty
    afterwards: an export or import leaves nothing behind, whatever happened."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert list(folder.iterdir()) == []


@pytest.fixture
def run_cli(monkeypatch: pytest.MonkeyPatch):
    """Run ``visacase`` in-process and capture what it prints."""

    def run(*argv: str | Path, stdin: str = "") -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in argv])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
        return CliResult(code, out.getvalue(), err.getvalue())

    return run
