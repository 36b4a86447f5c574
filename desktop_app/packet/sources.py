"""Getting each document ready for assembly: a PDF qpdf can read, and the size of every page.

Each PDF is first proven by the packet's own qpdf job (``placing.place``): one that fails it is
repaired, or its pages go in as pictures. PDFs are then used as they are unless images must
shrink for a budget or pages must shrink above the stamp band; then a changed copy is written
(pikepdf streams untouched data through, so this stays cheap). An image document becomes a PDF
with a page per frame, centred within the paper's margins — clear of the stamp band — with a
JPEG's picture passed through untouched (img2pdf streams it into a one-page PDF; other images
are converted to PNG first). A picture that cannot pass through that way (a JPEG that ends
early, a damaged PNG chunk) is decoded as far as it goes and embedded anew. A JPEG's metadata
(EXIF with GPS and camera, XMP, comments) goes through ``clean_jpeg``, which the caller supplies:
the picture data stays byte for byte, its orientation is kept as the page's rotation. A document
that still cannot be placed is named in the refusal.

The words recognised on a scanned page, when the case has them, are laid over it as an invisible
text layer (``text_layer``) while it is staged, before any shrink, so the packet can be searched;
a page that was read turned (scanned sideways or upside down) is shown turned upright.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image, ImageFile, ImageOps, ImageSequence

from desktop_app.domain.packet_budget import ImageLevel
from desktop_app.domain.packet_options import SHRINK_FACTOR
from desktop_app.domain.page_words import PageWords
from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.messages import _
from desktop_app.packet import placing, text_layer
from desktop_app.packet.budget import reduce_jpeg, reduce_pdf_images
from desktop_app.packet.pages import MARGIN, PAPER
from desktop_app.packet.stamps import PageSize

EXIF_ORIENTATION = 0x0112
SIDEWAYS = {5, 6, 7, 8}
TURNS = {3: 180, 6: 90, 8: 270}  # EXIF orientation → clockwise page rotation
JpegCleaner = Callable[[bytes], bytes]
Words = Mapping[int, PageWords]
"""A document's recognised pages (counted from 0) and their words."""
Turns = Mapping[int, int]
"""A document's pages (counted from 0) read turned, and the clockwise turn that shows each
upright."""
TIFF_MAGIC = {b"II*\x00", b"MM\x00*"}


@dataclass(frozen=True)
class Staged:
    """``path`` holds the document's pages; ``sizes`` as they are shown; ``how`` it was placed
    (``placing.AS_IS``, ``REPAIRED`` or ``RENDERED``)."""

    path: Path
    sizes: tuple[PageSize, ...]
    how: str = placing.AS_IS


class UnplaceableError(UserFacingError):
    """A document that cannot be put in the packet, named so the person can leave it out."""

    def __init__(self, document_id: int, title: str, why: str) -> None:
        super().__init__(
            _(
                "“{title}” (document {id}) cannot be put in the packet: {why}. Leave it out of "
                "the packet (or replace it with a new copy) and export again."
            ).format(title=title, id=document_id, why=why)
        )
        self.document_id = document_id


def is_pdf(path: Path) -> bool:
    """Whether ``path`` is a PDF, as readers judge it (import stores PDFs with a header)."""
    return placing.has_header(path)


def stage(
    sources: dict[int, Path],
    paper: str,
    work: Path,
    *,
    level: ImageLevel | None = None,
    shrink: bool = False,
    clean_jpeg: JpegCleaner = bytes,
    titles: dict[int, str] | None = None,
    words: Mapping[int, Words] | None = None,
    turns: Mapping[int, Turns] | None = None,
) -> dict[int, Staged]:
    """Each document of ``sources`` ready for assembly, with its pages' ``words`` (by document)
    laid over them and its pages read turned (``turns``) shown so; ``titles`` name the one that
    is not."""
    staged: dict[int, Staged] = {}
    for doc_id, path in sources.items():
        found, turned = (words or {}).get(doc_id, {}), (turns or {}).get(doc_id, {})
        try:
            if is_pdf(path):
                out = work / f"doc-{doc_id}.pdf"
                staged[doc_id] = _stage_pdf(path, out, level, shrink, found, turned)
            else:
                out = work / f"image-{doc_id}.pdf"
                size = PAPER[paper]
                staged[doc_id] = _stage_image(path, size, work, level, out, clean_jpeg, turned)
                _add_words(out, found)
        except UserFacingError as exc:
            title = (titles or {}).get(doc_id, f"Document {doc_id}")
            raise UnplaceableError(doc_id, title, exc.message.rstrip(".")) from None
    return staged


def visual_size(page: pikepdf.Page) -> PageSize:
    return PageSize(*text_layer.visual_size(page))


def shrink_page(page: pikepdf.Page, factor: float = SHRINK_FACTOR) -> None:
    """Scale the page's content towards its visual top edge, freeing the band at its foot."""
    x0, y0, x1, y1 = (float(v) for v in page.cropbox)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    anchor = {0: (cx, y1), 90: (x0, cy), 180: (cx, y0), 270: (x1, cy)}
    ax, ay = anchor[text_layer.rotation(page)]
    tx, ty = (1 - factor) * ax, (1 - factor) * ay
    page.contents_add(
        f"q {factor:.4f} 0 0 {factor:.4f} {tx:.3f} {ty:.3f} cm\n".encode(), prepend=True
    )
    page.contents_add(b"\nQ\n")


