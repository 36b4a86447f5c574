"""Background jobs always end visibly: a known error is a message, a bug the crash dialog, and
the progress row never stays behind — for import, reading text, export and printing."""

from __future__ import annotations

import gc
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

from desktop_app.errors import UserFacingError
from desktop_app.gui.app import app_log
from desktop_app.gui.case_window import clipboard, import_flow
from desktop_app.gui.case_window.case_actions import export_packet
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.packet import choices
from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.gui.workers import print_worker
from desktop_app.gui.workers.background import run_in_background
from desktop_app.services import documents, intake, reading
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window
from tests.gui.packets import WAIT, shown_packet_dialog

KNOWN = "The disk is full, so nothing more could be written."


class UnexpectedError(Exception):
    """Something the code did not expect."""


def known_error(*_args: object, **_kwargs: object) -> None:
    raise UserFacingError(KNOWN)


def bug(*_args: object, **_kwargs: object) -> None:
    raise UnexpectedError("an index went out of range")


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    return open_case_window(qtbot, case)


def _status_row_shown(window: MainWindow) -> bool:
    return window.progress_label.isVisible() or window.cancel_button.isVisible()


def _ends_with_message(qtbot, window: MainWindow, title: str, start: Callable[[], object]) -> None:
    assert start() is not None
    assert _status_row_shown(window)
    qtbot.waitUntil(lambda: (title, KNOWN) in window.dialogs.messages, timeout=WAIT)
    assert not _status_row_shown(window)
    assert window.dialogs.crashes == []


def _ends_with_crash_dialog(qtbot, window: MainWindow, start: Callable[[], object]) -> None:
    assert start() is not None
    assert _status_row_shown(window)
    qtbot.waitUntil(lambda: bool(window.dialogs.crashes), timeout=WAIT)
    assert not _status_row_shown(window)
    [crash] = window.dialogs.crashes
    assert "Your case file was checked and is safe" in crash.message
    assert str(app_log.log_folder()) in crash.message
    assert "UnexpectedError: an index went out of range" in crash.details


def _import(window: MainWindow, tmp_path: Path) -> Callable[[], object]:
    (tmp_path / "letter.pdf").write_bytes(b"%PDF-1.4\n")
    return lambda: import_flow.import_paths(window, [tmp_path / "letter.pdf"])


def _reading(window: MainWindow, case: CaseFile) -> Callable[[], object]:
    doc_id = documents.add_document(case, b"%PDF-1.4 x", original_name="a.pdf", kind="other")
    return lambda: import_flow.read_new_documents(window, [doc_id])


def _export(window: MainWindow, tmp_path: Path) -> Callable[[], object]:
    window.dialogs.path = tmp_path / "packet.pdf"
    return lambda: export_packet(window)


