"""Making images smaller for a size budget — only images, only when asked, only as far as needed.

A JPEG is decoded in Pillow's draft mode (straight to a reduced size, and to gray when asked),
which is several times faster than a full decode. An image is replaced only when the result is
smaller; masks, 1-bit images and small images (logos, signatures) are left alone, and text and
drawings are never touched, so born-digital pages stay sharp. At the levels that allow it, a scan
that is only text on paper becomes black and white Group 4 (``bilevel``) instead of a JPEG.

``estimate`` sizes a packet at a level up front from a sample of real reductions, so
``choose_reduction`` can pick a level (or a split) before anything is built.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image, ImageOps

from desktop_app.domain.packet_budget import LEVELS, ImageLevel, Weight, fits, split_parts
from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import SourceDocument, find_letter, group_sections
from desktop_app.errors import DECODER_ERRORS
from desktop_app.packet.bilevel import Bilevel, is_text_only, to_bilevel

MIN_PIXELS = 250_000
"""Images smaller than this (about 500×500) are kept as they are."""
SAMPLE = 6
EXPECTED_RATIO = {200: 0.45, 150: 0.2, 110: 0.12}
"""Fallback reduced/original ratio per dpi when no JPEG could be sampled."""


@dataclass(frozen=True)
class Inventory:
    """A source's bytes: all of it, the part held in reducible images, and a JPEG to sample."""

    total: int
    image_bytes: int
    sample: bytes | None = None
    page_inches: float = 11.0


def reduce_jpeg(data: bytes, longest_inches: float, level: ImageLevel) -> bytes | None:
    """``data`` (a JPEG) at ``level`` for a page whose longer side is ``longest_inches``, as a
    JPEG or (a text-only scan) a Group 4 TIFF; None when that would not make it smaller."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            smaller = _reduce(img, longest_inches, level, len(data), draft=True, photo=True)
    except (*DECODER_ERRORS, Image.DecompressionBombError):
        return None
    return smaller.tiff if isinstance(smaller, Bilevel) else smaller


def reduce_pdf_images(pdf: pikepdf.Pdf, level: ImageLevel) -> int:
    """Reduce the images drawn on ``pdf``'s pages in place; returns how many were replaced."""
    done: set[tuple[int, int]] = set()
    for page in pdf.pages:
        box = page.mediabox
        longest = max(float(box[2] - box[0]), float(box[3] - box[1])) / 72
        for image in page.get_images().values():
            if image.objgen in done or not _reducible(image):
                continue
            done.add(image.objgen)
            smaller = _reduce_stream(image, longest, level)
            if smaller is not None:
                for key in ("/DecodeParms", "/Decode"):
                    if key in image:
                        del image[key]
                _replace(image, smaller)
    return len(done)


def _replace(image: pikepdf.Object, smaller: bytes | Bilevel) -> None:
    """Put ``smaller`` (a JPEG or Group 4 data) in ``image``'s place, described to match."""
    if isinstance(smaller, Bilevel):
        parms = pikepdf.Dictionary(K=-1, Columns=smaller.width, Rows=smaller.height, BlackIs1=True)
        image.write(smaller.data, filter=pikepdf.Name.CCITTFaxDecode, decode_parms=parms)
        image.Width, image.Height, image.BitsPerComponent = smaller.width, smaller.height, 1
        image.ColorSpace = pikepdf.Name.DeviceGray
        return
    with Image.open(io.BytesIO(smaller)) as out:
        (width, height), mode = out.size, out.mode
    image.write(smaller, filter=pikepdf.Name.DCTDecode)
    image.Width, image.Height, image.BitsPerComponent = width, height, 8
    image.ColorSpace = pikepdf.Name.DeviceGray if mode == "L" else pikepdf.Name.DeviceRGB


def inventory(path: Path) -> Inventory:
    """How much of ``path`` (a PDF or an image file) is reducible image bytes."""
    total = path.stat().st_size
    with path.open("rb") as fh:
        is_pdf = b"%PDF-" in fh.read(1024)  # as readers judge it, junk before the header too
    if not is_pdf:
        return Inventory(total, total, path.read_bytes() if total < 20_000_000 else None)
    image_bytes, sample, inches = 0, None, 11.0
    try:
        pdf = pikepdf.open(path)
    except (pikepdf.PikepdfError, RuntimeError, *DECODER_ERRORS):
        return Inventory(total, 0)  # its pages go in as pictures: sized as they are
    with pdf:
        for page in pdf.pages:
            box = page.mediabox
            inches = max(float(box[2] - box[0]), float(box[3] - box[1])) / 72
            for image in page.get_images().values():
                if _reducible(image):
                    image_bytes += _number(image, "/Length", 0)
                    if sample is None and image.get("/Filter") == pikepdf.Name.DCTDecode:
                        sample = image.read_raw_bytes()
    return Inventory(total, image_bytes, sample, inches)


