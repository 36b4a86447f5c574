"""Getting each document ready for assembly: a PDF qpdf can read, and the size of every page.

PDFs are used as they are unless images must shrink for a budget or pages must shrink above the
stamp band; then a changed copy is written (pikepdf streams untouched data through, so this stays
cheap). An image document becomes a PDF with a page per frame, centred within the paper's
margins — clear of the stamp band — with a JPEG's picture passed through untouched (img2pdf
streams it into a one-page PDF; other images are converted to PNG first). A JPEG's metadata
(EXIF with GPS and camera, XMP, comments) goes through ``clean_jpeg``, which the caller supplies:
the picture data stays byte for byte, its orientation is kept as the page's rotation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image, ImageSequence

from desktop_app.domain.packet_budget import ImageLevel
from desktop_app.domain.packet_options import SHRINK_FACTOR
from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.packet.budget import reduce_jpeg, reduce_pdf_images
from desktop_app.packet.pages import MARGIN, PAPER
from desktop_app.packet.stamps import PageSize

EXIF_ORIENTATION = 0x0112
SIDEWAYS = {5, 6, 7, 8}
TURNS = {3: 180, 6: 90, 8: 270}  # EXIF orientation → clockwise page rotation
JpegCleaner = Callable[[bytes], bytes]


@dataclass(frozen=True)
class Staged:
    """``path`` holds the document's pages; ``sizes`` as they are shown."""

    path: Path
    sizes: tuple[PageSize, ...]


def is_pdf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"%PDF-"


def stage(
    sources: dict[int, Path],
    paper: str,
    work: Path,
    *,
    level: ImageLevel | None = None,
    shrink: bool = False,
    clean_jpeg: JpegCleaner = bytes,
) -> dict[int, Staged]:
    staged: dict[int, Staged] = {}
    images: list[tuple[int, Path]] = []
    for doc_id, path in sources.items():
        if is_pdf(path):
            staged[doc_id] = _stage_pdf(path, work / f"doc-{doc_id}.pdf", level, shrink)
        else:
            images.append((doc_id, path))
    if images:
        staged.update(_stage_images(images, paper, work, level, clean_jpeg))
    return staged


def visual_size(page: pikepdf.Page) -> PageSize:
    box = page.cropbox
    width, height = abs(float(box[2] - box[0])), abs(float(box[3] - box[1]))
    rotated = _rotation(page) in (90, 270)
    return PageSize(height, width) if rotated else PageSize(width, height)


def shrink_page(page: pikepdf.Page, factor: float = SHRINK_FACTOR) -> None:
    """Scale the page's content towards its visual top edge, freeing the band at its foot."""
    x0, y0, x1, y1 = (float(v) for v in page.cropbox)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    anchor = {0: (cx, y1), 90: (x0, cy), 180: (cx, y0), 270: (x1, cy)}
    ax, ay = anchor[_rotation(page)]
    tx, ty = (1 - factor) * ax, (1 - factor) * ay
    page.contents_add(
        f"q {factor:.4f} 0 0 {factor:.4f} {tx:.3f} {ty:.3f} cm\n".encode(), prepend=True
    )
    page.contents_add(b"\nQ\n")


def _rotation(page: pikepdf.Page) -> int:
    """The page's /Rotate as 0, 90, 180 or 270 (readers round odd values the same way)."""
    try:
        return int(page.obj.get("/Rotate", 0)) // 90 * 90 % 360
    except (TypeError, ValueError):
        return 0


def _stage_pdf(path: Path, changed: Path, level: ImageLevel | None, shrink: bool) -> Staged:
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        raise UserFacingError("A password-protected document cannot go in the packet.") from None
    except pikepdf.PdfError:
        raise UserFacingError("A damaged document cannot go in the packet.") from None
    with pdf:
        if not len(pdf.pages):
            raise UserFacingError("A document without pages cannot go in the packet.")
        if level is not None:
            reduce_pdf_images(pdf, level)
        if shrink:
            for page in pdf.pages:
                shrink_page(page)
        sizes = tuple(visual_size(page) for page in pdf.pages)
        if level is None and not shrink:
            return Staged(path, sizes)
        pdf.save(changed)
    return Staged(changed, sizes)


def _stage_images(
    images: list[tuple[int, Path]],
    paper: str,
    work: Path,
    level: ImageLevel | None,
    clean_jpeg: JpegCleaner,
) -> dict[int, Staged]:
    staged: dict[int, Staged] = {}
    for doc_id, path in images:
        out = work / f"image-{doc_id}.pdf"
        _image_pdf(path, PAPER[paper], work, level, out, clean_jpeg)
        with pikepdf.open(out) as pdf:  # a photo's EXIF orientation may have turned its page
            staged[doc_id] = Staged(out, tuple(visual_size(page) for page in pdf.pages))
    return staged


def _image_pdf(
    path: Path,
    size: tuple[float, float],
    work: Path,
    level: ImageLevel | None,
    out: Path,
    clean_jpeg: JpegCleaner,
) -> None:
    """A PDF page per frame of ``path``, centred within the margins; JPEG bytes as they are.

    A photo stored sideways (EXIF orientation) becomes a page rotated to show it upright; it is
    laid out on the paper turned, so that it shows as the paper, not across it."""
    turn = 0
    try:
        with Image.open(path) as img:
            if img.format == "JPEG":
                smaller = reduce_jpeg(path.read_bytes(), max(size) / 72, level) if level else None
                if smaller is None:
                    orientation = img.getexif().get(EXIF_ORIENTATION, 1)
                    turn = TURNS.get(orientation, 0)
                    if orientation in SIDEWAYS:
                        size = (size[1], size[0])
                sources = [_without_metadata(path, smaller, work, clean_jpeg)]
            else:
                sources = []
                for n, frame in enumerate(ImageSequence.Iterator(img)):
                    sources.append(work / f"{path.name}-{n}.png")
                    frame.convert("RGB").save(sources[-1])
        layout = img2pdf.get_layout_fun(size, border=(MARGIN, MARGIN), fit=img2pdf.FitMode.into)
        with out.open("wb") as fh:
            img2pdf.convert(*map(str, sources), layout_fun=layout, outputstream=fh)
        if turn:
            with pikepdf.open(out, allow_overwriting_input=True) as pdf:
                pdf.pages[0].rotate(turn, relative=False)
                pdf.save(out)
    except (*DECODER_ERRORS, Image.DecompressionBombError, img2pdf.ImageOpenError):
        raise UserFacingError("An image document could not be read.") from None


def _without_metadata(
    path: Path, smaller: bytes | None, work: Path, clean_jpeg: JpegCleaner
) -> Path:
    """The JPEG to embed: ``path`` itself when it carries no metadata (most scans), else a copy
    without it."""
    data = smaller if smaller is not None else path.read_bytes()
    cleaned = clean_jpeg(data)
    if smaller is None and len(cleaned) == len(data):
        return path
    copy = work / f"{path.name}-clean.jpg"
    copy.write_bytes(cleaned)
    return copy
