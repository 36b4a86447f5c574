"""GUI fixtures: the app's settings live in a temporary folder for every test, and the app speaks
English with its plural forms ("1 day") whatever the language of the machine running the tests,
with the fonts it ships for other scripts given to Qt, as the app gives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.gui import fonts, translations
from desktop_app.gui.app import file_actions
from desktop_app.store.casefile import CaseFile
from tests.gui.packets import pack


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    translations.load(qapp, "")
    fonts.add_the_rest("").join()


@pytest.fixture(autouse=True)
def no_windows_left_open():
    """Windows a test opened through New/Open are closed, so their case files are released."""
    yield
    file_actions.close_all()


@pytest.fixture
def packed_case(case: CaseFile, tmp_path: Path) -> CaseFile:
    """A 221(g) letter, two bank statements and an employment letter, each saying its name."""
    return pack(case, tmp_path)
