"""Stamps read upright at the foot of every page, whatever its rotation or size."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.packet.sources import visual_size
from desktop_app.services import documents, export
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import text_pages

ROTATIONS = [0, 90, 180, 270]
BAND = 14 * 72 / 25.4


def _pdf(sizes: list[tuple[float, float]], rotations: list[int]) -> bytes:
    """Pages with a footnote at the very bottom as shown (the top of the content when upside
    down), rotated as asked."""
    out = io.BytesIO()
    canvas = Canvas(out)
    for (width, height), rotation in zip(sizes, rotations, strict=True):
        canvas.setPageSize((width, height))
        canvas.setFont("Helvetica", 12)
        if rotation == 180:
            canvas.translate(width, height)
            canvas.rotate(180)
        canvas.drawString(20, 6, "FOOTNOTE AT THE VERY BOTTOM")
        canvas.showPage()
    canvas.save()
    pdf = pikepdf.open(io.BytesIO(out.getvalue()))
    for page, rotation in zip(pdf.pages, rotations, strict=True):
        page.obj.Rotate = rotation
    final = io.BytesIO()
    pdf.save(final)
    return final.getvalue()


def _words(path: Path, page: int) -> list[tuple[str, float, float, float]]:
    """[(word, x, y top, y bottom)] of ``page`` as a reader shows it (after its rotation)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (w, float(x0), float(y0), float(y1))
        for x0, y0, _x1, y1, w in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
        )
    ]


@pytest.fixture
def rotated(case: CaseFile) -> CaseFile:
    documents.add_document(
        case,
        _pdf([(612, 792)] * 4, ROTATIONS),
        original_name="turned.pdf",
        kind="bank_statement",
        title="Statements",
        page_count=4,
    )
    return case


def test_stamps_are_upright_at_the_foot_of_rotated_pages(rotated: CaseFile, tmp_path: Path) -> None:
    plan = export.plan_for(rotated)
    built = export.export_packet(rotated, tmp_path / "p.pdf")
    first = next(p.number for p in plan.pages if p.role == "document")
    for number, rotation in zip(range(first, first + 4), ROTATIONS, strict=True):
        shown_height = 612 if rotation % 180 else 792
        words = _words(built.path, number)
        page_word = next(w for w in words if w[0] == "page" and w[2] > shown_height - BAND)
        of_word = next(w for w in words if w[0] == "of" and w[2] > shown_height - BAND)
        assert page_word[1] < of_word[1], f"page {number}: the stamp does not read left to right"
        # A word lying on its side is as tall as it is long: "page" in 9-point type is over 20.
        assert page_word[3] - page_word[2] < 15, f"page {number}: the stamp is not horizontal"
        assert f"page {number} of {plan.page_count}" in text_pages(built.path)[number - 1]


def test_stamps_fit_tiny_pages_and_grow_on_huge_ones(case: CaseFile, tmp_path: Path) -> None:
    documents.add_document(
        case,
        _pdf([(226, 400), (2000, 2800)], [0, 0]),
        original_name="receipt-and-poster.pdf",
        kind="other",
        title="A very long title for a receipt that cannot possibly fit on a small page",
        page_count=2,
    )
    built = export.export_packet(case, tmp_path / "p.pdf")
    pages = text_pages(built.path)
    assert f"page 4 of {built.pages}" in pages[3]
    assert f"page 5 of {built.pages}" in pages[4]
    small = next(w[3] - w[2] for w in _words(built.path, 4) if w[0] == "page")
    big = next(w[3] - w[2] for w in _words(built.path, 5) if w[0] == "page")
    assert big > 2.5 * small


def test_shrinking_keeps_content_out_of_the_stamp_band(rotated: CaseFile, tmp_path: Path) -> None:
    plan = export.plan_for(rotated)
    first = next(p.number for p in plan.pages if p.role == "document")
    plain = export.export_packet(rotated, tmp_path / "plain.pdf")
    shrunk = export.export_packet(rotated, tmp_path / "shrunk.pdf", PacketOptions(shrink=True))
    for number, rotation in zip(range(first, first + 4), ROTATIONS, strict=True):
        shown_height = 612 if rotation % 180 else 792
        [before] = [w for w in _words(plain.path, number) if w[0] == "FOOTNOTE"]
        [after] = [w for w in _words(shrunk.path, number) if w[0] == "FOOTNOTE"]
        if rotation in (0, 180):
            assert before[3] > shown_height - BAND  # under the stamp as it is
        assert after[3] < shown_height - BAND, f"page {number} (rotated {rotation})"


def _turned_photo() -> bytes:
    """A phone photo stored sideways with EXIF orientation 6 ("turn 90° clockwise to view")."""
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    noisy = Image.effect_noise((1600, 1200), 40).convert("RGB")  # big enough to need reducing
    noisy.save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


@pytest.mark.parametrize("budget", [None, 200_000], ids=["as-is", "reduced"])
def test_a_sideways_photo_is_stamped_at_the_foot_of_the_page_as_shown(
    case: CaseFile, tmp_path: Path, budget: int | None
) -> None:
    documents.add_document(case, _turned_photo(), original_name="p.jpg", title="Photo")
    result = export.export_packet(case, tmp_path / "p.pdf", PacketOptions(max_bytes=budget))
    built = result.parts[0]
    assert bool(result.actions and "reduced" in result.actions[0]) == bool(budget)
    with pikepdf.open(built.path) as pdf:
        shown = visual_size(pdf.pages[3])
    words = _words(built.path, 4)
    page_word = next(w for w in words if w[0] == "page")
    of_word = next(w for w in words if w[0] == "of" and abs(w[2] - page_word[2]) < 1)
    assert shown.height > shown.width  # shown as the paper, not across it
    assert page_word[2] > shown.height - BAND and page_word[1] < of_word[1]
