"""Assembling the packet PDF from the plan: pages in order, stamps, bookmarks, clean metadata.

Source PDFs are opened once and their pages copied; images become one-page PDFs with the JPEG
bytes passed through untouched. The result is written to a temporary file beside the target and
renamed into place, so a crash never leaves half a packet where the user expects a whole one.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image, ImageSequence
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.packet.pages import MARGIN, PAPER, CoverFacts, draw_generated, draw_stamps

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelledError(UserFacingError):
    """The user pressed Cancel; nothing was written."""


@dataclass(frozen=True)
class BuiltPacket:
    path: Path
    pages: int
    size: int
    sha256: str


def build_packet(
    plan: PacketPlan,
    sources: dict[int, Path],
    facts: CoverFacts,
    target: Path,
    *,
    paper: str = "letter",
    ident: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BuiltPacket:
    target = Path(target)
    if target.resolve() in {p.resolve() for p in sources.values()}:
        raise UserFacingError("Choose another file name: that one is a document of the packet.")
    with tempfile.TemporaryDirectory(prefix="visacase-packet-") as tmp, ExitStack() as stack:
        work = Path(tmp)
        generated_pdf = work / "generated.pdf"
        numbers = draw_generated(plan, facts, paper, generated_pdf)
        generated = stack.enter_context(pikepdf.open(generated_pdf))
        by_number = dict(zip(numbers, generated.pages, strict=True))
        opened: dict[int, pikepdf.Pdf] = {}
        out = stack.enter_context(pikepdf.new())
        for n, page in enumerate(plan.pages):
            if cancelled is not None and cancelled():
                raise ExportCancelledError("The export was cancelled; nothing was written.")
            if page.role == "document":
                assert page.document_id is not None
                if page.document_id not in opened:
                    opened[page.document_id] = stack.enter_context(
                        _open_source(sources[page.document_id], paper, work)
                    )
                source = opened[page.document_id]
                if page.source_page >= len(source.pages):
                    raise UserFacingError(
                        f"A document for '{page.label}' has fewer pages than recorded; "
                        "remove it and add it again."
                    )
                out.pages.append(source.pages[page.source_page])
            else:
                out.pages.append(by_number[page.number])
            if progress is not None:
                progress(n + 1, plan.page_count + 1)
        _stamp(out, plan, ident, work)
        _bookmarks(out, plan)
        _clean_metadata(out, facts.title)
        partial = target.with_name(f".{target.name}.part")
        out.save(partial, deterministic_id=True)
    os.replace(partial, target)
    data_hash = hashlib.sha256(target.read_bytes()).hexdigest()
    return BuiltPacket(target, plan.page_count, target.stat().st_size, data_hash)


def _open_source(path: Path, paper: str, work: Path) -> pikepdf.Pdf:
    with path.open("rb") as fh:
        head = fh.read(5)
    if head == b"%PDF-":
        try:
            return pikepdf.open(path)
        except pikepdf.PasswordError:
            raise UserFacingError(
                f"{path.name} is password-protected and cannot go in the packet."
            ) from None
    return pikepdf.open(_image_page(path, paper, work))


def _image_page(path: Path, paper: str, work: Path) -> Path:
    """A PDF with one page per image frame; a JPEG's bytes go in as they are."""
    width, height = PAPER[paper]
    out = work / f"{path.name}-image.pdf"
    canvas = Canvas(str(out), pagesize=(width, height), invariant=1)
    try:
        with Image.open(path) as img:
            for n, frame in enumerate(ImageSequence.Iterator(img)):
                source = path
                if img.format != "JPEG":
                    source = work / f"{path.name}-{n}.png"
                    frame.convert("RGB").save(source)
                scale = min(
                    (width - 2 * MARGIN) / frame.width, (height - 2 * MARGIN) / frame.height
                )
                draw_w, draw_h = frame.width * scale, frame.height * scale
                canvas.drawImage(
                    str(source), (width - draw_w) / 2, (height - draw_h) / 2, draw_w, draw_h
                )
                canvas.showPage()
    except (*DECODER_ERRORS, Image.DecompressionBombError):
        raise UserFacingError(f"Document {path.name} could not be read as an image.") from None
    canvas.save()
    return out


def _stamp(out: pikepdf.Pdf, plan: PacketPlan, ident: str, work: Path) -> None:
    sizes = []
    for page in out.pages:
        box = page.mediabox
        width, height = float(box[2] - box[0]), float(box[3] - box[1])
        sizes.append((height, width) if int(page.get("/Rotate", 0)) % 180 else (width, height))
    stamps_pdf = work / "stamps.pdf"
    draw_stamps(plan, sizes, ident, stamps_pdf)
    with pikepdf.open(stamps_pdf) as stamps:
        for page, stamp in zip(out.pages, stamps.pages, strict=True):
            page.add_overlay(stamp)


def _bookmarks(out: pikepdf.Pdf, plan: PacketPlan) -> None:
    with out.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Cover sheet", 0))
        if plan.letter_document is not None:
            first = next(p.number for p in plan.pages if p.document_id == plan.letter_document)
            outline.root.append(pikepdf.OutlineItem("221(g) letter", first - 1))
        index = next(p.number for p in plan.pages if p.role == "index")
        outline.root.append(pikepdf.OutlineItem("Index", index - 1))
        for section in plan.sections:
            item = pikepdf.OutlineItem(
                f"{section.letter} — {section.title}", section.first_page - 1
            )
            for _doc_id, title, first, _last in section.documents:
                item.children.append(pikepdf.OutlineItem(title, first - 1))
            outline.root.append(item)


def _clean_metadata(out: pikepdf.Pdf, title: str) -> None:
    """Only what the case says: a title and the producer. No paths, authors or XMP from inputs."""
    for key in list(out.docinfo.keys()):
        del out.docinfo[key]
    out.docinfo["/Title"] = f"Resubmission packet — {title}"
    out.docinfo["/Producer"] = "VisaCase"
    for key in ("/Metadata", "/AcroForm", "/OpenAction", "/Names", "/AA"):
        if key in out.Root:
            del out.Root[key]
