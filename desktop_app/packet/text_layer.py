"""An invisible layer of the recognised words over each scanned page, so the packet is searchable.

This is what OCRmyPDF's renderers do with Tesseract's word boxes: every word is drawn where the
scan shows it, in text render mode 3 (neither filled nor stroked — nothing is seen, yet text
extraction, search and selection find it), sized so its line's ascent and descent span the line's
box and stretched horizontally to its own box's width. The picture itself is not touched: the
layer is a form drawn after the page's content, so a JPEG's bytes go through as they were.

Boxes are fractions of the upright picture that was read (``domain.page_words``). Where that
picture lies depends on the page:

- a page of a scanned PDF was read as rendered, which is its crop box as shown (after /Rotate);
- a picture made into a page lies where its image is drawn (centred within the margins), and
  shows upright through the page's /Rotate (a photo's EXIF orientation).

Either way the words are laid out in the page's *visual* space (as it is shown) and the form is
drawn through the matrix from that space to the page's own, so /Rotate turns them with the
picture. Staging adds the layer before it shrinks a page, and the shrink then moves both alike.

Words go through ``text_runs`` in the packet's Noto fonts, so Devanagari, Arabic or Chinese words
are searchable too; each document's overlay is drawn in one reportlab pass (the font subsets are
embedded once per document, as in the stamps).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import count
from pathlib import Path

import pikepdf
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.page_words import PageWords, Word
from desktop_app.packet import fonts, text_runs
from desktop_app.packet.fonts import REGULAR

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]
"""Left, bottom, right, top, in points of the page as it is shown."""
LAYER_PREFIX = "Words"
"""The layer's resource name: this and the first number free beside the page's own names, so the
same page gets the same name in every export (a random one made packets differ byte for byte)."""


def add_text_layer(
    pdf: pikepdf.Pdf, words: Mapping[int, PageWords], scratch: Path, *, pictures: bool
) -> int:
    """Lay ``words`` (by page, from 0) over the pages of ``pdf``; returns the pages given a layer.

    ``pictures``: the pages are pictures made into pages (their words are placed over the image
    drawn on each), rather than pages of a PDF read as rendered (placed over the whole page).
    ``scratch`` is where the layers are drawn first; it is removed again."""
    pages = [n for n in sorted(words) if words[n] and n < len(pdf.pages)]
    if not pages:
        return 0
    placed: dict[int, Box] = {}
    for n in pages:
        region = picture_box(pdf.pages[n]) if pictures else _visual_page(pdf.pages[n])
        if region is not None:
            placed[n] = region
    if not placed:
        return 0
    canvas = fonts.canvas(scratch)
    for n, region in placed.items():
        canvas.setPageSize(visual_size(pdf.pages[n]))
        _draw_words(canvas, words[n], region)
        canvas.showPage()
    canvas.save()
    with pikepdf.open(scratch) as layers:
        for layer, n in zip(layers.pages, placed, strict=True):
            _overlay(pdf.pages[n], pdf.copy_foreign(layer.as_form_xobject()))
    scratch.unlink()
    return len(placed)


def rotation(page: pikepdf.Page) -> int:
    """The page's /Rotate as 0, 90, 180 or 270 (readers round odd values the same way)."""
    try:
        return int(page.rotation) // 90 * 90 % 360
    except (TypeError, ValueError):
        return 0


def visual_size(page: pikepdf.Page) -> tuple[float, float]:
    x0, y0, x1, y1 = _crop(page)
    width, height = x1 - x0, y1 - y0
    return (height, width) if rotation(page) in (90, 270) else (width, height)


def to_page(page: pikepdf.Page) -> Matrix:
    """The matrix from the page as shown (origin at its bottom-left) to the page's own space."""
    x0, y0, x1, y1 = _crop(page)
    return {
        0: (1.0, 0.0, 0.0, 1.0, x0, y0),
        90: (0.0, 1.0, -1.0, 0.0, x1, y0),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, -1.0, 1.0, 0.0, x0, y1),
    }[rotation(page)]


