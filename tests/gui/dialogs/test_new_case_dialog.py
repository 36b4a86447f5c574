"""The New case dialog says what is wrong with a typed ID in full, at 1280×800 and in a larger
font, however the dialog was sized when it opened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.gui.dialogs.new_case_dialog import NewCaseDialog
from tests.gui.layouts import SCALES, cut, cut_labels, larger_font


@pytest.mark.parametrize("scale", SCALES, ids=lambda scale: f"font×{scale:g}")
@pytest.mark.parametrize("typed", ["AA00B7Q", "12345"])
def test_the_id_hint_shows_whole_when_it_appears(qtbot, qapp, scale: float, typed: str) -> None:
    with larger_font(qapp, scale):
        dialog = NewCaseDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)

        dialog.case_id.edit.setText(typed)
        QApplication.processEvents()

        hint = dialog.case_id.hint
        assert hint.isVisible() and "e.g." in hint.text()
        assert not cut(hint)
        assert cut_labels(dialog) == []
        assert dialog.height() <= dialog.screen().availableGeometry().height()
