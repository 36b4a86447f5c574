"""Windows come and go the way a desktop app's should: closing the last case window shows the
first (welcome) window again instead of quitting; quitting closes every case quietly; and a case
window says in its status bar what each completed action did."""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PySide6.QtCore import QObject, Signal

from desktop_app.gui.app import file_actions
from desktop_app.gui.case_window import feedback
from desktop_app.gui.case_window.case_actions import export_packet
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.services import cases, documents
from tests.gui.case_windows import open_welcome_window, wait_until_opened
from tests.gui.fakes import FakeDialogs


def _case(path: Path) -> Path:
    cases.create_case(path, path.stem).close()
    return path


def test_closing_the_last_case_window_shows_the_welcome_window_again(qtbot, tmp_path) -> None:
    welcome = open_welcome_window(qtbot)
    welcome.open_case(_case(tmp_path / "Okafor.visacase"))
    [window] = wait_until_opened(qtbot)
    assert not welcome.isVisible()

    window.close()

    assert welcome.isVisible()
    assert welcome.recent.item(0).text().startswith("Okafor")


def test_the_welcome_window_waits_for_the_last_of_several_case_windows(qtbot, tmp_path) -> None:
    welcome = open_welcome_window(qtbot)
    welcome.open_case(_case(tmp_path / "Okafor.visacase"))
    [first] = wait_until_opened(qtbot)
    first.dialogs.path = _case(tmp_path / "Santos.visacase")
    file_actions.open_case(first)
    second = wait_until_opened(qtbot)[-1]

    first.close()
    assert not welcome.isVisible()
    second.close()
    assert welcome.isVisible()


def test_quitting_closes_the_cases_without_showing_the_welcome_window(qtbot, tmp_path) -> None:
    welcome = open_welcome_window(qtbot)
    welcome.open_case(_case(tmp_path / "Okafor.visacase"))
    wait_until_opened(qtbot)

    file_actions.close_all()

    assert file_actions.OPEN_WINDOWS == []
    assert not welcome.isVisible()


class PrintingDialog(QObject):
    """Stands in for the packet dialog: only its two signals matter here."""

    printed = Signal(int)
    submitted = Signal(int)


def _case_window(qtbot, case) -> MainWindow:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_export_says_where_the_packet_went_in_the_status_bar(qtbot, case, tmp_path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(tmp_path / "slip.pdf")
    documents.add_document(case, tmp_path / "slip.pdf", original_name="slip.pdf", page_count=1)
    window = _case_window(qtbot, case)
    window.dialogs.path = tmp_path / "out.pdf"

    with qtbot.waitSignal(window.packet_exported, timeout=30_000):
        export_packet(window)

    assert window.statusBar().currentMessage().startswith(f"Exported to {tmp_path / 'out.pdf'}")


def test_printing_and_submitting_are_confirmed_in_the_status_bar(qtbot, case) -> None:
    window = _case_window(qtbot, case)
    dialog = PrintingDialog()
    feedback.follow_packet_dialog(window, dialog)  # type: ignore[arg-type]

    dialog.printed.emit(7)
    assert window.statusBar().currentMessage() == "Printed 7 page(s) of the packet."
    dialog.submitted.emit(1)
    assert window.statusBar().currentMessage() == "The packet is recorded as submitted today."
