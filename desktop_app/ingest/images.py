"""Scans and phone photos: checked once at import, and made ready for the packet.

A packet is a PDF, and a PDF can carry JPEG, PNG and TIFF pictures but not HEIC, WebP or AVIF.
Rather than transcoding on every export (about a second per 12 MP HEIC photo), such photos are
converted once, here, to JPEG. The same happens to any picture whose EXIF says "rotate me": the
stored picture is upright, so the packet, the preview and OCR all see what the person saw on their
phone. Converted pictures carry no EXIF at all, so no GPS position or camera serial number ever
reaches the case file's packet. Pictures already upright are kept byte for byte (a scanner's JPEG
goes into the packet as it is); PNG stays PNG, because screenshots of status pages are sharper
lossless.

Size policy: phones with 200 MP sensors save 12-50 MP pictures unless their "full resolution"
mode is chosen, and a page scanned at 600 dpi is 35 MP. A genuine full-resolution phone photo is
a JPEG, and a JPEG can be decoded at a half, quarter or eighth of its size for little time and
memory ("draft" mode); so JPEGs up to 250 MP are taken, and any JPEG over 50 MP is stored
downscaled to at most 50 MP — still 600 dpi on a letter page. Other pictures keep Pillow's
decompression-bomb guard (about 179 MP): a PNG or TIFF that big is far more likely hostile than
a document, and it cannot be decoded at a reduced size, so it is refused with a way out. Pictures
converted here are also downscaled to at most 50 MP.

A converted picture carries one JPEG comment: the SHA-256 of the file it was converted from. Two
different photos can decode to the same pixels (a burst, a HEIC whose primary image is the same
and whose other images differ), and the case knows a document by its stored bytes: without the
comment they would count as one. The packet drops JPEG comments with the other metadata.
"""

from __future__ import annotations

import functools
import hashlib
import io
import struct
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence

from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.ingest import jpeg_proof, sniff
from desktop_app.ingest.pdf_file import MAX_PAGES
from desktop_app.messages import N_, _, translated

ORIENTATION = 0x0112
MAX_STORED_PIXELS = 50_000_000
MAX_JPEG_PIXELS = 250_000_000
BOMB_PIXELS = 2 * Image.MAX_IMAGE_PIXELS  # Pillow refuses, rather than warns, at twice its limit
CHECK_DECODE_PIXELS = 60_000_000
JPEG_QUALITY = 90
MEDIA_TYPES = {
    sniff.JPEG: "image/jpeg",
    sniff.PNG: "image/png",
    sniff.TIFF: "image/tiff",
    sniff.WEBP: "image/webp",
    sniff.HEIF: "image/heic",
    sniff.AVIF: "image/avif",
}
FORMAT_NAMES = {
    sniff.WEBP: "WebP",
    sniff.HEIF: "HEIC",
    sniff.AVIF: "AVIF",
    "MPO": N_("multi-picture JPEG"),
}


@dataclass(frozen=True)
class ImageFile:
    """What import needs to know about a picture, and the bytes to store if they changed."""

    media_type: str
    pages: int
    converted: bytes | None = None
    note: str = ""


def read_image(source: bytes | Path, fmt: str) -> ImageFile:
    """Check a picture decodes and make it packet-ready; refuse it with a reason otherwise."""
    limit = MAX_JPEG_PIXELS if fmt == sniff.JPEG else BOMB_PIXELS
    if fmt in (sniff.HEIF, sniff.AVIF):
        _open_heif()
    try:
        with warnings.catch_warnings(), _bomb_limit(limit):
            warnings.simplefilter("ignore")
            return _prepare(source, fmt)
    except Image.DecompressionBombError:
        raise UserFacingError(
            _(
                "this image is too large to open safely (more than {megapixels} megapixels); take "
                "the photo at your phone's normal resolution or scan it at 300 dpi"
            ).format(megapixels=f"{limit / 1_000_000:.0f}")
        ) from None
    except MemoryError:
        raise  # past the reader's memory bound: refused as such, not as damaged
    except (*DECODER_ERRORS, RuntimeError):
        raise UserFacingError(_("this image is damaged or incomplete")) from None


