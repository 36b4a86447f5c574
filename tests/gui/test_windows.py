"""Windows come and go the way a desktop app's should: closing the last case window shows the
first (welcome) window again instead of quitting; quitting closes every case quietly."""

from __future__ import annotations

from pathlib import Path

from desktop_app.gui import file_actions
from desktop_app.gui.welcome import WelcomeWindow
from desktop_app.services import cases
from tests.gui.fakes import FakeDialogs


def _welcome(qtbot) -> WelcomeWindow:
    welcome = WelcomeWindow(dialogs=FakeDialogs())
    qtbot.addWidget(welcome)
    welcome.show()
    return welcome


def _case(path: Path) -> Path:
    cases.create_case(path, path.stem).close()
    return path


def test_closing_the_last_case_window_shows_the_welcome_window_again(qtbot, tmp_path) -> None:
    welcome = _welcome(qtbot)
    welcome.open_case(_case(tmp_path / "Okafor.visacase"))
    [window] = file_actions.OPEN_WINDOWS
    assert not welcome.isVisible()

    window.close()

    assert welcome.isVisible()
    assert welcome.recent.item(0).text().startswith("Okafor")


def test_the_welcome_window_waits_for_the_last_of_several_case_windows(qtbot, tmp_path) -> None:
    welcome = _welcome(qtbot)
    welcome.open_case(_case(tmp_path / "Okafor.visacase"))
    [first] = file_actions.OPEN_WINDOWS
    first.dialogs.path = _case(tmp_path / "Santos.visacase")
    file_actions.open_case(first)
    second = file_actions.OPEN_WINDOWS[-1]

    first.close()
    assert not welcome.isVisible()
    second.close()
    assert welcome.isVisible()


def test_quitting_closes_the_cases_without_showing_the_welcome_window(qtbot, tmp_path) -> None:
    welcome = _welcome(qtbot)
    welcome.open_case(_case(tmp_path / "Okafor.visacase"))

    file_actions.close_all()

    assert file_actions.OPEN_WINDOWS == []
    assert not welcome.isVisible()