def picture_box(page: pikepdf.Page) -> Box | None:
    """Where the page's largest image is drawn, as shown; None for a page with no image."""
    images = list(_drawn_images(page))
    if not images:
        return None
    x0, y0, x1, y1 = max(images, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
    a, b, c, d, e, f = _inverse(to_page(page))
    xs = [a * x + c * y + e for x, y in ((x0, y0), (x1, y1))]
    ys = [b * x + d * y + f for x, y in ((x0, y0), (x1, y1))]
    return min(xs), min(ys), max(xs), max(ys)


def _visual_page(page: pikepdf.Page) -> Box:
    width, height = visual_size(page)
    return 0.0, 0.0, width, height


def _draw_words(canvas: Canvas, words: PageWords, region: Box) -> None:
    """Each word invisible over its box: its line's height, stretched to the word's width."""
    left, bottom, right, top = region
    width, height = right - left, top - bottom
    face = getFont(fonts.CHAINS[REGULAR][0]).face
    ascent, descent = face.ascent / 1000, -face.descent / 1000
    for line in _lines(words):
        line_top = min(w.top for w in line)
        line_bottom = max(w.bottom for w in line)
        size = (line_bottom - line_top) * height / (ascent + descent)
        if size <= 0:
            continue
        baseline = top - line_bottom * height + descent * size
        for word in line:
            natural = text_runs.width([(word.text, REGULAR)], size)
            wide = (word.right - word.left) * width
            if natural <= 0 or wide <= 0:
                continue
            canvas.saveState()
            canvas.transform(wide / natural, 0, 0, 1, left + word.left * width, baseline)
            text_runs.line(canvas, 0, 0, [(word.text, REGULAR)], size, invisible=True)
            canvas.restoreState()


def _lines(words: PageWords) -> Iterator[list[Word]]:
    line: list[Word] = []
    for word in words:
        if line and word.line != line[-1].line:
            yield line
            line = []
        line.append(word)
    if line:
        yield line


def _overlay(page: pikepdf.Page, form: pikepdf.Object) -> None:
    """Draw ``form`` over the page's content, through the matrix to the page's own space."""
    taken = page.resources.get(pikepdf.Name.XObject) or {}
    free = next(f"/{LAYER_PREFIX}{n}" for n in count() if f"/{LAYER_PREFIX}{n}" not in taken)
    name = page.add_resource(form, pikepdf.Name.XObject, pikepdf.Name(free))
    a, b, c, d, e, f = to_page(page)
    page.contents_add(b"q\n", prepend=True)
    page.contents_add(f"\nQ q {a:g} {b:g} {c:g} {d:g} {e:.3f} {f:.3f} cm {name} Do Q\n".encode())


def _drawn_images(page: pikepdf.Page) -> Iterator[tuple[float, float, float, float]]:
    """The box (in the page's space) of each image the page's content draws directly."""
    images = {
        pikepdf.Name(str(key))
        for key, value in (page.resources.get(pikepdf.Name.XObject) or {}).items()
        if value.get(pikepdf.Name.Subtype) == pikepdf.Name.Image
    }
    ctm: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    saved: list[Matrix] = []
    for operands, operator in pikepdf.parse_content_stream(page, "q Q cm Do"):
        if str(operator) == "q":
            saved.append(ctm)
        elif str(operator) == "Q" and saved:
            ctm = saved.pop()
        elif str(operator) == "cm" and len(operands) == 6:
            a, b, c, d, e, f = (float(v) for v in operands)
            ctm = _times((a, b, c, d, e, f), ctm)
        elif str(operator) == "Do" and operands and operands[0] in images:
            a, b, c, d, e, f = ctm
            xs = [e, a + e, c + e, a + c + e]
            ys = [f, b + f, d + f, b + d + f]
            yield min(xs), min(ys), max(xs), max(ys)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n``, as PDF composes ``cm`` (the new matrix times the current one)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _inverse(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * d - b * c
    return (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)


def _crop(page: pikepdf.Page) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = (float(v) for v in page.cropbox)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
