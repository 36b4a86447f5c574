"""The packet dialog: arrange by drag, a live preview of the real PDF, save, print, submit."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.packet.packet_dialog import PacketDialog, open_packet_dialog
from desktop_app.gui.workers.task import Task
from desktop_app.services import documents, events, export, notices
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs
from tests.gui.packets import WAIT, pdf_text, shown_packet_dialog, text_pdf


@pytest.fixture
def dialog(qtbot, packed_case: CaseFile, tmp_path: Path) -> PacketDialog:
    return shown_packet_dialog(qtbot, packed_case, tmp_path / "printed.pdf")


def _order_of(text: str, *needles: str) -> list[str]:
    return sorted(needles, key=text.index)


def _section_titles(dialog: PacketDialog) -> list[str]:
    return [dialog.order.index(n, 0).data() for n in range(dialog.order.rowCount())]


def _drag(dialog: PacketDialog, source: QModelIndex, row: int, parent: QModelIndex) -> None:
    """What a drag in the tree does: the dragged row's MIME data dropped at ``row``."""
    model = dialog.order
    data = model.mimeData([source])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_the_preview_is_the_real_packet(dialog: PacketDialog) -> None:
    shown = dialog.preview.shown
    assert shown is not None
    assert dialog.preview.document.pageCount() == 9  # cover, letter, index, 2 tabs, 4 pages
    text = pdf_text(shown)
    assert _order_of(text, "slip page 1", "bank-march page 2", "employer page 1") == [
        "slip page 1",
        "bank-march page 2",
        "employer page 1",
    ]
    assert export.list_packet_versions(dialog.parent().case) == []  # previews are not versions


def test_the_order_model_passes_the_model_tester(qtmodeltester, dialog: PacketDialog) -> None:
    qtmodeltester.check(dialog.order)
    assert _section_titles(dialog) == ["A — Bank statements", "B — Employment letter"]


def test_dragging_a_section_reorders_the_packet(qtbot, qtmodeltester, dialog) -> None:
    employment = dialog.order.index(1, 0)

    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as ready:
        _drag(dialog, employment, 0, QModelIndex())

    assert _section_titles(dialog) == ["A — Employment letter", "B — Bank statements"]
    text = pdf_text(ready.args[0])
    assert _order_of(text, "employer page 1", "bank-march page 1") == [
        "employer page 1",
        "bank-march page 1",
    ]
    qtmodeltester.check(dialog.order)


def test_dragging_a_document_reorders_it_within_its_section(qtbot, dialog) -> None:
    bank = dialog.order.index(0, 0)
    april = dialog.order.index(1, 0, bank)

    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as ready:
        _drag(dialog, april, 0, bank)

    assert [dialog.order.index(n, 0, bank).data() for n in range(2)] == ["bank-april", "bank-march"]
    text = pdf_text(ready.args[0])
    assert text.index("bank-april page 1") < text.index("bank-march page 1")


def test_alt_up_moves_the_current_row_for_keyboard_users(qtbot, dialog) -> None:
    dialog.tree.setCurrentIndex(dialog.order.index(1, 0))

    with qtbot.waitSignal(dialog.order.changed):
        qtbot.keyClick(dialog, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)

    assert _section_titles(dialog) == ["A — Employment letter", "B — Bank statements"]
    assert dialog.tree.currentIndex() == dialog.order.index(0, 0)


def test_a_document_cannot_be_dropped_into_another_section(dialog) -> None:
    bank, employment = dialog.order.index(0, 0), dialog.order.index(1, 0)
    data = dialog.order.mimeData([dialog.order.index(0, 0, bank)])

    assert not dialog.order.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, employment)
    assert not dialog.order.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_renaming_a_section_relabels_its_tab_page(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as ready:
        assert dialog.order.setData(dialog.order.index(0, 0), "Proof of funds")

    assert "A — PROOF OF FUNDS" in pdf_text(ready.args[0])


def test_renaming_a_section_of_several_kinds_keeps_it_whole(qtbot, packed_case, tmp_path) -> None:
    for name, kind in (("email", "consulate_email"), ("receipt", "other")):
        source = text_pdf(tmp_path / f"{name}.pdf", f"{name} page 1")
        documents.add_document(
            packed_case, source, original_name="scan.pdf", kind=kind, title=name, page_count=1
        )
    window = MainWindow(packed_case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    opened = PacketDialog(window)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.preview_ready, timeout=WAIT):
        opened.show()
    other = opened.order.index(2, 0)
    assert opened.order.rowCount(other) == 2

    with qtbot.waitSignal(opened.preview_ready, timeout=WAIT) as ready:
        opened.order.setData(other, "Extras")

    text = pdf_text(ready.args[0])
    assert text.count("C — EXTRAS") >= 3  # its tab page and both documents' stamps
    assert "OTHER SUPPORTING" not in text


def test_changing_the_paper_rebuilds_the_preview_once_changes_settle(qtbot, dialog) -> None:
    builds: list[Path] = []
    dialog.preview_ready.connect(builds.append)

    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as ready:
        dialog.options.duplex.setChecked(True)
        dialog.options.duplex.setChecked(False)
        dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("a4"))

    assert builds == [ready.args[0]]  # three quick changes, one rebuild
    with pikepdf.open(ready.args[0]) as pdf:
        width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)


