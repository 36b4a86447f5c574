"""The details panel shows a number read as something OCR may have misread with both spellings,
the characters that differ marked and visible even while numbers are masked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop_app.domain.number_reading import Held, identifier_suggestions
from desktop_app.gui.widgets.details import DetailsPanel
from desktop_app.services.reading import SuggestionView

HELD = Held(identifiers={"AA00AB8123": "Maria's application ID"})


def _shown(qtbot, text: str, *, reveal_ids: bool) -> str:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    [found] = identifier_suggestions(text, HELD)
    suggestion = SuggestionView(1, 1, found.field, found.value, found.evidence, "pending")
    panel.show_suggestions([suggestion], reveal_ids=reveal_ids)
    return " ".join(label.text() for label in panel.suggestions.findChildren(QLabel))


def test_a_probable_misreading_shows_both_spellings_with_the_difference_marked(qtbot) -> None:
    shown = _shown(qtbot, "Application ID: AA0OAB8123", reveal_ids=True)
    assert "probably AA0<u" in shown and ">0</u>AB8123 (read as AA0<u" in shown
    assert ">O</u>AB8123)" in shown
    assert "character 4 was read as the letter O, meant as the digit 0" in shown


def test_masked_numbers_keep_the_characters_that_differ(qtbot) -> None:
    shown = _shown(qtbot, "Application ID: AA00ABB123", reveal_ids=False)
    assert "AA00AB8123" not in shown and "AA00ABB123" not in shown
    assert ">8</u>" in shown and ">B</u>" in shown
    assert "probably AA00•••<u" in shown
    assert "character 7 was read as the letter B, meant as the digit 8" in shown
