"""The timeline leaves room for its dates in any font: none is cut at the left in a larger one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop_app.gui.translations import display_date
from desktop_app.gui.widgets.timeline_delegate import Look
from tests.gui.layouts import SCALES


@pytest.mark.parametrize("scale", SCALES)
def test_the_date_column_fits_the_widest_date_in_bold(qapp: QApplication, scale: float) -> None:
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    look = Look.of(font, qapp.palette())
    bold = QFont(font)
    bold.setBold(True)
    widest = max(
        QFontMetrics(bold).horizontalAdvance(display_date(dt.date(2026, month, 28)))
        for month in range(1, 13)
    )
    assert look.date_width - 4 >= widest
