"""Leaving documents and the packet's own pages out from the packet dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.services import documents
from desktop_app.store.casefile import CaseFile
from tests.gui.case_window.test_main_window import FakeDialogs
from tests.gui.packet.test_packet_dialog import WAIT, _pdf, _text

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def dialog(qtbot, case: CaseFile, tmp_path: Path) -> PacketDialog:
    """The dialog over a 221(g) letter, two bank statements and an employment letter."""
    for name, kind, pages in (
        ("slip", "notice_221g", 1),
        ("bank-march", "bank_statement", 2),
        ("bank-april", "bank_statement", 1),
        ("employer", "employment_letter", 1),
    ):
        source = _pdf(tmp_path / f"{name}.pdf", *[f"{name} page {n + 1}" for n in range(pages)])
        documents.add_document(
            case, source, original_name="scan.pdf", kind=kind, title=name, page_count=pages
        )
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    opened = PacketDialog(window)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.preview_ready, timeout=WAIT):
        opened.show()
    return opened


def test_unticking_a_document_leaves_it_out_of_the_preview(
    qtbot, qtmodeltester, dialog: PacketDialog
) -> None:
    bank = dialog.order.index(0, 0)
    april = dialog.order.index(1, 0, bank)
    assert april.data() == "bank-april"
    assert april.data(CHECK) == Qt.CheckState.Checked
    assert april.flags() & Qt.ItemFlag.ItemIsUserCheckable

    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        assert dialog.order.setData(april, Qt.CheckState.Unchecked.value, CHECK)

    qtmodeltester.check(dialog.order)
    assert april.data(CHECK) == Qt.CheckState.Unchecked
    april_id = dialog.order.sections()[0].documents[1][0]
    assert dialog.choices().options().excluded == (april_id,)
    text = _text(dialog.preview.shown)
    assert "bank-march page 1" in text
    assert "bank-april page 1" not in text
    assert dialog.preview.document.pageCount() == 8


def test_the_cover_index_and_tabs_can_be_switched_off(qtbot, dialog: PacketDialog) -> None:
    for box in (dialog.options.cover, dialog.options.index):
        with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
            box.setChecked(False)
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.options.tabs.setChecked(False)

    assert dialog.preview.document.pageCount() == 5  # the slip and the four document pages
    text = _text(dialog.preview.shown)
    assert "COVER SHEET" not in text
    assert "INDEX" not in text


def test_the_dialog_reopens_as_it_was_left(qtbot, dialog: PacketDialog) -> None:
    bank = dialog.order.index(0, 0)
    dialog.order.setData(dialog.order.index(1, 0, bank), Qt.CheckState.Unchecked.value, CHECK)
    dialog.order.setData(dialog.order.index(0, 0, bank), "March statement")
    dialog.order.move_by(dialog.order.index(1, 0), -1)  # employment letter first
    dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("a4"))
    dialog.options.tabs.setChecked(False)
    dialog.options.checklist.setChecked(True)
    left = dialog.choices()
    window = dialog.parent()
    dialog.close()

    again = PacketDialog(window)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.preview_ready, timeout=WAIT):
        again.show()
    assert again.choices().options() == left.options()
    assert again.options.checklist.isChecked() and not again.options.tabs.isChecked()
    titles = [again.order.index(n, 0).data() for n in range(again.order.rowCount())]
    assert titles == ["A — Employment letter", "B — Bank statements"]
    assert again.order.index(0, 0, again.order.index(1, 0)).data() == "March statement"
    assert again.preview.document.pagePointSize(0).toSize().width() == 595
