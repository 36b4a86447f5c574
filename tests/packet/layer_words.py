"""Reading a packet page's text layer back, and checking it against the ink on the page.

``layer_words`` is what ``pdftotext -bbox`` finds on a page, in points from the page's top-left
as shown. ``ink_words`` reads the page as it looks: rendered by poppler and read by Tesseract
afresh, so where a word's ink is comes from the pixels, not from the boxes the layer was built
from. A layer is right when each word it holds lies over that word's ink.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytesseract
from PIL import Image

Box = tuple[float, float, float, float]
"""Left, top, right, bottom in points, from the top-left of the page as shown."""
RENDER_DPI = 150
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def layer_words(pdf: Path, page: int = 1) -> list[tuple[str, Box]]:
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (_unescape(m[5]), (float(m[1]), float(m[2]), float(m[3]), float(m[4])))
        for m in WORD.finditer(xml)
    ]


def page_text(pdf: Path, page: int = 1) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def rendered(pdf: Path, page: int = 1, dpi: int = RENDER_DPI) -> Image.Image:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder, "page")
        pages = ["-f", str(page), "-l", str(page)]
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-gray",
                "-png",
                "-singlefile",
                *pages,
                str(pdf),
                str(base),
            ],
            check=True,
        )
        with Image.open(base.with_suffix(".png")) as img:
            return img.convert("L")


def ink_words(pdf: Path, page: int = 1) -> list[tuple[str, Box]]:
    image = rendered(pdf, page)
    data = pytesseract.image_to_data(image, config="--psm 6", output_type=pytesseract.Output.DICT)
    k = 72 / RENDER_DPI
    return [
        (text.strip(), (left * k, top * k, (left + w) * k, (top + h) * k))
        for text, left, top, w, h in zip(
            data["text"], data["left"], data["top"], data["width"], data["height"], strict=True
        )
        if text.strip()
    ]


def assert_words_where_the_ink_is(
    pdf: Path, lines: Iterable[str], page: int = 1, *, at_least: int = 5
) -> None:
    """Every word of the scan's ``lines`` found once both in the layer and in the ink lies over
    its ink: its centre within 2 points of the ink's, its height within half of it."""
    layer, ink = _once(layer_words(pdf, page)), _once(ink_words(pdf, page))
    scanned = {word for line in lines for word in line.split()}
    both = sorted(set(layer) & set(ink) & scanned)
    assert len(both) >= at_least, f"only {both} found in both the layer and the ink"
    for text in both:
        (lx0, ly0, lx1, ly1), (ix0, iy0, ix1, iy1) = layer[text], ink[text]
        assert abs((lx0 + lx1) / 2 - (ix0 + ix1) / 2) < 2, (text, layer[text], ink[text])
        assert abs((ly0 + ly1) / 2 - (iy0 + iy1) / 2) < 2, (text, layer[text], ink[text])
        assert 0.5 < (ly1 - ly0) / (iy1 - iy0) < 2, (text, layer[text], ink[text])


def _once(words: list[tuple[str, Box]]) -> dict[str, Box]:
    counts = Counter(text for text, _ in words)
    return {text: box for text, box in words if counts[text] == 1 and len(text) > 3}


def _unescape(text: str) -> str:
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