def estimate(items: list[Inventory], level: ImageLevel | None) -> list[int]:
    """Each source's estimated bytes at ``level`` (None: as it is)."""
    if level is None:
        return [item.total for item in items]
    samples = [i for i in items if i.sample][:: max(1, len(items) // SAMPLE)][:SAMPLE]
    ratios = []
    for item in samples:
        assert item.sample is not None
        reduced = reduce_jpeg(item.sample, item.page_inches, level)  # 1-bit pages as TIFF
        ratios.append(len(reduced) / len(item.sample) if reduced else 1.0)
    ratio = sum(ratios) / len(ratios) if ratios else EXPECTED_RATIO.get(level.dpi, 0.3)
    return [int(i.total - i.image_bytes + i.image_bytes * ratio) for i in items]


def _reducible(image: pikepdf.Object) -> bool:
    if any(key in image for key in ("/ImageMask", "/SMask", "/Mask")):
        return False
    if _number(image, "/BitsPerComponent", 8) != 8:
        return False
    return _number(image, "/Width", 0) * _number(image, "/Height", 0) >= MIN_PIXELS


def _number(image: pikepdf.Object, key: str, default: int) -> int:
    """An image's integer entry; a damaged file's name or string there counts as missing."""
    try:
        return int(image.get(key, default))
    except (TypeError, ValueError):
        return default


def _reduce_stream(
    image: pikepdf.Object, longest: float, level: ImageLevel
) -> bytes | Bilevel | None:
    raw = image.read_raw_bytes()
    try:
        if image.get("/Filter") == pikepdf.Name.DCTDecode:
            pil = Image.open(io.BytesIO(raw))
            draft = True
        else:
            pil = pikepdf.PdfImage(image).as_pil_image()
            draft = False
        if pil.mode not in {"L", "RGB", "CMYK"}:
            return None
        return _reduce(pil, longest, level, len(raw), draft=draft, photo=False)
    except (*DECODER_ERRORS, pikepdf.PikepdfError, NotImplementedError):
        return None  # JBIG2 without jbig2dec, a print-only colour space, a damaged stream


def _reduce(
    img: Image.Image, longest: float, level: ImageLevel, before: int, *, draft: bool, photo: bool
) -> bytes | Bilevel | None:
    """``img`` at ``level`` (a JPEG, or Group 4 for a text-only scan where the level allows);
    a ``photo`` (an image file, not an image inside a PDF) is turned upright by its EXIF
    orientation first, since the reduced copy carries no EXIF."""
    mode = "L" if level.gray or img.mode == "L" else "RGB"
    if draft:
        scale = min(1.0, longest * max(level.dpi, level.bilevel_dpi or 0) / max(img.size))
        img.draft(mode, (max(1, round(img.width * scale)), max(1, round(img.height * scale))))
    out = img.convert(mode)
    if photo:
        out = ImageOps.exif_transpose(out)
    if level.bilevel_dpi is not None:
        gray = _scaled(out.convert("L"), longest * level.bilevel_dpi)
        if is_text_only(gray):
            bits = to_bilevel(gray)
            return bits if len(bits.data) < before * 0.9 else None
    buffer = io.BytesIO()
    _scaled(out, longest * level.dpi).save(buffer, "JPEG", quality=level.quality, optimize=True)
    data = buffer.getvalue()
    return data if len(data) < before * 0.9 else None


def _scaled(img: Image.Image, longest_pixels: float) -> Image.Image:
    """``img`` no larger than ``longest_pixels`` on its longer side (never enlarged)."""
    scale = min(1.0, max(1, int(longest_pixels)) / max(img.size))
    size = (max(1, round(img.width * scale)), max(1, round(img.height * scale)))
    return img if img.size == size else img.resize(size, Image.Resampling.LANCZOS)


def choose_reduction(
    sources: list[SourceDocument], inventories: dict[int, Inventory], options: PacketOptions
) -> tuple[ImageLevel | None, list[list[int]], list[str]]:
    """The least image reduction that fits ``options.max_bytes`` (None: none at all); failing
    that, the last one and the documents of each part. Returns (level, parts, what was done)."""
    ids = [s.id for s in sources]
    budget = options.max_bytes
    if budget is None:
        return None, [ids], []
    items = [inventories[i] for i in ids]
    if fits(sum(i.total for i in items), budget):
        return None, [ids], ["within the budget as it is: nothing reduced"]
    for level in LEVELS:
        sizes = estimate(items, level)
        if fits(sum(sizes), budget):
            return level, [ids], [level.describe()]
    order = [d.id for members in group_sections(sources, options).values() for d in members]
    weights = dict(zip(ids, sizes, strict=True))
    letter = find_letter(sources)
    groups = split_parts(
        [Weight(i, weights[i]) for i in order], budget, keep_first=letter.id if letter else None
    )
    return LEVELS[-1], groups, [LEVELS[-1].describe(), f"split into {len(groups)} parts"]