def _prepare(source: bytes | Path, fmt: str) -> ImageFile:
    def open_image() -> Image.Image:
        return Image.open(_opened(source))

    with open_image() as img:
        frames = getattr(img, "n_frames", 1) if fmt == sniff.TIFF else 1
        if frames > MAX_PAGES:
            raise UserFacingError(
                _(
                    "this TIFF has {pages} pages; VisaCase takes up to {most} per file — split it "
                    "into the documents you need"
                ).format(pages=f"{frames:,}", most=f"{MAX_PAGES:,}")
            )
        is_jpeg = img.format in ("JPEG", "MPO")
        multi_picture = img.format == "MPO"
        width, height = img.size
        rotated = _check_frames(img, frames, decode=not is_jpeg)
        if is_jpeg:
            jpeg_proof.prove(img, source)
    if is_jpeg and not multi_picture and width * height > MAX_STORED_PIXELS:
        with open_image() as img:
            stored = _as_jpeg(img, _origin(source))
        note = _("downscaled from {megapixels} to at most 50 megapixels").format(
            megapixels=width * height // 1_000_000
        )
        return ImageFile("image/jpeg", 1, stored, note)
    if fmt in (sniff.WEBP, sniff.HEIF, sniff.AVIF) or multi_picture:
        name = FORMAT_NAMES[fmt if fmt in FORMAT_NAMES else "MPO"]
        with open_image() as img:
            converted = _as_jpeg(img, _origin(source))
        note = _("converted from {format} to JPEG").format(format=translated(name))
        return ImageFile("image/jpeg", 1, converted, note)
    if not rotated:
        return ImageFile(MEDIA_TYPES[fmt], frames)
    note = _("turned upright as its EXIF orientation asks")
    with open_image() as img:
        if fmt == sniff.JPEG:
            return ImageFile("image/jpeg", 1, _as_jpeg(img, _origin(source)), note)
        pages = [upright(frame) for frame in ImageSequence.Iterator(img)]
    out = io.BytesIO()
    if fmt == sniff.PNG:
        pages[0].save(out, "PNG")
    else:
        pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw")
    return ImageFile(MEDIA_TYPES[fmt], frames, out.getvalue(), note)


def _check_frames(img: Image.Image, frames: int, *, decode: bool) -> bool:
    """Whether any frame asks to be turned; decodes each frame (when asked) so truncated
    pictures are refused now, not at export. Very large frames are only opened, to keep memory
    bounded; JPEGs are proven separately, by ``jpeg_proof``."""
    rotated = False
    for n in range(frames):
        img.seek(n)
        rotated = rotated or _orientation(img) != 1
        if decode and img.width * img.height <= CHECK_DECODE_PIXELS:
            img.load()
    return rotated


def _as_jpeg(img: Image.Image, origin: str) -> bytes:
    if img.format in ("JPEG", "MPO"):
        img.draft("RGB", _fit(img.size))
    turned = upright(img)
    if turned.mode in ("RGBA", "LA", "PA", "P") and turned.has_transparency_data:
        rgba = turned.convert("RGBA")
        turned = Image.new("RGB", rgba.size, "white")
        turned.paste(rgba, mask=rgba.getchannel("A"))
    flat = turned.convert("L" if turned.mode in ("1", "L", "I;16") else "RGB")
    flat.thumbnail(_fit(flat.size))
    out = io.BytesIO()
    flat.save(out, "JPEG", quality=JPEG_QUALITY, comment=f"converted from sha256:{origin}")
    return out.getvalue()


def _origin(source: bytes | Path) -> str:
    """The SHA-256 of the file as it was dropped."""
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest()
    with Path(source).open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


@functools.cache
def _open_heif() -> None:
    """Teach Pillow HEIC (and AVIF) once, when a photo needs it: loading the library costs the
    reader 10-20 ms of its start-up, and most imports bring no such photo."""
    import pillow_heif

    pillow_heif.register_heif_opener()


@contextmanager
def _bomb_limit(pixels: int) -> Iterator[None]:
    """Pillow's bomb guard set to refuse above ``pixels`` while one picture is read. The guard is
    a module setting; import reads pictures one at a time, in the reader process."""
    saved = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = pixels // 2
    try:
        yield
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def upright(frame: Image.Image) -> Image.Image:
    """A copy of the frame turned as its EXIF asks, with no EXIF left on it; as it is when its
    EXIF cannot be read to the end (a block cut short by an editor or a messenger)."""
    try:
        turned = ImageOps.exif_transpose(frame)
    except (struct.error, SyntaxError, ValueError, KeyError, TypeError):
        turned = frame.copy()
    turned.info.pop("exif", None)
    return turned


def _orientation(frame: Image.Image) -> int:
    return int(frame.getexif().get(ORIENTATION, 1) or 1)


def _fit(size: tuple[int, int]) -> tuple[int, int]:
    width, height = size
    scale = max(1.0, (width * height / MAX_STORED_PIXELS) ** 0.5)
    return max(1, int(width / scale)), max(1, int(height / scale))


def _opened(source: bytes | Path) -> io.BytesIO | Path:
    return io.BytesIO(source) if isinstance(source, bytes) else source
