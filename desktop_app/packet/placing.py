"""Whether a PDF can go into a packet — proven the way the packet uses it — and what to use if not.

Opening a PDF proves little: the packet is assembled by one qpdf job that takes the pages and
lays a stamp over each one (``assembled``), and laying the stamp makes qpdf parse every content
stream, merge resources and flatten forms. Real-world PDFs that open fine fail there ("errors
while decoding content stream"). So a PDF is proven by running that very job on it, with a
stamp, at import (in the bounded reader process) and again when a packet is staged:

1. the job succeeds: the file is used as it is;
2. it fails, but qpdf's reconstruction (opening rebuilds a damaged cross-reference table and
   saving writes it whole) gives a file the job accepts: the repaired copy is used;
3. neither, but PDFium draws the pages: the original is kept, and the packet carries pictures
   of its pages (``render_pages``), which import and pre-flight say;
4. nothing can use it: it is refused with its reason.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import img2pdf
import pikepdf
import pypdfium2 as pdfium
from pikepdf import jbig2
from PIL import Image

from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.messages import N_, ngettext, translated
from desktop_app.packet.sanitize import FLATTEN_ARGS

AS_IS, REPAIRED, RENDERED = "as is", "repaired", "rendered"
RENDER_DPI = 200
THUMBNAIL_DPI = 9
MAX_RENDER_PIXELS = 30_000_000
JPEG_QUALITY = 85
RENDERED_NOTE = N_(
    "VisaCase cannot rewrite this PDF's pages, so the packet will carry pictures of them "
    "(their text cannot be selected there)"
)
REPAIRED_NOTE = N_("it was damaged and has been repaired")
UNUSABLE = N_(
    "this PDF is damaged beyond repair: neither VisaCase nor a PDF reader can show its pages"
)
LOCKED = N_("it is password-protected")
NO_PAGES = N_("it has no pages")
NO_HEADER = N_("it has no PDF header")
HEADER_WITHIN = 1024  # readers (Acrobat, PDFium, poppler) find "%PDF-" within the first kilobyte
IMPORT_REFUSALS = {
    LOCKED: N_("this PDF is password-protected — open it and save an unprotected copy"),
    UNUSABLE: N_("this PDF is damaged or incomplete"),
    NO_PAGES: N_("this PDF has no pages"),
}
PDF_ERRORS = (pikepdf.PikepdfError, RuntimeError, *DECODER_ERRORS)
PROOFS_KEPT = 512
_PROVEN: dict[tuple[str, int, int, int, int], str] = {}
"""The proofs run in this process, by the identity of the file proven (see ``problem``)."""

# qpdf reports each repair it makes; those notes are not for the person, whose answer is the
# file placed, repaired or refused. Without a handler here they would reach stderr through
# logging's last resort.
logging.getLogger("pikepdf").addHandler(logging.NullHandler())


class _Jbig2WhenInstalled(jbig2.JBIG2DecoderInterface):
    """pikepdf's JBIG2 decoder (the ``jbig2dec`` program), but a missing program is a decoding
    error of that image. pikepdf lets its ``DependencyError`` out of the C++ code with the
    Python error still set, and qpdf then logs its warning through Python's logging: that is
    the ``SystemError: <class 'logging.LogRecord'> returned a result with an exception set``
    an export crashed with. A decoding error is what qpdf and our callers already handle: the
    image is kept as it is, or left unreduced."""

    def __init__(self, decoder: jbig2.JBIG2DecoderInterface) -> None:
        self._decoder = decoder

    def check_available(self) -> None:
        """Always "available": a missing program shows as each image's decoding error."""

    def decode_jbig2(self, jbig2: bytes, jbig2_globals: bytes) -> bytes:
        try:
            return self._decoder.decode_jbig2(jbig2, jbig2_globals)
        except pikepdf.DependencyError as exc:
            raise pikepdf.DataDecodingError(f"JBIG2 image not decoded: {exc}") from None


if not isinstance(jbig2.get_decoder(), _Jbig2WhenInstalled):
    jbig2.set_decoder(_Jbig2WhenInstalled(jbig2.get_decoder()))


