"""The packet dialog fits a 1280×800 laptop and cuts none of its labels, in the default font and
a larger one, even on a screen smaller than it would like."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.store.casefile import CaseFile
from tests.gui.layouts import LAPTOP, SCALES, cut_labels, larger_font
from tests.gui.packets import shown_packet_dialog


@pytest.mark.parametrize("scale", SCALES, ids=lambda scale: f"font×{scale:g}")
def test_the_dialog_fits_a_laptop_and_cuts_no_label(
    qtbot, qapp, packed_case: CaseFile, scale: float
) -> None:
    with larger_font(qapp, scale):
        dialog = shown_packet_dialog(qtbot, packed_case)
        QApplication.processEvents()  # lay out the page count the preview has just set
        room = dialog.screen().availableGeometry()
        assert dialog.height() <= room.height()
        least = dialog.minimumSizeHint()
        assert least.width() <= LAPTOP[0] and least.height() <= LAPTOP[1]
        assert cut_labels(dialog) == []
        dialog.close()