def test_an_import_that_fails_as_expected_says_why(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(intake, "take_in", known_error)
    _ends_with_message(qtbot, window, "Import", _import(window, tmp_path))


def test_an_import_that_hits_a_bug_shows_the_crash_dialog(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(intake, "take_in", bug)
    _ends_with_crash_dialog(qtbot, window, _import(window, tmp_path))


def test_reading_that_fails_as_expected_says_why_and_still_ends(
    qtbot, window, case, monkeypatch
) -> None:
    monkeypatch.setattr(reading, "read_documents", known_error)
    start = _reading(window, case)
    with qtbot.waitSignal(window.reading_finished, timeout=WAIT):
        _ends_with_message(qtbot, window, "Reading text", start)


def test_reading_that_hits_a_bug_shows_the_crash_dialog(qtbot, window, case, monkeypatch) -> None:
    monkeypatch.setattr(reading, "read_documents", bug)
    _ends_with_crash_dialog(qtbot, window, _reading(window, case))


def test_an_export_that_fails_as_expected_says_why(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(choices, "build", known_error)
    _ends_with_message(qtbot, window, "Export", _export(window, tmp_path))


def test_an_export_that_hits_a_bug_shows_the_crash_dialog(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(choices, "build", bug)
    _ends_with_crash_dialog(qtbot, window, _export(window, tmp_path))


def test_a_crash_dialog_says_what_it_found_when_the_case_file_is_gone(
    qtbot, window, case, tmp_path, monkeypatch
) -> None:
    def deleted_then_bug(*_args: object, **_kwargs: object) -> None:
        case.path.unlink()
        bug()

    monkeypatch.setattr(choices, "build", deleted_then_bug)
    _export(window, tmp_path)()

    qtbot.waitUntil(lambda: bool(window.dialogs.crashes), timeout=WAIT)
    [crash] = window.dialogs.crashes
    assert "is safe" not in crash.message
    assert "Check your case file before going on" in crash.message
    assert "test.visacase is no longer in its folder" in crash.message


@pytest.fixture
def packet_dialog(qtbot, packed_case: CaseFile, tmp_path: Path) -> PacketDialog:
    return shown_packet_dialog(qtbot, packed_case, tmp_path / "printed.pdf")


@pytest.mark.parametrize("failure", [known_error, bug], ids=["known error", "bug"])
def test_saving_from_the_packet_dialog_always_hides_its_progress(
    qtbot, packet_dialog, tmp_path, monkeypatch, failure
) -> None:
    window = packet_dialog.parent()
    window.dialogs.path = tmp_path / "packet.pdf"
    monkeypatch.setattr(choices, "build", failure)

    assert packet_dialog.save() is not None
    assert packet_dialog.progress.isVisible()
    qtbot.waitUntil(lambda: bool(window.dialogs.crashes or window.dialogs.messages), timeout=WAIT)

    assert not packet_dialog.progress.isVisible()
    assert packet_dialog.save_button.isEnabled()
    told = ("Export", KNOWN) in window.dialogs.messages
    assert told == (failure is known_error)
    assert bool(window.dialogs.crashes) == (failure is bug)


def test_printing_that_fails_as_expected_says_why(qtbot, packet_dialog, monkeypatch) -> None:
    window = packet_dialog.parent()
    monkeypatch.setattr(print_worker, "print_pdf", known_error)

    assert packet_dialog.print_packet() is not None
    assert packet_dialog.progress.isVisible()
    qtbot.waitUntil(lambda: ("Print", KNOWN) in window.dialogs.messages, timeout=WAIT)

    assert not packet_dialog.progress.isVisible()
    assert packet_dialog.print_button.isEnabled()
    assert window.dialogs.crashes == []


def test_printing_that_hits_a_bug_shows_the_crash_dialog(qtbot, packet_dialog, monkeypatch) -> None:
    window = packet_dialog.parent()
    monkeypatch.setattr(print_worker, "print_pdf", bug)

    assert packet_dialog.print_packet() is not None
    assert packet_dialog.progress.isVisible()
    qtbot.waitUntil(lambda: bool(window.dialogs.crashes), timeout=WAIT)

    assert not packet_dialog.progress.isVisible()
    assert packet_dialog.print_button.isEnabled()
    assert "UnexpectedError: an index went out of range" in window.dialogs.crashes[0].details


def test_a_preview_that_hits_a_bug_shows_the_crash_dialog_and_can_build_again(
    qtbot, packet_dialog, monkeypatch
) -> None:
    window = packet_dialog.parent()
    monkeypatch.setattr(choices, "build", bug)

    packet_dialog.rebuild_preview()
    qtbot.waitUntil(lambda: bool(window.dialogs.crashes), timeout=WAIT)
    monkeypatch.undo()

    with qtbot.waitSignal(packet_dialog.preview_ready, timeout=WAIT):
        packet_dialog.rebuild_preview()
    assert packet_dialog.print_button.isEnabled()


def test_a_pasted_picture_that_hits_a_bug_leaves_no_temporary_folder(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(intake, "take_in", bug)
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(0)
    mime = QMimeData()
    mime.setImageData(picture)

    clipboard.paste(window, mime)

    qtbot.waitUntil(lambda: bool(window.dialogs.crashes), timeout=WAIT)
    assert not _status_row_shown(window)
    assert list(tmp_path.glob("visacase-paste-*")) == []


def test_a_job_nobody_keeps_still_reports_back_and_is_then_let_go(qtbot, window) -> None:
    results: list[int] = []
    task = run_in_background(
        window,
        lambda _progress, _cancelled: 42,
        title="Sum",
        progress="",
        on_success=results.append,
    )
    held = weakref.ref(task)
    del task
    gc.collect()

    qtbot.waitUntil(lambda: results == [42], timeout=WAIT)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and held() is None, timeout=WAIT)
