"""Black and white for text-only scans: the budget's deepest saving, only where text survives it.

A scanned letter or statement is dark text on light paper; stored as 1-bit CCITT Group 4 it is
several times smaller than as a grayscale JPEG and, at 200 dpi, still reads (and OCRs) cleanly.
A photo, a stamp in colour or a passport picture on the page would turn into blotches, so a page
is made 1-bit only when its gray levels say it holds nothing but ink and paper:

- after Otsu's threshold splits the pixels into ink and paper, few pixels lie between the two
  (``MAX_MIDDLE``: the share outside the middle band of each side's mean and the threshold) —
  text has only the thin edges of its strokes there, a photo has most of its pixels;
- no tile of the page (``TILES`` a side) holds a photo-sized patch of those middle grays
  (``MAX_TILE_MIDDLE``), so a small picture on a page of text keeps the page in gray;
- most of the page is paper (``MIN_PAPER``) and ink is clearly darker (``MIN_CONTRAST``).

The Group 4 data is Pillow's (libtiff's), written as a single strip so it can be embedded in a
PDF as it is (``/CCITTFaxDecode``, ``/K -1``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, TiffImagePlugin

MAX_MIDDLE = 0.06
MAX_TILE_MIDDLE = 0.25
MIN_PAPER = 0.6
MIN_CONTRAST = 90
TILES = 8


@dataclass(frozen=True)
class Bilevel:
    """A page as Group 4 data: ``data`` for the PDF stream, ``tiff`` as a file img2pdf takes."""

    data: bytes
    tiff: bytes
    width: int
    height: int


@dataclass(frozen=True)
class Split:
    """Otsu's threshold of a gray histogram, the mean of each side, and the middle band."""

    threshold: int
    low: float
    high: float

    @property
    def band(self) -> tuple[int, int]:
        return (round((self.low + self.threshold) / 2), round((self.threshold + self.high) / 2))


def otsu(histogram: list[int]) -> Split:
    """The threshold that best separates a 256-bin gray histogram into dark and light."""
    total = sum(histogram) or 1
    weighted = sum(value * count for value, count in enumerate(histogram))
    best, best_t, dark, dark_sum = -1.0, 127, 0, 0.0
    for t, count in enumerate(histogram[:255]):
        dark += count
        dark_sum += t * count
        light = total - dark
        if not dark or not light:
            continue
        between = dark * light * (dark_sum / dark - (weighted - dark_sum) / light) ** 2
        if between > best:
            best, best_t = between, t
    dark = sum(histogram[: best_t + 1]) or 1
    light = (total - sum(histogram[: best_t + 1])) or 1
    low = sum(v * c for v, c in enumerate(histogram[: best_t + 1])) / dark
    high = sum(v * c for v, c in enumerate(histogram[best_t + 1 :], start=best_t + 1)) / light
    return Split(best_t, low, high)


def middle_share(histogram: list[int], band: tuple[int, int]) -> float:
    """The share of pixels whose gray lies in ``band`` (inclusive)."""
    return sum(histogram[band[0] : band[1] + 1]) / (sum(histogram) or 1)


def is_text_only(gray: Image.Image) -> bool:
    """Whether ``gray`` (mode L) is ink on paper only, by the measures in the module text."""
    histogram = gray.histogram()
    split = otsu(histogram)
    paper = sum(histogram[split.threshold + 1 :]) / (sum(histogram) or 1)
    if split.high - split.low < MIN_CONTRAST or paper < MIN_PAPER:
        return False
    if middle_share(histogram, split.band) > MAX_MIDDLE:
        return False
    width, height = gray.size
    for row in range(TILES):
        for col in range(TILES):
            box = (
                col * width // TILES,
                row * height // TILES,
                (col + 1) * width // TILES,
                (row + 1) * height // TILES,
            )
            if middle_share(gray.crop(box).histogram(), split.band) > MAX_TILE_MIDDLE:
                return False
    return True


def to_bilevel(gray: Image.Image) -> Bilevel:
    """``gray`` thresholded at Otsu's level (no dithering) as single-strip Group 4."""
    threshold = otsu(gray.histogram()).threshold
    bits = gray.point(lambda v: 255 if v > threshold else 0, mode="1")
    width, height = bits.size
    buffer = io.BytesIO()
    bits.save(buffer, "TIFF", compression="group4", strip_size=(width + 7) // 8 * height + 1)
    tiff = buffer.getvalue()
    with Image.open(io.BytesIO(tiff)) as read:
        tags = read.tag_v2
        (offset,), (length,) = tags[TiffImagePlugin.STRIPOFFSETS], tags[279]
    return Bilevel(tiff[offset : offset + length], tiff, width, height)
