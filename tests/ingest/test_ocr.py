"""Scans are read in the languages asked for, as far as their Tesseract data is installed."""

from __future__ import annotations

from pathlib import Path

import pytesseract
import pytest

from desktop_app.ingest import ocr
from tests.ingest import scans


def test_only_installed_languages_are_asked_for_in_the_order_wanted() -> None:
    installed = {"eng", "spa", "osd"}
    assert ocr.language_option(("eng", "spa"), installed) == "eng+spa"
    assert ocr.language_option(("eng", "chi_sim", "spa", "eng"), installed) == "eng+spa"


def test_english_is_used_when_no_wanted_language_is_installed() -> None:
    assert ocr.language_option(("hin",), {"eng"}) == "eng"
    assert ocr.language_option(("hin",), set()) == "eng"


def test_without_tesseract_no_language_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "no-such-tesseract")
    assert ocr.installed_languages() == frozenset()


@scans.needs_language("spa")
def test_a_spanish_scan_keeps_its_accents_only_with_spanish_data(tmp_path: Path) -> None:
    scan = scans.picture_of(scans.SPANISH_LETTER, tmp_path / "constancia.png")
    english_only = ocr.read_image(scan) or ""
    with_spanish = ocr.read_image(scan, languages=("spa", "eng")) or ""
    assert "Núñez Peña" not in english_only
    assert "Núñez Peña" in with_spanish
    assert "12 de marzo de 2024" in with_spanish


@scans.needs_language("vie")
def test_vietnamese_is_read_best_with_its_own_language_first(tmp_path: Path) -> None:
    scan = scans.picture_of(scans.VIETNAMESE_LETTER, tmp_path / "xac-nhan.png")
    local_first = ocr.read_image(scan, languages=("vie", "eng")) or ""
    english_first = ocr.read_image(scan, languages=("eng", "vie")) or ""
    assert "Nguyễn Văn Thắng" in local_first
    assert "Hà Nội, ngày 12 tháng 3 năm 2024" in local_first
    assert "Nguyễn Văn Thắng" not in english_first
