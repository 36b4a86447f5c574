"""The characters OCR confuses, and the "probably … (read as …)" phrase built on them."""

from __future__ import annotations

from desktop_app.domain import ocr_confusion
from desktop_app.domain.ocr_confusion import ReadAs


def test_only_the_usual_confusions_count() -> None:
    assert ocr_confusion.differences("AA0OABC123", "AA00ABC123") == (3,)
    assert ocr_confusion.differences("21234567", "Z1234567") == (0,)
    assert ocr_confusion.differences("AA0QABC123", "AA00ABC123") is None
    assert ocr_confusion.differences("AA0ABC123", "AA00ABC123") is None


def test_the_phrase_names_each_character_that_differs() -> None:
    read_as = ReadAs("AA00ABC123", "AA0OABC123")
    assert read_as.phrase() == "probably AA00ABC123 (read as AA0OABC123)"
    assert read_as.details() == "character 4 was read as the letter O, meant as the digit 0"


def test_the_phrase_is_read_back_from_evidence() -> None:
    parsed = ReadAs.parse("Z1234567 (read as 21234567) — the check digit agrees. “…”")
    assert parsed == (ReadAs("Z1234567", "21234567", probable=False), "the check digit agrees. “…”")
    assert ReadAs.parse("Application ID: AA00ABC123") is None


def test_the_closest_held_number_must_be_the_only_one() -> None:
    assert ocr_confusion.closest("AA0OABC123", ["AA00ABC123", "MNL2023768001"]) == ReadAs(
        "AA00ABC123", "AA0OABC123"
    )
    assert ocr_confusion.closest("AA0OABC1Z3", ["AA00ABC123", "AA0OABC123"]) is None
    assert ocr_confusion.closest("AA00ABC123", ["AA00ABC123"]) is None