def _stage_pdf(
    path: Path, changed: Path, level: ImageLevel | None, shrink: bool, words: Words, turns: Turns
) -> Staged:
    """The proven PDF, with its images reduced, its scanned pages turned upright and their
    words laid over them, or its pages shrunk, when asked; a copy that cannot be changed goes in
    as proven, rather than not at all."""
    placement = placing.place(path, changed.parent)
    with pikepdf.open(placement.path) as pdf:
        sizes = tuple(visual_size(page) for page in pdf.pages)
        if level is None and not shrink and not any(words.values()) and not turns:
            return Staged(placement.path, sizes, placement.how)
        try:
            if level is not None:
                reduce_pdf_images(pdf, level)
            for number, turn in turns.items():
                if number < len(pdf.pages):
                    pdf.pages[number].rotate(turn, relative=True)
            text_layer.add_text_layer(pdf, words, _scratch(changed), pictures=False)
            if shrink:
                for page in pdf.pages:
                    shrink_page(page)
            pdf.save(changed, fix_metadata_version=False)
            shown = tuple(visual_size(page) for page in pdf.pages)
        except placing.PDF_ERRORS:
            return Staged(placement.path, sizes, placement.how)
    if placing.problem(changed, changed.parent):
        return Staged(placement.path, sizes, placement.how)
    return Staged(changed, shown, placement.how)


def _add_words(staged: Path, words: Words) -> None:
    """The words laid over the pictures of an image document's staged pages."""
    if not any(words.values()):
        return
    with pikepdf.open(staged, allow_overwriting_input=True) as pdf:
        if text_layer.add_text_layer(pdf, words, _scratch(staged), pictures=True):
            pdf.save(staged)


def _scratch(staged: Path) -> Path:
    return staged.with_name(f"{staged.stem}-words.pdf")


def _stage_image(
    path: Path,
    size: tuple[float, float],
    work: Path,
    level: ImageLevel | None,
    out: Path,
    clean_jpeg: JpegCleaner,
    turns: Turns,
) -> Staged:
    """A picture as a PDF: its bytes passed through where they can be, else decoded anew."""
    try:
        _image_pdf(path, size, work, level, out, clean_jpeg, turns)
    except (*DECODER_ERRORS, struct.error, Image.DecompressionBombError, img2pdf.ImageOpenError):
        _decoded_image_pdf(path, size, work, out, turns)
    with pikepdf.open(out) as pdf:  # a photo's EXIF orientation may have turned its page
        return Staged(out, tuple(visual_size(page) for page in pdf.pages))


def _image_pdf(
    path: Path,
    size: tuple[float, float],
    work: Path,
    level: ImageLevel | None,
    out: Path,
    clean_jpeg: JpegCleaner,
    turns: Turns,
) -> None:
    """A PDF page per frame of ``path``, centred within the margins; JPEG bytes as they are.

    A photo stored sideways (EXIF orientation) or scanned sideways (``turns``) becomes a page
    rotated to show it upright; it is laid out on the paper turned, so that it shows as the
    paper, not across it. Other pictures are converted anyway, and are turned as they are."""
    turn = turns.get(0, 0)
    with Image.open(path) as img:
        if img.format == "JPEG":
            sideways = turn in (90, 270)
            smaller = reduce_jpeg(path.read_bytes(), max(size) / 72, level) if level else None
            if smaller is None:
                orientation = img.getexif().get(EXIF_ORIENTATION, 1)
                turn = (turn + TURNS.get(orientation, 0)) % 360
                sideways ^= orientation in SIDEWAYS
            if sideways:
                size = (size[1], size[0])
            sources = [_without_metadata(path, smaller, work, clean_jpeg)]
        else:
            turn, sources = 0, []
            for n, frame in enumerate(_pages(img)):
                sources.append(work / f"{path.name}-{n}.png")
                _turned(frame.convert("RGB"), turns.get(n, 0)).save(sources[-1])
    layout = img2pdf.get_layout_fun(size, border=(MARGIN, MARGIN), fit=img2pdf.FitMode.into)
    with out.open("wb") as fh:
        img2pdf.convert(*map(str, sources), layout_fun=layout, outputstream=fh)
    if turn:
        with pikepdf.open(out, allow_overwriting_input=True) as pdf:
            pdf.pages[0].rotate(turn, relative=False)
            pdf.save(out)


def _decoded_image_pdf(
    path: Path, size: tuple[float, float], work: Path, out: Path, turns: Turns
) -> None:
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
    layout = img2pdf.get_layout_fun(size, border=(MARGIN, MARGIN), fit=img2pdf.FitMode.into)
    with out.open("wb") as fh:
        img2pdf.convert(*map(str, sources), layout_fun=layout, outputstream=fh)


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
