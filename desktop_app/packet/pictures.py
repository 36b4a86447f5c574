"""Image documents made into PDF pages: many documents to a file, each picture passed through.

An image document becomes a page per frame, centred within the paper's margins — clear of the
stamp band — with a JPEG's picture passed through untouched (img2pdf streams it into the page;
other images are converted to PNG first). A picture that cannot pass through that way (a JPEG
that ends early, a damaged PNG chunk) is decoded as far as it goes and embedded anew. A JPEG's
metadata (EXIF with GPS and camera, XMP, comments) goes through ``clean_jpeg``, which the caller
supplies: the picture data stays byte for byte, its orientation is kept as the page's rotation.

The pages of consecutive image documents are written to one file (``write``), up to
``BATCH_BYTES`` of pictures, so that memory stays bounded: one img2pdf call and one plain save
for them all. One file per document cost three times as much — img2pdf's own save linearizes
every file it writes and takes an MD5 of it, for a file only the packet's job reads.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import img2pdf
from PIL import Image, ImageFile, ImageOps, ImageSequence

from desktop_app.domain.packet_budget import ImageLevel
from desktop_app.domain.page_words import PageWords
from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.messages import _
from desktop_app.packet import text_layer
from desktop_app.packet.budget import reduce_jpeg
from desktop_app.packet.pages import MARGIN
from desktop_app.packet.stamps import PageSize

EXIF_ORIENTATION = 0x0112
SIDEWAYS = {5, 6, 7, 8}
TURNS = {3: 180, 6: 90, 8: 270}  # EXIF orientation → clockwise page rotation
TIFF_MAGIC = {b"II*\x00", b"MM\x00*"}
BATCH_BYTES = 16 << 20
"""Pictures written to one file at most (img2pdf holds them in memory until it is saved)."""
REFUSED = (*DECODER_ERRORS, struct.error, Image.DecompressionBombError, img2pdf.ImageOpenError)
"""What stops a picture passing through: it is then decoded anew."""
Layout = tuple[float, float, float, float]
JpegCleaner = Callable[[bytes], bytes]
Words = Mapping[int, PageWords]
"""A document's recognised pages (counted from 0) and their words."""
Turns = Mapping[int, int]
"""A document's pages (counted from 0) read turned, and the clockwise turn that shows each
upright."""


@dataclass(frozen=True)
class Pictures:
    """The pictures of one image document, a page each, ready to be written: laid out on
    ``size`` (the paper, turned for a sideways photo), the page turned ``turn`` degrees."""

    path: Path
    paper: tuple[float, float]
    sources: tuple[Path, ...]
    size: tuple[float, float]
    turn: int = 0
    decoded: bool = False

    @property
    def bytes(self) -> int:
        return sum(source.stat().st_size for source in self.sources)


class CountMismatchError(ValueError):
    """img2pdf made more or fewer pages of a batch than it has pictures."""


BATCH_REFUSED = (*REFUSED, CountMismatchError)
"""What stops a batch: its documents are then written one by one."""


def prepare(
    path: Path,
    paper: tuple[float, float],
    work: Path,
    level: ImageLevel | None,
    clean_jpeg: JpegCleaner,
    turns: Turns,
) -> Pictures:
    """The pictures of ``path``: its bytes passed through where they can be, else decoded."""
    try:
        return _passed_through(path, paper, work, level, clean_jpeg, turns)
    except REFUSED:
        return decoded(path, paper, work, turns)


def write(
    batch: Sequence[Pictures], words: Sequence[Words], out: Path
) -> list[tuple[int, tuple[PageSize, ...]]]:
    """The pages of ``batch`` written to ``out``, with ``words`` (one per document) laid over
    them; for each document, its first page in ``out`` (counted from 0) and its pages' sizes.
    Raises what img2pdf raises for a picture it refuses (see ``REFUSED``)."""
    layouts = [
        img2pdf.get_layout_fun(p.size, border=(MARGIN, MARGIN), fit=img2pdf.FitMode.into)
        for p in batch
        for _source in p.sources
    ]
    asked = iter(range(len(layouts)))

    def layout(width: int, height: int, dpi: tuple[float, float]) -> Layout:
        return layouts[min(next(asked), len(layouts) - 1)](width, height, dpi)

    sources = [str(source) for p in batch for source in p.sources]
    pdf = img2pdf.convert_to_docobject(*sources, layout_fun=layout).writer
    with pdf:
        if len(batch) > 1 and len(pdf.pages) != len(sources):  # a picture of several frames
            raise CountMismatchError(f"{len(pdf.pages)} pages for {len(sources)} pictures")
        counts = [len(p.sources) for p in batch] if len(batch) > 1 else [len(pdf.pages)]
        firsts = [sum(counts[:n]) for n in range(len(batch))]
        layer: dict[int, PageWords] = {}
        for p, first, count, found in zip(batch, firsts, counts, words, strict=True):
            if p.turn:
                pdf.pages[first].rotate(p.turn, relative=False)
            layer.update({first + n: w for n, w in found.items() if n < count})
        sizes = [PageSize(*text_layer.visual_size(page)) for page in pdf.pages]
        text_layer.add_text_layer(pdf, layer, out.with_name(f"{out.stem}-words.pdf"), pictures=True)
        pdf.save(out)
    return [(f, tuple(sizes[f : f + c])) for f, c in zip(firsts, counts, strict=True)]


