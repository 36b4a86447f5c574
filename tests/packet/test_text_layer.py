"""A scanned page carries its recognised words as an invisible layer: ``pdftotext`` finds them
where the scan shows them — upright or turned, shrunk or not — the picture's bytes are
untouched, and the page looks exactly as it did."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageChops
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_budget import LEVELS, ImageLevel
from desktop_app.domain.page_words import Word
from desktop_app.ingest import ocr
from desktop_app.packet import sources
from tests.ingest import scans
from tests.packet.layer_words import assert_words_where_the_ink_is, page_text, rendered

LETTER = (
    "Statement of account for the applicant",
    "Maria Santos, Harbourview Logistics",
    "Closing balance 4,210.55 USD in October",
)
TURNED = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90}
"""How a picture's pixels are stored for each EXIF orientation, so that it shows upright."""


def _letter(tmp_path: Path) -> Image.Image:
    with Image.open(scans.picture_of(LETTER, tmp_path / "letter.png")) as img:
        return img.convert("L")


def _scan(tmp_path: Path, orientation: int = 1) -> Path:
    """A 300-dpi grey JPEG of ``LETTER``, its pixels stored as ``orientation`` says."""
    page = _letter(tmp_path)
    turn = TURNED[orientation]
    exif = Image.Exif()
    exif[0x0112] = orientation
    path = tmp_path / f"scan-{orientation}.jpg"
    (page.transpose(turn) if turn else page).save(
        path, "JPEG", quality=80, dpi=(300, 300), exif=exif.tobytes()
    )
    return path


def _staged(path: Path, work: Path, words: dict[int, tuple[Word, ...]], **options) -> Path:
    """``path`` staged as the packet's document 1, with ``words`` for its pages."""
    work.mkdir(exist_ok=True)
    return sources.stage({1: path}, "letter", work, words={1: words}, **options)[1].path


def _images(pdf_path: Path) -> list[bytes]:
    with pikepdf.open(pdf_path) as pdf:
        return [
            image.read_raw_bytes() for page in pdf.pages for image in page.get_images().values()
        ]


@scans.needs_language("eng")
def test_a_scan_s_words_lie_invisibly_over_its_ink_and_its_jpeg_is_untouched(
    tmp_path: Path,
) -> None:
    scan = _scan(tmp_path)
    [read] = ocr.read_image(scan) or []

    plain = _staged(scan, tmp_path / "plain", {})
    searchable = _staged(scan, tmp_path / "searchable", {0: read.words})

    assert "Maria Santos, Harbourview Logistics" in page_text(searchable)
    assert page_text(plain).strip() == ""
    assert_words_where_the_ink_is(searchable, LETTER)
    assert _images(searchable) == [scan.read_bytes()]
    assert ImageChops.difference(rendered(plain), rendered(searchable)).getbbox() is None
    subprocess.run(["qpdf", "--check", str(searchable)], check=True, capture_output=True)


@scans.needs_language("eng")
@pytest.mark.parametrize("orientation", [3, 6])
def test_the_words_of_a_photo_stored_turned_lie_over_it_as_it_is_shown(
    tmp_path: Path, orientation: int
) -> None:
    scan = _scan(tmp_path, orientation)
    [read] = ocr.read_image(scan) or []

    searchable = _staged(scan, tmp_path / "work", {0: read.words})

    with pikepdf.open(searchable) as pdf:
        assert pdf.pages[0].rotation == {3: 180, 6: 90}[orientation]
    assert "Closing balance" in page_text(searchable)
    assert_words_where_the_ink_is(searchable, LETTER)


@scans.needs_language("eng")
@pytest.mark.parametrize("level", [LEVELS[1], LEVELS[2]], ids=["grey", "1-bit"])
def test_a_scan_reduced_for_a_size_budget_keeps_its_words_over_its_ink(
    tmp_path: Path, level: ImageLevel
) -> None:
    scan = _scan(tmp_path)
    [read] = ocr.read_image(scan) or []

    reduced = _staged(scan, tmp_path / "work", {0: read.words}, level=level)

    assert _images(reduced) != [scan.read_bytes()]
    assert "Closing balance" in page_text(reduced)
    assert_words_where_the_ink_is(reduced, LETTER)


def _turned_scanned_pdf(tmp_path: Path) -> Path:
    """A scanner's PDF: a landscape page holding the letter's picture sideways, with /Rotate 90
    to show it upright, and no text of its own."""
    sideways = tmp_path / "sideways.jpg"
    _letter(tmp_path).transpose(Image.Transpose.ROTATE_90).save(sideways, "JPEG", quality=80)
    path = tmp_path / "scanner.pdf"
    canvas = Canvas(str(path), pagesize=(792, 612), invariant=1)
    canvas.drawImage(str(sideways), 250, 36, width=160, height=540)
    canvas.showPage()
    canvas.save()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.pages[0].rotate(90, relative=False)
        pdf.save(path)
    return path


