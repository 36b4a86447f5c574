"""Getting each document ready for assembly: a PDF qpdf can read, and the size of every page.

Each PDF is first proven by the packet's own qpdf job (``placing.place``): one that fails it is
repaired, or its pages go in as pictures. PDFs are then used as they are unless images must
shrink for a budget or pages must shrink above the stamp band; then a changed copy is written
(pikepdf streams untouched data through, so this stays cheap). Image documents become pages of
PDFs shared by several of them (``pictures``); should img2pdf refuse a picture of a batch, its
documents are written one by one, the refused one decoded anew. A document that still cannot be
placed is named in the refusal.

The words recognised on a scanned page, when the case has them, are laid over it as an invisible
text layer (``text_layer``) while it is staged, before any shrink, so the packet can be searched;
a page that was read turned (scanned sideways or upside down) is shown turned upright.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from desktop_app.domain.packet_budget import ImageLevel
from desktop_app.domain.packet_options import SHRINK_FACTOR
from desktop_app.errors import UserFacingError
from desktop_app.messages import _
from desktop_app.packet import pictures, placing, text_layer
from desktop_app.packet.budget import reduce_pdf_images
from desktop_app.packet.pages import PAPER
from desktop_app.packet.pictures import JpegCleaner, Pictures, Turns, Words
from desktop_app.packet.stamps import PageSize


@dataclass(frozen=True)
class Staged:
    """``path`` holds the document's pages from its page ``first`` on (counted from 0);
    ``sizes`` as they are shown; ``how`` it was placed (``placing.AS_IS``, ``REPAIRED`` or
    ``RENDERED``)."""

    path: Path
    sizes: tuple[PageSize, ...]
    how: str = placing.AS_IS
    first: int = 0


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
    batch: list[tuple[int, Pictures]] = []
    batched = 0
    for doc_id, path in sources.items():
        turned = (turns or {}).get(doc_id, {})
        with _named(doc_id, titles):
            if is_pdf(path):
                out = work / f"doc-{doc_id}.pdf"
                found = (words or {}).get(doc_id, {})
                staged[doc_id] = _stage_pdf(path, out, level, shrink, found, turned)
                continue
            batch.append(
                (doc_id, pictures.prepare(path, PAPER[paper], work, level, clean_jpeg, turned))
            )
        batched += batch[-1][1].bytes
        if batched >= pictures.BATCH_BYTES:
            staged.update(_stage_pictures(batch, work, words or {}, turns or {}, titles))
            batch, batched = [], 0
    staged.update(_stage_pictures(batch, work, words or {}, turns or {}, titles))
    return staged


@contextmanager
def _named(doc_id: int, titles: dict[int, str] | None) -> Iterator[None]:
    """A refusal of document ``doc_id`` as the refusal naming it."""
    try:
        yield
    except UserFacingError as exc:
        title = (titles or {}).get(doc_id, f"Document {doc_id}")
        raise UnplaceableError(doc_id, title, exc.message.rstrip(".")) from None


def _stage_pictures(
    batch: list[tuple[int, Pictures]],
    work: Path,
    words: Mapping[int, Words],
    turns: Mapping[int, Turns],
    titles: dict[int, str] | None,
) -> dict[int, Staged]:
    """The image documents of ``batch`` staged in one file; should img2pdf refuse a picture of
    it, each document on its own, the refused one decoded anew."""
    if not batch:
        return {}
    try:
        return _written(batch, work, words)
    except pictures.BATCH_REFUSED:
        pass
    staged: dict[int, Staged] = {}
    for doc_id, found in batch:
        with _named(doc_id, titles):
            try:
                staged.update(_written([(doc_id, found)], work, words))
            except pictures.REFUSED:
                if found.decoded:
                    raise
                again = pictures.decoded(found.path, found.paper, work, turns.get(doc_id, {}))
                staged.update(_written([(doc_id, again)], work, words))
    return staged


def _written(
    batch: list[tuple[int, Pictures]], work: Path, words: Mapping[int, Words]
) -> dict[int, Staged]:
    out = work / f"image-{batch[0][0]}.pdf"
    placed = pictures.write([p for _, p in batch], [words.get(i, {}) for i, _ in batch], out)
    return {
        doc_id: Staged(out, sizes, first=first)
        for (doc_id, _), (first, sizes) in zip(batch, placed, strict=True)
    }


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


def _scratch(staged: Path) -> Path:
    return staged.with_name(f"{staged.stem}-words.pdf")