@dataclass(frozen=True)
class Placement:
    """The PDF to put in the packet (the original, a repaired copy or its pages as pictures)."""

    path: Path
    how: str

    @property
    def note(self) -> str:
        note = {REPAIRED: REPAIRED_NOTE, RENDERED: RENDERED_NOTE}.get(self.how, "")
        return translated(note) if note else ""


def place(path: Path, work: Path, *, draw: bool = True) -> Placement:
    """How ``path`` goes into a packet, using ``work`` for copies; or a refusal with a reason.
    With ``draw`` False, pages that must go in as pictures are only tried at a thumbnail's
    size, not drawn: the answer is then the original, with how it will be placed."""
    why = problem(path, work)
    if not why:
        return Placement(path, AS_IS)
    repaired = work / f"{path.name}-repaired.pdf"
    if why != LOCKED and _repair(path, repaired) and not problem(repaired, work):
        return Placement(repaired, REPAIRED)
    rendered = work / f"{path.name}-rendered.pdf"
    if draw and render_pages(path, rendered):  # e.g. a PDF whose encryption qpdf cannot read
        return Placement(rendered, RENDERED)
    if not draw and render_pages(path, rendered, dpi=THUMBNAIL_DPI):
        rendered.unlink()
        return Placement(path, RENDERED)
    raise UserFacingError(translated(why if why in (LOCKED, NO_PAGES) else UNUSABLE))


def problem(path: Path, work: Path) -> str:
    """What stops the packet's qpdf job on ``path``, or "" when its every page comes out.

    The answer is kept for as long as the file stays the same (path, inode, size, change
    time): an export asks at its pre-flight, again when staging, and again to name a culprit,
    and each proof is a qpdf job over the whole file."""
    key = _identity(path)
    if key not in _PROVEN:
        if len(_PROVEN) >= PROOFS_KEPT:
            _PROVEN.clear()
        _PROVEN[key] = _prove(path, work)
    return _PROVEN[key]


def _identity(path: Path) -> tuple[str, int, int, int, int]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)


def written_problem(path: Path, work: Path) -> str:
    """:func:`problem`, but with the proof's result also written out, as the packet is, and
    not kept: what names the culprit when an assembly failed after every proof passed."""
    return _prove(path, work, written=True)


def _prove(path: Path, work: Path, *, written: bool = False) -> str:
    """The packet's job on ``path``, all but writing its result (unless ``written``): taking
    the pages and laying the stamp is where real-world PDFs fail, and on the 66 real-world
    files of the test corpus the answers are the same, at a third of the cost."""
    if not has_header(path):  # qpdf reads it, but nothing else would take it for a PDF
        return NO_HEADER
    stamp = _proof_stamp(work)
    out = work / f"{path.name}-proof.pdf"
    try:
        with pikepdf.open(path) as pdf:
            pages = len(pdf.pages)
        if not pages:
            return NO_PAGES
        job = pikepdf.Job(_job_args([job_path(path), "1-z"], stamp, out, repeat=True))
        with job.create_pdf() as proof:
            if len(proof.pages) != pages:
                return "pages went missing"
            if written:
                proof.save(out)
        return ""
    except pikepdf.PasswordError:
        return LOCKED
    except PDF_ERRORS as exc:
        return str(exc) or type(exc).__name__
    finally:
        out.unlink(missing_ok=True)


def has_header(path: Path) -> bool:
    """Whether ``path`` is a PDF as readers judge it: "%PDF-" within its first kilobyte."""
    with path.open("rb") as fh:
        return b"%PDF-" in fh.read(HEADER_WITHIN)


@contextmanager
def assembled(page_args: list[str], stamps: Path, out: Path) -> Iterator[pikepdf.Pdf]:
    """The packet's qpdf job — the pages in order, each stamp page over its page, forms
    flattened — as a PDF in memory, to finish and save as ``out``: one pass writes the packet
    instead of a second reading it back. The sources are still read lazily — the job keeps them
    open until the end — so memory stays flat."""
    job = pikepdf.Job(_job_args(page_args, stamps, out, repeat=False))
    with job.create_pdf() as pdf:
        yield pdf