@scans.needs_language("eng")
@pytest.mark.parametrize("shrink", [False, True], ids=["as-is", "shrunk"])
def test_a_turned_page_of_a_scanned_pdf_gets_its_words_where_they_show(
    tmp_path: Path, shrink: bool
) -> None:
    scan = _turned_scanned_pdf(tmp_path)
    read = (ocr.read_pdf_pages(scan, [0]) or {})[0]

    searchable = _staged(scan, tmp_path / "work", {0: read.words}, shrink=shrink)

    assert "Harbourview Logistics" in page_text(searchable)
    assert_words_where_the_ink_is(searchable, LETTER)


def test_words_in_any_script_are_found_as_they_were_read(tmp_path: Path) -> None:
    page = tmp_path / "blank.jpg"
    Image.new("L", (1700, 2200), 255).save(page, "JPEG")
    words = (
        Word("नमस्ते", 0.1, 0.1, 0.3, 0.13, 0),
        Word("张伟", 0.35, 0.1, 0.45, 0.13, 0),
        Word("Núñez", 0.5, 0.1, 0.6, 0.13, 0),
        Word("محمد", 0.1, 0.2, 0.2, 0.23, 1),
    )

    searchable = _staged(page, tmp_path / "work", {0: words})

    text = page_text(searchable)
    for word in ("नमस्ते", "张伟", "Núñez", "محمد"):
        assert word in text


def test_a_page_gets_its_layer_under_the_same_name_in_every_export(tmp_path: Path) -> None:
    """So that a packet exported twice from the same case comes out byte for byte the same."""
    page = tmp_path / "blank.jpg"
    Image.new("L", (850, 1100), 255).save(page, "JPEG")
    words = (Word("Statement", 0.1, 0.1, 0.3, 0.13, 0),)

    first = _drawing(_staged(page, tmp_path / "first", {0: words}))
    again = _drawing(_staged(page, tmp_path / "again", {0: words}))

    assert first == again
    assert first[0] == {"/Im0", "/Words0"}


def _drawing(staged: Path) -> tuple[set[str], bytes]:
    """The names of the first page's drawn objects, and the operators that draw them."""
    with pikepdf.open(staged) as pdf:
        page = pdf.pages[0]
        operators = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(page))
        return set(page.resources.XObject.keys()), operators


def _stored_turned(tmp_path: Path, turn: int) -> Path:
    """A JPEG of ``LETTER`` scanned turned ``turn`` degrees counter-clockwise, with no EXIF to
    say so: only reading it tells which way up it is."""
    path = tmp_path / f"turned-{turn}.jpg"
    _letter(tmp_path).rotate(turn, expand=True).save(path, "JPEG", quality=80, dpi=(300, 300))
    return path


@scans.needs_language("osd")
@pytest.mark.parametrize("turn", [90, 180])
def test_a_picture_scanned_turned_is_shown_upright_with_its_words_and_its_jpeg_untouched(
    tmp_path: Path, turn: int
) -> None:
    scan = _stored_turned(tmp_path, turn)
    [read] = ocr.read_image(scan) or []

    upright = _staged(scan, tmp_path / "work", {0: read.words}, turns={1: {0: read.turn}})

    with pikepdf.open(upright) as pdf:
        assert pdf.pages[0].rotation == turn
        assert sources.visual_size(pdf.pages[0]).height > sources.visual_size(pdf.pages[0]).width
    assert_words_where_the_ink_is(upright, LETTER)  # the ink reads upright too
    assert _images(upright) == [scan.read_bytes()]


@scans.needs_language("osd")
def test_an_upside_down_page_of_a_scanned_pdf_is_shown_upright_with_its_words(
    tmp_path: Path,
) -> None:
    scan = tmp_path / "upside-down.pdf"
    _letter(tmp_path).rotate(180).save(scan, "PDF", resolution=300)
    read = (ocr.read_pdf_pages(scan, [0]) or {})[0]

    upright = _staged(scan, tmp_path / "work", {0: read.words}, turns={1: {0: read.turn}})

    assert read.turn == 180 and "Closing balance" in read.text
    with pikepdf.open(upright) as pdf:
        assert pdf.pages[0].rotation == 180
    assert_words_where_the_ink_is(upright, LETTER)
