"""A case file deleted or replaced under an open window: the window says so and saves a copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop_app.errors import CaseFileError
from desktop_app.gui.case_window import case_watch, import_flow
from desktop_app.gui.case_window.case_actions import export_packet
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.services import applicants, cases, intake
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    applicants.add_applicant(case, "Maria Santos")
    return open_case_window(qtbot, case)


def _activate(window: MainWindow) -> None:
    """What the window receives when the user comes back to it from the file manager."""
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def _replace(path: Path) -> None:
    other = path.with_name("other.visacase")
    cases.create_case(other, "Someone else's case").close()
    os.replace(other, path)


def _titles(window: MainWindow) -> list[str]:
    return [title for title, _ in window.dialogs.messages]


def test_a_deleted_case_file_is_reported_when_the_window_is_activated(
    qtbot, window, case, tmp_path
) -> None:
    window.dialogs.answer = True
    window.dialogs.path = tmp_path / "rescued.visacase"
    case.path.unlink()

    _activate(window)

    qtbot.waitUntil(lambda: "Save a copy" in _titles(window))
    title, question = window.dialogs.messages[0]
    assert title == "Case file missing"
    assert "test.visacase is no longer in its folder" in question
    assert "Save a copy of what this window still has open?" in question
    assert window.dialogs.messages[-1][1].startswith("Saved a copy as rescued.visacase.")
    with cases.open_case(tmp_path / "rescued.visacase") as copy:
        assert [p.name for p in applicants.list_applicants(copy)] == ["Maria Santos"]


def test_a_replaced_case_file_is_reported_and_left_alone(qtbot, window, case) -> None:
    window.dialogs.answer = False
    _replace(case.path)
    replacement = case.path.read_bytes()

    _activate(window)

    qtbot.waitUntil(lambda: bool(window.dialogs.messages))
    [(title, question)] = window.dialogs.messages
    assert title == "Case file missing"
    assert "test.visacase was replaced by another file" in question
    assert case.path.read_bytes() == replacement


def test_no_import_starts_on_a_case_file_that_has_gone(window, case, tmp_path) -> None:
    window.dialogs.answer = False
    (tmp_path / "letter.pdf").write_bytes(b"%PDF-1.4\n")
    case.path.unlink()

    assert import_flow.import_paths(window, [tmp_path / "letter.pdf"]) is None

    assert _titles(window) == ["Case file missing"]
    assert not window.cancel_button.isVisible()


def test_a_file_in_place_lets_work_start_without_a_question(window) -> None:
    assert case_watch.still_there(window)
    assert window.dialogs.messages == []


def test_no_export_is_asked_for_once_the_case_file_was_replaced(window, case, tmp_path) -> None:
    window.dialogs.answer = False
    window.dialogs.path = tmp_path / "packet.pdf"
    _replace(case.path)

    assert export_packet(window) is None

    assert _titles(window) == ["Case file missing"]
    assert not (tmp_path / "packet.pdf").exists()


def test_a_job_failing_because_the_file_went_offers_the_copy_not_the_error(
    qtbot, window, case, tmp_path, monkeypatch
) -> None:
    window.dialogs.answer = True
    window.dialogs.path = tmp_path / "rescued"
    (tmp_path / "letter.pdf").write_bytes(b"%PDF-1.4\n")

    def vanishing(*_args: object, **_kwargs: object) -> None:
        case.path.unlink()
        raise CaseFileError("test.visacase can no longer be written.")

    monkeypatch.setattr(intake, "take_in", vanishing)
    import_flow.import_paths(window, [tmp_path / "letter.pdf"])

    qtbot.waitUntil(lambda: not window.cancel_button.isVisible())
    assert "Import" not in _titles(window)  # the bare error is not what the user needs
    assert _titles(window)[:2] == ["Case file missing", "Save a copy"]
    assert (tmp_path / "rescued.visacase").is_file()
