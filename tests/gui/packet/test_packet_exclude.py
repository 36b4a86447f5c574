"""Leaving documents and the packet's own pages out from the packet dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.store.casefile import CaseFile
from tests.gui.packets import WAIT, pdf_text, shown_packet_dialog

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def dialog(qtbot, packed_case: CaseFile) -> PacketDialog:
    """The dialog over a 221(g) letter, two bank statements and an employment letter."""
    return shown_packet_dialog(qtbot, packed_case)


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
    text = pdf_text(dialog.preview.shown)
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
    text = pdf_text(dialog.preview.shown)
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
