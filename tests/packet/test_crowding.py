"""Pages whose text or drawings reach into the stamp band, and pages of pictures, which never do."""

from __future__ import annotations

import resource
import zlib
from pathlib import Path

import pikepdf

from desktop_app.packet.crowding import crowded_pages
from tests.packet.conftest import jpeg

FOOTNOTE = b"BT /F1 9 Tf 72 10 Td (A footnote at the foot) Tj ET"
PICTURE = b"q 612 0 0 792 0 0 cm /Im0 Do Q"


def _pages(tmp_path: Path, *contents: bytes) -> Path:
    """A PDF of letter pages with ``contents``, each with a full-page picture ``/Im0``, a font
    ``/F1`` and a form ``/Fm0`` that writes the footnote."""
    pdf = pikepdf.new()
    picture = pdf.make_stream(
        jpeg(),
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=850,
        Height=1100,
        ColorSpace=pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=pikepdf.Name.DCTDecode,
    )
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    form = pdf.make_stream(
        FOOTNOTE,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Form,
        BBox=[0, 0, 612, 792],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
    )
    for content in contents:
        pdf.add_blank_page(page_size=(612, 792))
        page = pdf.pages[-1]
        page.Resources = pikepdf.Dictionary(
            Font=pikepdf.Dictionary(F1=font), XObject=pikepdf.Dictionary(Im0=picture, Fm0=form)
        )
        page.Contents = pdf.make_stream(content)
    out = tmp_path / "pages.pdf"
    pdf.save(out)
    return out


def test_a_page_of_pictures_is_never_crowded_text_at_the_foot_is(tmp_path: Path) -> None:
    path = _pages(tmp_path, PICTURE, PICTURE + b"\n" + FOOTNOTE, PICTURE, FOOTNOTE)
    assert crowded_pages(path) == [2, 4]


def test_a_form_is_looked_into_not_taken_for_a_picture(tmp_path: Path) -> None:
    path = _pages(tmp_path, PICTURE, PICTURE + b"\nq /Fm0 Do Q")
    assert crowded_pages(path) == [2]


def test_a_page_drawn_with_paths_is_judged_by_them(tmp_path: Path) -> None:
    clear, low = b"0 g 72 300 200 100 re f", b"0 g 72 5 200 20 re f"
    assert crowded_pages(_pages(tmp_path, clear, low)) == [2]


def test_content_that_inflates_is_left_to_pdfium_unparsed(tmp_path: Path) -> None:
    bomb = zlib.compress(b"0 g 72 5 200 20 re f " * (1 << 18))  # 5.5 MiB from 13 kilobytes
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.pages[0].Contents = pdf.make_stream(bomb, Filter=pikepdf.Name.FlateDecode)
    pdf.save(tmp_path / "bomb.pdf")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # PDFium alone takes some 135 MB
    assert crowded_pages(tmp_path / "bomb.pdf") == [1]
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 250_000  # KiB