def test_duplex_pads_sections_to_right_hand_pages(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as ready:
        dialog.options.duplex.setChecked(True)

    with pikepdf.open(ready.args[0]) as pdf:
        assert len(pdf.pages) > 9
        assert len(pdf.pages) % 2 == 0


def test_save_as_pdf_writes_a_packet_that_passes_qpdf_check(qtbot, dialog, tmp_path) -> None:
    dialog.parent().dialogs.path = tmp_path / "packet.pdf"

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()

    assert saved.args[0].path == tmp_path / "packet.pdf"
    subprocess.run(["qpdf", "--check", str(tmp_path / "packet.pdf")], check=True)
    [version] = export.list_packet_versions(dialog.parent().case)
    assert version.page_count == 9
    assert not dialog.progress.isVisible()


def test_a_collation_checklist_is_saved_beside_the_packet(qtbot, dialog, tmp_path) -> None:
    dialog.parent().dialogs.path = tmp_path / "packet.pdf"
    builds: list[Path] = []
    dialog.preview_ready.connect(builds.append)
    dialog.options.checklist.setChecked(True)

    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        dialog.save_button.click()

    assert saved.args[0].checklist == tmp_path / "packet-checklist.pdf"
    assert "employer" in pdf_text(tmp_path / "packet-checklist.pdf")
    assert builds == []  # the checklist is not part of the packet: no new preview
    assert not dialog.debounce.isActive()


def test_cancelling_a_save_writes_nothing(qtbot, dialog, tmp_path) -> None:
    dialog.parent().dialogs.path = tmp_path / "packet.pdf"
    _cancel_at_first_page(dialog)

    dialog.save_button.click()

    qtbot.waitUntil(
        lambda: (
            _told(dialog, "The export was cancelled; nothing was written.")
            and dialog.save_button.isEnabled()
        )
    )
    assert not (tmp_path / "packet.pdf").exists()
    assert export.list_packet_versions(dialog.parent().case) == []


def test_cancelling_printing_stops_the_job(qtbot, dialog, tmp_path) -> None:
    printed: list[int] = []
    dialog.printed.connect(printed.append)
    _cancel_at_first_page(dialog)

    dialog.print_button.click()

    qtbot.waitUntil(lambda: _told(dialog, "Printing was cancelled."))
    assert printed == []
    assert dialog.print_button.isEnabled()


def _told(dialog: PacketDialog, message: str) -> bool:
    return message in [text for _, text in dialog.parent().dialogs.messages]


def _cancel_at_first_page(dialog: PacketDialog) -> None:
    """Press Cancel from inside the worker as the first page is reported: no race to win."""

    def started(task: Task) -> None:
        task.signals.progress.connect(dialog.cancel, Qt.ConnectionType.DirectConnection)

    dialog.work_started.connect(started)


def test_printing_sends_every_page_to_the_printer(qtbot, dialog, tmp_path) -> None:
    with qtbot.waitSignal(dialog.printed, timeout=WAIT) as printed:
        dialog.print_button.click()

    assert printed.args == [9]
    with pikepdf.open(tmp_path / "printed.pdf") as pdf:
        assert len(pdf.pages) == 9


def test_mark_as_submitted_records_the_saved_version(qtbot, dialog, tmp_path) -> None:
    dialog.parent().dialogs.path = tmp_path / "packet.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()

    with qtbot.waitSignal(dialog.submitted) as submitted:
        dialog.submit_button.click()

    [event] = [e for e in events.list_events(dialog.parent().case) if e.id == submitted.args[0]]
    [version] = export.list_packet_versions(dialog.parent().case)
    assert event.kind == "documents_submitted"
    assert event.occurred_on == dt.date.today()
    assert event.payload["packet_version"] == version.id
    assert version.submitted_on == dt.date.today()


def test_a_submission_after_the_year_says_so_and_is_recorded_all_the_same(
    qtbot, dialog, tmp_path
) -> None:
    case = dialog.parent().case
    notices.record_notice(case, notice_date=dt.date.today() - dt.timedelta(days=400))
    dialog.parent().dialogs.path = tmp_path / "packet.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()

    with qtbot.waitSignal(dialog.submitted):
        dialog.submit_button.click()

    title, question = dialog.parent().dialogs.messages[-1]
    assert title == "Mark as submitted"
    assert "days after the 221(g) reply was due" in question
    assert "it is recorded all the same" in question and "ask the post" in question
    assert [e.kind for e in events.list_events(case)] == ["documents_submitted"]


def test_mark_as_submitted_asks_for_a_saved_packet_first(dialog) -> None:
    assert dialog.mark_submitted() is None
    assert dialog.parent().dialogs.messages[-1][0] == "Mark as submitted"
    assert not [e for e in events.list_events(dialog.parent().case)]


def test_ctrl_e_in_the_case_window_opens_the_dialog(qtbot, packed_case: CaseFile) -> None:
    window = MainWindow(packed_case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    [export_action] = [
        action
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if action.shortcut() == QKeySequence("Ctrl+E")
    ]

    export_action.trigger()

    opened = window.findChild(PacketDialog)
    assert opened is not None and opened.isVisible()
    with qtbot.waitSignal(opened.preview_ready, timeout=WAIT):
        pass
    opened.close()


def test_closing_the_case_window_closes_its_packet_dialog(dialog: PacketDialog) -> None:
    dialog.parent().close()

    assert not dialog.isVisible()
    assert dialog.preview.shown is None


def test_a_case_with_nothing_to_pack_says_so_instead(qtbot, case: CaseFile) -> None:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)

    assert open_packet_dialog(window) is None
    assert window.dialogs.messages == [
        ("Packet", "There are no PDF or image documents to put in a packet yet.")
    ]
