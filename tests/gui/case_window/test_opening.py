"""A case window is on screen the moment a case is asked for, saying "Opening …", with nothing in
it to act on; its case fills the same window once read, or its window closes with the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication

from desktop_app.gui.app import file_actions
from desktop_app.gui.app.welcome_later import WelcomeLater
from desktop_app.services import cases
from tests.gui.case_windows import open_welcome_window, wait_until_opened
from tests.gui.fakes import FakeDialogs


def _case(path: Path) -> Path:
    cases.create_case(path, "Okafor family").close()
    return path


def _menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_says_what_it_is_opening_and_offers_nothing_to_act_on(qtbot, tmp_path):
    open_welcome_window(qtbot).open_case(_case(tmp_path / "okafor.visacase"))

    [window] = file_actions.OPEN_WINDOWS
    assert window.isVisible() and window.case is None
    assert window.centralWidget().text() == "Opening okafor.visacase…"
    assert window.centralWidget().alignment() == Qt.AlignmentFlag.AlignCenter
    assert _menus(window) == ["&Case", "&Help"]
    assert [a.text() for a in window.case_menu.actions()] == [
        "&New case…",
        "&Open case…",
        "&Close",
    ]
    wait_until_opened(qtbot)


def test_the_case_then_fills_the_same_window_with_all_its_menus(qtbot, tmp_path):
    open_welcome_window(qtbot).open_case(_case(tmp_path / "okafor.visacase"))
    [opening] = file_actions.OPEN_WINDOWS

    [window] = wait_until_opened(qtbot)

    assert window is opening
    assert window.windowTitle() == "VisaCase — Okafor family"
    assert window.centralWidget() is window.splitter
    assert _menus(window) == ["&Case", "&Edit", "&View", "&Timeline", "&Help"]
    case_menu = [a.text() for a in window.case_menu.actions() if not a.isSeparator()]
    assert case_menu[:2] == ["&New case…", "&Open case…"]
    assert case_menu[-1] == "&Close" and "&Export packet…" in case_menu


def test_files_dropped_while_the_case_is_opening_are_not_taken(qtbot, tmp_path):
    open_welcome_window(qtbot).open_case(_case(tmp_path / "okafor.visacase"))
    [window] = file_actions.OPEN_WINDOWS
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "scan.pdf"))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )

    window.dragEnterEvent(enter)

    assert not enter.isAccepted()
    wait_until_opened(qtbot)


def test_a_case_that_cannot_be_opened_is_explained_and_its_window_closes(qtbot, tmp_path):
    welcome = open_welcome_window(qtbot)
    junk = tmp_path / "junk.visacase"
    junk.write_bytes(b"not a case")

    welcome.open_case(junk)

    assert wait_until_opened(qtbot) == []
    assert welcome.dialogs.messages == [("Open case", "junk.visacase is not a VisaCase case file.")]
    assert welcome.isVisible()


def test_a_launch_into_a_case_builds_the_welcome_window_only_when_it_is_needed(qtbot, tmp_path):
    later = WelcomeLater()
    later.dialogs = FakeDialogs()
    junk = tmp_path / "junk.visacase"
    junk.write_bytes(b"not a case")

    file_actions.open_case(later, junk)
    assert later.window is None

    assert wait_until_opened(qtbot) == []
    assert later.window is not None
    qtbot.addWidget(later.window)
    assert later.window.isVisible()  # where the user goes on from


def test_a_window_closed_while_its_case_is_opening_opens_nothing(qtbot, tmp_path):
    path = _case(tmp_path / "okafor.visacase")
    welcome = open_welcome_window(qtbot)
    window = file_actions.open_case(welcome, path)

    window.close()  # waits for the worker; its answer arrives after
    QApplication.processEvents()

    assert window.case is None
    assert not (tmp_path / ".okafor.visacase.lock").exists()
    assert welcome.isVisible()
    with cases.open_case(path):  # nobody holds it
        pass
