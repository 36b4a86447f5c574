"""Scans are read in the languages asked for, as far as their Tesseract data is installed; the
pages of a scanned PDF are read side by side, one Tesseract per core, and cancelling stops it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytesseract
import pytest
from PIL import Image

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


def four_page_scan(path: Path) -> Path:
    """A scanned PDF of four short letters, each with its own line to tell the pages apart."""
    pictures = []
    for n in range(4):
        picture = scans.picture_of((f"Page {n + 1} of the bank statement", "Maria Santos"), path)
        pictures.append(Image.open(picture).convert("L"))
    pictures[0].save(path, "PDF", save_all=True, append_images=pictures[1:], resolution=300)
    return path


@scans.needs_language("eng")
def test_pages_read_side_by_side_have_the_text_read_one_after_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan = four_page_scan(tmp_path / "scan.pdf")
    monkeypatch.setattr(ocr, "READERS", 1)
    one_after_another = ocr.read_pdf_pages(scan, range(4))
    monkeypatch.setattr(ocr, "READERS", 2)
    side_by_side = ocr.read_pdf_pages(scan, range(4))

    assert side_by_side == one_after_another
    assert side_by_side is not None and "Page 3 of the bank statement" in side_by_side[2]


def test_two_pages_are_recognised_at_the_same_time_on_two_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    both_reading = threading.Barrier(2, timeout=10)

    def recognise(image: Image.Image, lang: str) -> str:
        both_reading.wait()  # breaks, failing the read, unless another page is being read too
        return f"{image.size} {lang}"

    monkeypatch.setattr(ocr, "READERS", 2)
    monkeypatch.setattr(ocr, "recognise", recognise)

    found = ocr.read_pdf_pages(four_page_scan(tmp_path / "scan.pdf"), range(4))
    assert found is not None and sorted(found) == [0, 1, 2, 3]


def test_cancelling_stops_the_reading_between_pages_and_gives_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "READERS", 2)
    monkeypatch.setattr(ocr, "recognise", lambda image, *_: read.append(image.size) or "text")

    cancelled = ocr.read_pdf_pages(
        four_page_scan(tmp_path / "scan.pdf"), range(4), cancelled=lambda: len(read) >= 1
    )
    assert cancelled is None
    assert len(read) <= 2  # at most the pages already being read
