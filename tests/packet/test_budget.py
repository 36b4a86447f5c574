"""A size budget: images shrink only as far as needed, then the packet splits into parts."""

from __future__ import annotations

import functools
import io
import random
import subprocess
from pathlib import Path

import img2pdf
import pikepdf
import pytesseract
import pytest
from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_budget import LEVELS
from desktop_app.domain.packet_options import PacketOptions
from desktop_app.packet.build import ExportCancelledError
from desktop_app.services import documents, export
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import text_pages
from tests.packet.scans import WORDS, photo_scan, text_scan


@functools.cache
def scan(seed: int) -> bytes:
    """A 150-dpi page of 'text' lines with scanner noise, as a colour JPEG of about 0.4 MB."""
    rng = random.Random(seed)
    img = Image.effect_noise((1275, 1650), 18).point(lambda v: 200 + v // 5)
    draw = ImageDraw.Draw(img)
    for line in range(40):
        y = 120 + line * 36
        draw.rectangle((110, y, 110 + rng.randrange(450, 1050), y + 12), fill=40)
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def letter_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 700, "To whom it may concern: Maria is employed here.")
    canvas.save()
    return out.getvalue()


@pytest.fixture
def heavy(case: CaseFile) -> CaseFile:
    documents.add_document(
        case, letter_pdf(), original_name="job.pdf", kind="employment_letter", page_count=1
    )
    for n in range(6):
        documents.add_document(
            case, scan(n), original_name=f"scan{n}.jpg", kind="bank_statement", page_count=1
        )
    return case


@pytest.fixture
def photos(case: CaseFile) -> CaseFile:
    documents.add_document(
        case, letter_pdf(), original_name="job.pdf", kind="employment_letter", page_count=1
    )
    for n in range(3):
        documents.add_document(
            case, photo_scan(n), original_name=f"photo{n}.jpg", kind="photo", page_count=1
        )
    return case


def _input_bytes(case: CaseFile) -> int:
    return sum(d.size for d in documents.list_documents(case))


def test_images_are_reduced_only_as_far_as_the_budget_needs(
    heavy: CaseFile, tmp_path: Path
) -> None:
    budget = int(_input_bytes(heavy) * 0.6)
    result = export.export_packet(heavy, tmp_path / "p.pdf", PacketOptions(max_bytes=budget))

    [part] = result.parts
    assert part.size <= budget
    assert result.actions[0].startswith("images reduced to 200 dpi")
    assert "reached" in result.actions[-1]
    assert "Maria is employed here" in "".join(text_pages(part.path))  # text stays text
    fonts = subprocess.run(
        ["pdffonts", str(part.path)], capture_output=True, text=True, check=True
    ).stdout
    assert "Helvetica" in fonts


def test_a_budget_too_small_for_one_file_splits_into_parts_that_each_stand_alone(
    photos: CaseFile, tmp_path: Path
) -> None:
    budget = 250_000
    result = export.export_packet(photos, tmp_path / "p.pdf", PacketOptions(max_bytes=budget))

    count = len(result.parts)
    assert count > 1
    assert [p.path.name for p in result.parts] == [
        f"p-part{n}-of-{count}.pdf" for n in range(1, count + 1)
    ]
    assert "split into" in " ".join(result.actions)
    for number, part in enumerate(result.parts, start=1):
        assert part.size <= budget, part
        pages = text_pages(part.path)
        assert f"PART {number} OF {count}" in pages[0]
        assert any("INDEX" in page for page in pages)
        assert f"page {part.pages} of {part.pages}" in pages[-1]
        with pikepdf.open(part.path) as pdf:
            assert len(pdf.pages) == part.pages


def test_without_a_budget_nothing_is_reduced(heavy: CaseFile, tmp_path: Path) -> None:
    result = export.export_packet(heavy, tmp_path / "p.pdf")
    assert result.actions == ()
    assert result.size > _input_bytes(heavy)


def test_cancelling_between_parts_leaves_no_part_behind(photos: CaseFile, tmp_path: Path) -> None:
    def once_a_part_exists() -> bool:  # parts wait under hidden names until all are done
        return any(tmp_path.glob(".p-part*.pdf.*"))

    with pytest.raises(ExportCancelledError):
        export.export_packet(
            photos,
            tmp_path / "p.pdf",
            PacketOptions(max_bytes=250_000),
            cancelled=once_a_part_exists,
        )
    assert not list(tmp_path.glob("p*.pdf")) and not list(tmp_path.glob(".*p*"))


def _images(path: Path) -> list[tuple[int, int, str]]:
    """(page number, bits per component, filter) of every image drawn on the packet's pages."""
    with pikepdf.open(path) as pdf:
        return [
            (number, int(image.BitsPerComponent), pikepdf.PdfImage(image).filters[-1])
            for number, page in enumerate(pdf.pages, start=1)
            for image in page.get_images().values()
        ]


ONE_BIT = (1, "/CCITTFaxDecode")


def _ocr(path: Path, page: int, tmp_path: Path) -> str:
    prefix = tmp_path / f"page{page}"
    pages = ["-f", str(page), "-l", str(page)]
    subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", *pages, str(path), str(prefix)],
        check=True,
    )
    with Image.open(f"{prefix}.png") as rendered:
        return pytesseract.image_to_string(rendered)


def test_under_a_tight_budget_a_text_scan_becomes_black_and_white_and_still_reads(
    case: CaseFile, tmp_path: Path
) -> None:
    as_pdf = img2pdf.convert(text_scan(5))  # a scan inside a PDF, and one as a picture
    documents.add_document(
        case, as_pdf, original_name="statement.pdf", kind="bank_statement", page_count=1
    )
    documents.add_document(
        case, text_scan(6), original_name="letter.jpg", kind="employment_letter", page_count=1
    )
    budget = 300_000  # at 150 dpi gray the two scans take about 460 KB

    result = export.export_packet(case, tmp_path / "p.pdf", PacketOptions(max_bytes=budget))

    [part] = result.parts
    assert part.size <= budget
    assert result.actions[0] == LEVELS[2].describe()  # the first level with black and white
    assert "text-only scans in black and white at 200 dpi" in result.actions[0]
    scans = _images(part.path)
    assert [(bits, kind) for _page, bits, kind in scans] == [ONE_BIT, ONE_BIT]
    for page, _bits, _kind in scans:
        read = _ocr(part.path, page, tmp_path).lower()
        assert sum(word in read for word in WORDS) >= len(WORDS) - 1, read


def test_a_photo_never_becomes_black_and_white(case: CaseFile, tmp_path: Path) -> None:
    documents.add_document(
        case, photo_scan(), original_name="photo.jpg", kind="photo", page_count=1
    )
    documents.add_document(
        case, text_scan(7, picture=True), original_name="id.jpg", kind="other", page_count=1
    )
    documents.add_document(
        case, text_scan(8), original_name="letter.jpg", kind="employment_letter", page_count=1
    )

    result = export.export_packet(case, tmp_path / "p.pdf", PacketOptions(max_bytes=200_000))

    images = [(bits, kind) for part in result.parts for _page, bits, kind in _images(part.path)]
    assert "split into" in " ".join(result.actions)  # the deepest level was used
    assert sorted(images) == [ONE_BIT, (8, "/DCTDecode"), (8, "/DCTDecode")]  # only the letter
