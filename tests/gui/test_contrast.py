"""Hint texts, warnings, checklist states and the timeline's chips read at 4.5:1 or better (WCAG 2
for body text) on a light palette and on a dark one, and keep doing so when the palette changes
under them; a state's colour stays its own red, amber or green rather than fading to grey."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.domain.requests import ItemState
from desktop_app.gui import colours
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.models.requests_model import STATE_HUES, RequestsModel
from desktop_app.gui.models.timeline_rows import Tone
from desktop_app.gui.widgets.timeline_delegate import HUES, Look, chip_colours
from desktop_app.services.notices import RequestedItemView
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs

HUE_TOLERANCE = 12  # degrees
MIN_SATURATION = 0.4
DARK = {
    QPalette.ColorRole.Window: "#353535",
    QPalette.ColorRole.WindowText: "#f0f0f0",
    QPalette.ColorRole.Base: "#232323",
    QPalette.ColorRole.Text: "#f0f0f0",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#f0f0f0",
    QPalette.ColorRole.Mid: "#5a5a5a",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0",
}


def dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp: QApplication) -> Iterator[QPalette]:
    before = QPalette(qapp.palette())
    qapp.setPalette(before if request.param == "light" else dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def hint_labels(window: MainWindow) -> list[QLabel]:
    return [
        label
        for label in window.findChildren(QLabel)
        if label.text().startswith(("Drop scans", "Drag a document"))
    ]


def text_contrast(label: QLabel) -> float:
    shown = label.palette()
    return colours.contrast(
        shown.color(QPalette.ColorRole.WindowText), shown.color(QPalette.ColorRole.Window)
    )


def test_contrast_is_measured_as_wcag_defines_it() -> None:
    assert colours.contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert colours.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert colours.contrast(QColor("red"), QColor("red")) == 1


def test_a_hint_reads_at_4_5_to_1_yet_is_quieter_than_text(qtbot, palette: QPalette) -> None:
    label = QLabel("Drop scans here")
    qtbot.addWidget(label)
    colours.mute(label)
    full = colours.contrast(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    )
    assert colours.MIN_CONTRAST <= text_contrast(label) < full


def test_a_warning_reads_at_4_5_to_1(qtbot, palette: QPalette) -> None:
    label = QLabel("This date cannot be kept")
    qtbot.addWidget(label)
    colours.warn(label)
    assert text_contrast(label) >= colours.MIN_CONTRAST


def test_the_case_windows_hints_read_at_4_5_to_1(qtbot, case: CaseFile, palette) -> None:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    found = hint_labels(window)
    assert len(found) == 2  # the drop hint under the list, the checklist's hint
    assert all(text_contrast(label) >= colours.MIN_CONTRAST for label in found)


def test_hints_follow_a_palette_changed_after_they_were_made(qtbot, case: CaseFile, qapp) -> None:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(dark_palette())
        assert all(text_contrast(label) >= colours.MIN_CONTRAST for label in hint_labels(window))
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("state", list(ItemState))
def test_checklist_states_read_at_4_5_to_1(state: ItemState, palette: QPalette) -> None:
    model = RequestsModel()
    item = RequestedItemView(1, "bank_statements", "Bank statements", "", state, (), None)
    model.set_items([item], {})
    shown = model.data(model.index(0), Qt.ItemDataRole.ForegroundRole)
    ratio = colours.contrast(shown, palette.color(QPalette.ColorRole.Base))
    assert ratio >= colours.MIN_CONTRAST


def keeps_its_hue(shown: QColor, hue: QColor) -> bool:
    """Still the same red, amber or green, and not faded towards grey."""
    turned = abs(shown.hslHueF() - hue.hslHueF()) * 360
    return min(turned, 360 - turned) <= HUE_TOLERANCE and shown.hslSaturationF() >= MIN_SATURATION


@pytest.mark.parametrize("state", list(ItemState))
def test_checklist_states_keep_their_colour_on_either_palette(
    state: ItemState, palette: QPalette
) -> None:
    model = RequestsModel()
    item = RequestedItemView(1, "bank_statements", "Bank statements", "", state, (), None)
    model.set_items([item], {})
    shown = model.data(model.index(0), Qt.ItemDataRole.ForegroundRole)
    assert keeps_its_hue(shown, STATE_HUES[state]), shown.name()


@pytest.mark.parametrize("tone", list(Tone))
def test_timeline_chips_read_at_4_5_to_1_in_their_own_colour(tone: Tone, palette) -> None:
    background, text = chip_colours(tone, palette)
    assert colours.contrast(text, background) >= colours.MIN_CONTRAST
    if tone in HUES:
        assert keeps_its_hue(text, HUES[tone]), text.name()


def test_timeline_details_and_dates_read_at_4_5_to_1(qapp, palette: QPalette) -> None:
    look = Look.of(qapp.font(), palette)
    for shown in (look.ink, look.muted):
        assert colours.contrast(shown, look.base) >= colours.MIN_CONTRAST