def decoded(path: Path, paper: tuple[float, float], work: Path, turns: Turns) -> Pictures:
    """Every page Pillow can decode (of a truncated file: what there is), upright, on white."""
    sources: list[Path] = []
    try:
        with Image.open(path) as img, _truncated_allowed():
            for n, frame in enumerate(_pages(img)):
                decoded = work / f"{path.name}-decoded-{n}.png"
                _turned(_on_white(ImageOps.exif_transpose(frame)), turns.get(n, 0)).save(decoded)
                sources.append(decoded)
    except (*DECODER_ERRORS, Image.DecompressionBombError):
        pass  # the pages before the one that failed still go in
    if not sources:
        raise UserFacingError(_("its picture cannot be decoded"))
    return Pictures(path, paper, tuple(sources), paper, decoded=True)


def _passed_through(
    path: Path,
    paper: tuple[float, float],
    work: Path,
    level: ImageLevel | None,
    clean_jpeg: JpegCleaner,
    turns: Turns,
) -> Pictures:
    """A page per frame of ``path``, centred within the margins; JPEG bytes as they are.

    A photo stored sideways (EXIF orientation) or scanned sideways (``turns``) becomes a page
    rotated to show it upright; it is laid out on the paper turned, so that it shows as the
    paper, not across it. Other pictures are converted anyway, and are turned as they are."""
    turn, size = turns.get(0, 0), paper
    with Image.open(path) as img:
        if img.format == "JPEG":
            sideways = turn in (90, 270)
            smaller = reduce_jpeg(path.read_bytes(), max(paper) / 72, level) if level else None
            if smaller is None:
                orientation = img.getexif().get(EXIF_ORIENTATION, 1)
                turn = (turn + TURNS.get(orientation, 0)) % 360
                sideways ^= orientation in SIDEWAYS
            if sideways:
                size = (paper[1], paper[0])
            sources = [_without_metadata(path, smaller, work, clean_jpeg)]
        else:
            turn, sources = 0, []
            for n, frame in enumerate(_pages(img)):
                sources.append(work / f"{path.name}-{n}.png")
                _turned(frame.convert("RGB"), turns.get(n, 0)).save(sources[-1])
    return Pictures(path, paper, tuple(sources), size, turn)


def _pages(img: Image.Image) -> Iterator[Image.Image]:
    """The frames that are pages: a TIFF's every frame; of an animated PNG or WebP, the first
    (import counted one page, and the later frames of a damaged animation may not decode)."""
    if img.format != "TIFF":
        yield img
        return
    yield from ImageSequence.Iterator(img)


def _turned(frame: Image.Image, turn: int) -> Image.Image:
    """``frame`` turned ``turn`` degrees clockwise."""
    return frame.rotate(-turn, expand=True) if turn else frame


def _on_white(frame: Image.Image) -> Image.Image:
    """The frame as plain RGB, transparent parts white, with none of its original settings."""
    rgba = frame.convert("RGBA")
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


@contextmanager
def _truncated_allowed() -> Iterator[None]:
    """Pillow's setting to decode a picture that ends early, for one picture."""
    saved = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = saved


def _without_metadata(
    path: Path, smaller: bytes | None, work: Path, clean_jpeg: JpegCleaner
) -> Path:
    """The picture to embed: ``path`` itself when it carries no metadata (most scans), else a
    copy without it; a reduction to 1-bit (a Group 4 TIFF, with none) as it is."""
    if smaller is not None and smaller[:4] in TIFF_MAGIC:
        bilevel = work / f"{path.name}-1bit.tif"
        bilevel.write_bytes(smaller)
        return bilevel
    data = smaller if smaller is not None else path.read_bytes()
    cleaned = clean_jpeg(data)
    if smaller is None and len(cleaned) == len(data):
        return path
    copy = work / f"{path.name}-clean.jpg"
    copy.write_bytes(cleaned)
    return copy
