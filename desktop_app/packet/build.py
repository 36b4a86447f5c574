"""Assembling one packet PDF from its plan: pages in order, stamps, links, bookmarks, clean.

The pages are put together by one in-process qpdf job (``pikepdf.Job`` with ``--pages`` and
``--overlay``): qpdf reads the sources lazily, so memory stays flat however big the packet, and
JPEG streams pass through byte for byte. The job's result is finished in memory before it is
written, in the same pass: bookmarks and index links (which must point at the assembled pages)
are added and everything but the title is stripped from the inputs' metadata. The result is
written to a hidden file beside the target and renamed into place, so a crash never leaves half
a packet where the user expects a whole one, and a source document is never the target.

The same packet is the same bytes (the file identifier qpdf would make up is derived from the
content instead): qpdf's own ``deterministic_id`` takes an MD5 pass over the whole file, which
cost twice the writing itself, so the packet is written with qpdf's placeholder identifier and
the one pass that takes its SHA-256 fills in an identifier derived from that hash.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import astuple, dataclass
from pathlib import Path

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.errors import UserFacingError
from desktop_app.messages import _
from desktop_app.packet import placing
from desktop_app.packet.links import add_bookmarks, add_index_links
from desktop_app.packet.pages import PAPER, CoverFacts, draw_generated
from desktop_app.packet.sanitize import sanitize
from desktop_app.packet.sources import Staged, UnplaceableError
from desktop_app.packet.stamps import PageSize, draw_stamps

PLACEHOLDER_ID = b"<31415926535897932384626433832795>" * 2
"""The trailer's /ID as qpdf writes it with ``static_id``: both halves its fixed test value."""
TRAILER_WITHIN = 1 << 16
"""The trailer, with the /ID, is in the last bytes qpdf writes."""
CHUNK = 1 << 20
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
    staged: dict[int, Staged],
    facts: CoverFacts,
    target: Path,
    work: Path,
    *,
    paper: str = "letter",
    ident: str = "",
    cancelled: Cancelled | None = None,
) -> BuiltPacket:
    """Write ``plan`` to ``target`` from ``staged`` documents, using ``work`` for scratch files."""
    target = Path(target)
    if target.resolve() in {s.path.resolve() for s in staged.values()}:
        raise UserFacingError(_("Choose another file name: that one is a document of the packet."))
    sizes = _page_sizes(plan, staged, PageSize(*PAPER[paper]))
    generated = work / f"generated-{plan.part}.pdf"
    blanks = {p.number: astuple(sizes[p.number - 1]) for p in plan.pages if p.role == "blank"}
    numbers, links = draw_generated(plan, facts, paper, generated, blanks)
    where = dict(zip(numbers, range(1, len(numbers) + 1), strict=True))
    pages = [
        (staged[p.document_id].path, staged[p.document_id].first + p.source_page + 1)
        if p.document_id is not None
        else (generated, where[p.number])
        for p in plan.pages
    ]
    stamps = work / f"stamps-{plan.part}.pdf"
    draw_stamps(plan, sizes, ident, stamps)
    _stop_if(cancelled)
    partial = target.with_name(f".{target.name}.part")
    try:
        with placing.assembled(_page_args(pages), stamps, partial) as out:
            if len(out.pages) != plan.page_count:
                raise UserFacingError(
                    _("The packet came out with the wrong number of pages; nothing was written.")
                )
            sanitize(out, _title(facts.title, plan))
            add_bookmarks(out, plan)
            add_index_links(out, links)
            _stop_if(cancelled)
            if "/ID" in out.trailer:
                del out.trailer.ID
            out.save(partial, static_id=True)
    except OSError:  # a full disk, not a document's fault: said as such by the caller
        raise
    except placing.PDF_ERRORS:
        partial.unlink(missing_ok=True)
        raise _culprit(plan, staged, work) from None
    digest = _identified(partial)
    os.replace(partial, target)
    return BuiltPacket(target, plan.page_count, target.stat().st_size, digest)


def _identified(path: Path) -> str:
    """Fill in the file identifier of ``path`` (saved with qpdf's placeholder) from a hash of
    its content, and return the SHA-256 of the file as it then is, reading it once."""
    with path.open("r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        tail_at = fh.seek(max(0, size - TRAILER_WITHIN))
        tail = fh.read()
        at = tail.rfind(PLACEHOLDER_ID)
        if at < 0:
            raise RuntimeError("qpdf wrote the packet without its placeholder identifier")
        fh.seek(0)
        head = hashlib.sha256()
        left = tail_at + at
        while left:
            chunk = fh.read(min(CHUNK, left))
            if not chunk:
                raise OSError(0, "the packet shrank while it was being read")
            head.update(chunk)
            left -= len(chunk)
        content = head.copy()
        content.update(tail[at:])
        ident = b"<%s>" % content.hexdigest()[:32].encode()
        fh.seek(tail_at + at)
        fh.write(ident * 2)
    head.update(ident * 2 + tail[at + len(PLACEHOLDER_ID) :])
    return head.hexdigest()


def _culprit(plan: PacketPlan, staged: dict[int, Staged], work: Path) -> UserFacingError:
    """The error naming the document that stopped the assembly (each was proven when staged,
    so this is rare), or a general one if each still passes alone."""
    titles = {e.document_id: e.title for e in plan.documents() if e.document_id is not None}
    for doc_id, source in staged.items():
        why = placing.written_problem(source.path, work)
        if why:
            return UnplaceableError(doc_id, titles.get(doc_id, f"Document {doc_id}"), why)
    return UserFacingError(_("The packet could not be put together; nothing was written."))


def _page_sizes(plan: PacketPlan, staged: dict[int, Staged], paper: PageSize) -> list[PageSize]:
    """Each output page's visual size: the source's, the paper's, or for a duplex blank the
    size of the page before it."""
    sizes: list[PageSize] = []
    for page in plan.pages:
        if page.document_id is not None:
            source = staged[page.document_id]
            if page.source_page >= len(source.sizes):
                raise UserFacingError(
                    _(
                        "A document for '{label}' has fewer pages than recorded; remove it and "
                        "add it again."
                    ).format(label=page.label)
                )
            sizes.append(source.sizes[page.source_page])
        else:
            sizes.append(sizes[-1] if page.role == "blank" and sizes else paper)
    return sizes


def _page_args(pages: list[tuple[Path, int]]) -> list[str]:
    """``file range`` pairs for qpdf, consecutive pages of one file merged into one range."""
    runs: list[list[object]] = []
    for path, number in pages:
        if runs and runs[-1][0] == path and runs[-1][2] == number - 1:
            runs[-1][2] = number
        else:
            runs.append([path, number, number])
    args: list[str] = []
    for path, first, last in runs:
        args += [placing.job_path(path), f"{first}" if first == last else f"{first}-{last}"]
    return args


def _title(case_title: str, plan: PacketPlan) -> str:
    part = f" (part {plan.part} of {plan.parts})" if plan.parts > 1 else ""
    return f"Resubmission packet — {case_title}{part}"


def _stop_if(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelledError(_("The export was cancelled; nothing was written."))
