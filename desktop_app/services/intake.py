"""Taking dropped files and folders into the case, one transaction per file.

Each file is added whole or refused with a reason a person understands; one bad file never stops
the others. Files are recognised by their first bytes, not their names.
"""

from __future__ import annotations

import struct
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image

from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.services import documents
from desktop_app.store.casefile import CaseFile

MAX_BYTES = 500 * 1024 * 1024
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
REFUSED_SIGNATURES = (
    (b"PK\x03\x04", "this looks like a Word, Excel or ZIP file; save it as PDF first"),
    (b"\xd0\xcf\x11\xe0", "this is an old Office file; save it as PDF first"),
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class IntakeOutcome:
    path: Path
    status: str  # "added", "duplicate" or "refused"
    reason: str = ""
    document_id: int | None = None


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files in the order given, folders walked recursively in name order."""
    return [file for path in paths for file in _walk(Path(path))]


def take_in(
    case: CaseFile,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[IntakeOutcome]:
    files = expand(paths)
    outcomes: list[IntakeOutcome] = []
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        outcomes.append(_take_one(case, path))
        if progress is not None:
            progress(done + 1, len(files))
    return outcomes


def _take_one(case: CaseFile, path: Path) -> IntakeOutcome:
    try:
        media_type, pages = _recognise(path)
        added = documents.add_document(
            case, path, original_name=path.name, media_type=media_type, page_count=pages
        )
    except UserFacingError as exc:
        return IntakeOutcome(path, "refused", exc.message)
    except OSError as exc:
        return IntakeOutcome(path, "refused", f"it cannot be read ({exc.strerror or exc})")
    return IntakeOutcome(path, "added" if added.created else "duplicate", document_id=added.id)


def _recognise(path: Path) -> tuple[str, int]:
    size = path.stat().st_size
    if size == 0:
        raise UserFacingError("this file is empty")
    if size > MAX_BYTES:
        raise UserFacingError("this file is larger than 500 MB; split or compress it first")
    with path.open("rb") as fh:
        head = fh.read(16)
    for magic, reason in REFUSED_SIGNATURES:
        if head.startswith(magic):
            raise UserFacingError(reason)
    media_type = next((t for magic, t in SIGNATURES if head.startswith(magic)), None)
    if media_type is None:
        raise UserFacingError("this kind of file is not supported; use PDF, JPEG, PNG or TIFF")
    if media_type == "application/pdf":
        return media_type, _pdf_pages(path)
    return media_type, _image_frames(path)


def _pdf_pages(path: Path) -> int:
    try:
        with pikepdf.open(path) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError:
        raise UserFacingError(
            "this PDF is password-protected — open it and save an unprotected copy"
        ) from None
    except (pikepdf.PdfError, *DECODER_ERRORS):
        raise UserFacingError("this PDF is damaged or incomplete") from None
    if pages == 0:
        raise UserFacingError("this PDF has no pages")
    return pages


def _image_frames(path: Path) -> int:
    """Pages of an image (TIFFs can hold many), after checking its data decodes.

    Pillow's decompression-bomb guard (about 179 megapixels) is kept: a bigger picture is not a
    scan of a document, and opening it could exhaust memory. Pillow's warnings about odd but
    harmless metadata are not a reason to refuse a photo.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as img:
                frames = getattr(img, "n_frames", 1)
                img.verify()
        return frames
    except Image.DecompressionBombError:
        raise UserFacingError(
            "this image is too large to open safely; photograph or scan it at a lower resolution"
        ) from None
    except (*DECODER_ERRORS, struct.error):
        raise UserFacingError("this image is damaged or incomplete") from None


def _walk(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if not child.name.startswith("."):
                yield from _walk(child)
    else:
        yield path
