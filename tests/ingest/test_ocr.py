"""Scans are read in the languages asked for, as far as their Tesseract data is installed; the
pages of a scanned PDF are read side by side, one Tesseract per core, and cancelling stops it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytesseract
import pytest
from PIL import Image

from desktop_app.ingest import ocr, orientation
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
    english_only = _text(ocr.read_image(scan))
    with_spanish = _text(ocr.read_image(scan, languages=("spa", "eng")))
    assert "Núñez Peña" not in english_only
    assert "Núñez Peña" in with_spanish
    assert "12 de marzo de 2024" in with_spanish


@scans.needs_language("vie")
def test_vietnamese_is_read_best_with_its_own_language_first(tmp_path: Path) -> None:
    scan = scans.picture_of(scans.VIETNAMESE_LETTER, tmp_path / "xac-nhan.png")
    local_first = _text(ocr.read_image(scan, languages=("vie", "eng")))
    english_first = _text(ocr.read_image(scan, languages=("eng", "vie")))
    assert "Nguyễn Văn Thắng" in local_first
    assert "Hà Nội, ngày 12 tháng 3 năm 2024" in local_first
    assert "Nguyễn Văn Thắng" not in english_first


def _text(frames: list[ocr.Recognised] | None) -> str:
    return "\f".join(f.text for f in frames or [])


@scans.needs_language("eng")
def test_the_text_read_with_word_boxes_is_the_text_tesseract_reads_alone(tmp_path: Path) -> None:
    picture = scans.picture_of(
        ("Bank statement for Maria Santos", "Balance 4,210.55"), tmp_path / "p.png"
    )
    alone = pytesseract.image_to_string(str(picture), config=ocr.TESSERACT_CONFIG).strip()

    with Image.open(picture) as image:
        read = ocr.recognise(image)

    assert read.text == alone
    assert " ".join(w.text for w in read.words) == " ".join(alone.split())


@scans.needs_language("eng")
def test_each_word_s_box_is_where_it_is_drawn_as_fractions_of_the_picture(tmp_path: Path) -> None:
    picture = scans.picture_of(("Statement", "of account"), tmp_path / "p.png")  # 2000 x 410

    with Image.open(picture) as image:
        words = {w.text: w for w in ocr.recognise(image).words}

    statement, account = words["Statement"], words["account"]
    assert statement.left == pytest.approx(100 / 2000, abs=0.01)  # drawn at x = 100 px
    assert statement.top == pytest.approx(80 / 410, abs=0.05)  # line 1 at y = 80 px
    assert account.top == pytest.approx(200 / 410, abs=0.05)  # line 2 at y = 200 px
    assert statement.right < account.left + 0.2 and statement.bottom < account.top
    assert (statement.line, words["of"].line, account.line) == (0, 1, 1)
    assert all(0 <= v <= 1 for w in words.values() for v in (w.left, w.top, w.right, w.bottom))


@scans.needs_language("osd")
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_page_scanned_turned_is_read_upright_and_says_how_it_was_turned(
    tmp_path: Path, turn: int
) -> None:
    lines = ("Certificate of employment", "Maria Santos works at Harbourview Logistics")
    with Image.open(scans.picture_of(lines * 3, tmp_path / "p.png")) as upright:
        scanned = upright.rotate(turn, expand=True)  # turned counter-clockwise

    read = ocr.recognise(scanned)

    assert "Maria Santos works at Harbourview Logistics" in read.text
    assert read.turn == turn  # clockwise, back to upright
    assert read.words[0].text == "Certificate" and read.words[0].top < 0.2


@scans.needs_language("eng")
def test_an_upright_page_is_read_once_without_asking_which_way_up_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(_image: Image.Image) -> int:
        raise AssertionError("orientation was asked for an upright page")

    monkeypatch.setattr(orientation, "turn_needed", never)
    with Image.open(scans.picture_of(("Statement of account",), tmp_path / "p.png")) as page:
        read = ocr.recognise(page)

    assert read.text == "Statement of account" and read.turn == 0


def test_a_page_tesseract_cannot_finish_has_neither_text_nor_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "TIMEOUT_SECONDS", 0.001)

    assert ocr.recognise(Image.effect_noise((2000, 2000), 80)) == ocr.Recognised("")


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
    assert side_by_side is not None and "Page 3 of the bank statement" in side_by_side[2].text


def test_two_pages_are_recognised_at_the_same_time_on_two_readers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    both_reading = threading.Barrier(2, timeout=10)

    def recognise(image: Image.Image, lang: str) -> ocr.Recognised:
        both_reading.wait()  # breaks, failing the read, unless another page is being read too
        return ocr.Recognised(f"{image.size} {lang}")

    monkeypatch.setattr(ocr, "READERS", 2)
    monkeypatch.setattr(ocr, "recognise", recognise)

    found = ocr.read_pdf_pages(four_page_scan(tmp_path / "scan.pdf"), range(4))
    assert found is not None and sorted(found) == [0, 1, 2, 3]


def test_cancelling_stops_the_reading_between_pages_and_gives_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "READERS", 2)
    monkeypatch.setattr(
        ocr, "recognise", lambda image, *_: read.append(image.size) or ocr.Recognised("text")
    )

    cancelled = ocr.read_pdf_pages(
        four_page_scan(tmp_path / "scan.pdf"), range(4), cancelled=lambda: len(read) >= 1
    )
    assert cancelled is None
    assert len(read) <= 2  # at most the pages already being read
