"""The exception hook: a bug is logged and shown with where the log is and a checked verdict."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.errors import CaseFileError, UserFacingError
from desktop_app.gui.app import app_log, crash
from desktop_app.gui.app.crash import CrashReport
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window


class Shown:
    """Stands in for the dialogs the hook would open."""

    def __init__(self) -> None:
        self.crashes: list[CrashReport] = []
        self.messages: list[str] = []

    def crash(self, _parent: QWidget | None, report: CrashReport) -> None:
        self.crashes.append(report)

    def message(self, _parent: QWidget | None, text: str) -> None:
        self.messages.append(text)


@pytest.fixture(autouse=True)
def no_other_windows(qapp) -> None:
    """The hook looks at every case window on screen: none left over from an earlier test."""
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.fixture
def shown(monkeypatch, tmp_path: Path) -> Shown:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen = Shown()
    crash.install(tmp_path / "logs", show_crash=seen.crash, show_message=seen.message)
    return seen


def _raise(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    return open_case_window(qtbot, case)


def test_a_bug_with_a_sound_case_open_says_it_is_safe_and_where_the_log_is(
    shown, window, tmp_path
) -> None:
    _raise(KeyError("no such row"))

    [report] = shown.crashes
    assert "Your case file was checked and is safe" in report.message
    assert str(tmp_path / "logs") in report.message
    assert "KeyError: 'no such row'" in report.details


def test_a_bug_after_the_case_file_was_deleted_says_what_was_found(shown, window, case) -> None:
    case.path.unlink()

    _raise(KeyError("no such row"))

    [report] = shown.crashes
    assert "safe" not in report.message
    assert "test.visacase is no longer in its folder" in report.message


def test_a_bug_with_no_case_open_claims_nothing_about_a_case(shown, qapp) -> None:
    _raise(RuntimeError("welcome window trouble"))

    [report] = shown.crashes
    assert "case file" not in report.message
    assert report.message.startswith("Something went wrong inside VisaCase.")


def test_the_details_mask_identifiers(shown, qapp) -> None:
    _raise(ValueError("unknown id AA00B7QPGN"))

    assert "AA00B7QPGN" not in shown.crashes[0].details
    assert "AA00•••PGN" in shown.crashes[0].details


def test_an_expected_failure_from_a_slot_is_a_plain_message(shown, qapp) -> None:
    _raise(UserFacingError("That file is not a PDF."))

    assert shown.messages == ["That file is not a PDF."]
    assert shown.crashes == []


def test_the_bug_goes_into_the_log_file(shown, qapp, tmp_path) -> None:
    written = _log_of_a_bug(app_log.start(tmp_path / "logs"))

    assert "ERROR desktop_app.gui.app.crash: A bug reached the crash dialog" in written
    assert "ZeroDivisionError: division by zero" in written


def test_a_bug_before_the_log_file_opened_is_written_into_it_at_once(shown, qapp, tmp_path) -> None:
    written = _log_of_a_bug(app_log.hold(tmp_path / "logs"))

    assert "VisaCase started" in written
    assert "ZeroDivisionError: division by zero" in written


def test_a_case_file_error_after_the_file_went_offers_a_copy(shown, window, case) -> None:
    window.dialogs.answer = False
    case.path.unlink()

    _raise(CaseFileError("test.visacase can no longer be written."))

    [(title, question)] = window.dialogs.messages
    assert title == "Case file missing"
    assert "Save a copy" in question
    assert shown.messages == []


def _log_of_a_bug(logs: app_log.LogFiles) -> str:
    """What ``logs`` hold once a bug has reached the crash dialog."""
    try:
        _raise(ZeroDivisionError("division by zero"))
        logs.handler.flush()
        return logs.log.read_text(encoding="utf-8")
    finally:
        logs.close()