def job_path(path: Path) -> str:
    """``path`` as qpdf's job is given it: absolute, so that a file named ``-dash.pdf`` (or
    ``--linearize``) is read as a file and never as one of qpdf's options."""
    return os.path.abspath(path)


def _job_args(page_args: list[str], stamps: Path, out: Path, repeat: bool) -> list[str]:
    """``repeat`` lays the first stamp page over every page, as the proof does."""
    overlay = ["--overlay", job_path(stamps), *(["--repeat=1"] if repeat else []), "--"]
    args = ["qpdf", "--empty", "--pages", *page_args, "--", *overlay, *FLATTEN_ARGS]
    return [*args, "--no-warn", "--warning-exit-0", job_path(out)]


def render_pages(path: Path, out: Path, dpi: float = RENDER_DPI) -> bool:
    """``out``: a PDF of pictures of ``path``'s pages, each page its shown size; False when
    PDFium cannot draw them all."""
    pictures: list[bytes] = []
    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return False
    try:
        if not len(pdf):
            return False
        for page in pdf:
            width, height = page.get_size()
            scale = min(dpi / 72, (MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5)
            image = page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
            page.close()
            pictures.append(_jpeg(image, 72 * scale))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        return False
    finally:
        pdf.close()
    with out.open("wb") as fh:
        img2pdf.convert(pictures, outputstream=fh)
    return True


def for_import(path: Path, work: Path) -> tuple[Path, str]:
    """What import stores for ``path`` and what it tells the person: a repaired copy replaces
    the damaged original; a PDF that goes in as pictures is kept as it is (the pictures are
    made again for each packet)."""
    try:
        placement = place(path, work, draw=False)
    except UserFacingError as exc:
        said = next((r for w, r in IMPORT_REFUSALS.items() if translated(w) == exc.message), None)
        raise UserFacingError(translated(said) if said else exc.message) from None
    if placement.how == RENDERED and not has_header(path):  # no packet would take it as a PDF
        raise UserFacingError(translated(IMPORT_REFUSALS[UNUSABLE]))
    if placement.how == AS_IS and (pages := _pages_if_rebuilt(path)) is not None:
        return path, ngettext(
            "it is damaged and may be cut short: VisaCase finds {n} page in it; compare it "
            "with the original",
            "it is damaged and may be cut short: VisaCase finds {n} pages in it; compare it "
            "with the original",
            pages,
        ).format(n=pages)
    return (placement.path if placement.how == REPAIRED else path), placement.note


def _pages_if_rebuilt(path: Path) -> int | None:
    """How many pages qpdf found in ``path`` when it had to rebuild the file's table of
    objects to open it (a download or copy cut short ends without one), else None. Pages past
    the cut are simply gone, and the page tree is rebuilt from those left: nothing else would
    tell that the file held more."""
    with pikepdf.open(path) as pdf:
        pages = len(pdf.pages)
        rebuilt = any("file is damaged" in warning for warning in pdf.get_warnings())
    return pages if rebuilt else None


def _jpeg(image: Image.Image, dpi: float) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, dpi=(dpi, dpi))
    return buffer.getvalue()


def _repair(path: Path, out: Path) -> bool:
    """qpdf's reconstruction: opening rebuilds what it can, saving writes it out whole."""
    try:
        with pikepdf.open(path) as pdf:
            pdf.save(out, fix_metadata_version=False)  # a damaged XMP packet stays as it is
    except PDF_ERRORS:
        return False
    return True


def _proof_stamp(work: Path) -> Path:
    """A one-page stamp with text in a font, as the packet's stamps have, so that the overlay
    merges resources into the page as it will for real."""
    stamp = work / "proof-stamp.pdf"
    if stamp.exists():
        return stamp
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(612, 792))
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    page = pdf.pages[0]
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.Contents = pdf.make_stream(b"q 1 1 1 rg 0 0 612 40 re f Q BT /F1 9 Tf 20 20 Td (1) Tj ET")
    pdf.save(stamp)
    return stamp
