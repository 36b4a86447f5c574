"""Pre-flight of a packet: what to fix or know before building it, without building it.

``preflight(case, options)`` is what the window and ``visacase export --preflight`` show; the
export itself runs the same checks (``gather``) on the files it has already staged and prints
the findings as warnings.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from desktop_app.domain import preflight as checks
from desktop_app.domain.kind_reading import EMAIL_TYPES
from desktop_app.domain.packet_budget import fits
from desktop_app.domain.packet_options import PacketOptions
from desktop_app.errors import DECODER_ERRORS, InvalidInputError, UserFacingError
from desktop_app.messages import _
from desktop_app.packet import placing
from desktop_app.packet.budget import Inventory, inventory
from desktop_app.packet.crowding import crowded_pages
from desktop_app.packet.sources import is_pdf
from desktop_app.services import documents, notices, page_words, timeline
from desktop_app.services.documents import DocumentView
from desktop_app.services.email_pages import write_packet_inputs
from desktop_app.store.casefile import CaseFile

PACKABLE = ("application/pdf", "image/jpeg", "image/png", "image/tiff", *EMAIL_TYPES)
"""What can go in a packet: PDFs, pictures, and emails (drawn as pages)."""


@dataclass(frozen=True)
class Gathered:
    findings: list[checks.Finding]
    readable: dict[int, Path]
    inventories: dict[int, Inventory]


def chosen_documents(case: CaseFile, options: PacketOptions) -> list[DocumentView]:
    """The case's PDF, image and email documents, or those of ``options.document_ids``, less those
    ``options.excluded`` leaves out."""
    wanted = options.document_ids
    every = documents.list_documents(case)
    unknown = sorted(set(options.excluded) - {d.id for d in every})
    if unknown:
        raise InvalidInputError(
            _("There is no document {id} in this case to leave out.").format(id=unknown[0])
        )
    named = sorted(set(wanted or ()) - {d.id for d in every})
    if named:  # a typed id: the packet would quietly go without the document meant
        raise InvalidInputError(_("There is no document {id} in this case.").format(id=named[0]))
    chosen = [
        d
        for d in every
        if d.media_type in PACKABLE
        and (wanted is None or d.id in wanted)
        and d.id not in options.excluded
    ]
    if not chosen:
        raise InvalidInputError(_("There are no PDF or image documents to put in a packet yet."))
    return chosen


def preflight(
    case: CaseFile, options: PacketOptions | None = None, today: dt.date | None = None
) -> list[checks.Finding]:
    options = options or PacketOptions()
    docs = chosen_documents(case, options)
    with tempfile.TemporaryDirectory(prefix="visacase-preflight-") as tmp:
        paths = write_packet_inputs(case, docs, Path(tmp), options.paper)
        return gather(case, docs, paths, options, today).findings


def gather(
    case: CaseFile,
    docs: list[DocumentView],
    paths: dict[int, Path],
    options: PacketOptions,
    today: dt.date | None = None,
) -> Gathered:
    """Check the staged copies ``paths`` of ``docs``; returns the findings and what can be used.
    The 221(g) reply deadline is checked as of ``today`` (default: the real today)."""
    today = today or dt.date.today()
    unreadable: list[tuple[str, str]] = []
    readable: dict[int, Path] = {}
    rendered: list[str] = []
    for doc in docs:
        try:
            placement = _placement(paths[doc.id])
        except UserFacingError as exc:
            unreadable.append((doc.title, _("{why}; it is left out").format(why=exc.message)))
            continue
        readable[doc.id] = placement.path
        if placement.how == placing.RENDERED:
            rendered.append(doc.title)
    inventories = (
        {doc_id: inventory(path) for doc_id, path in readable.items()} if options.max_bytes else {}
    )
    total = sum(path.stat().st_size for path in readable.values())
    wanted = set(readable)
    titles = {d.id: d.title for d in docs}
    crowded = (
        ()
        if options.shrink
        else tuple(
            (titles[doc_id], tuple(pages))
            for doc_id, path in readable.items()
            if is_pdf(path) and (pages := crowded_pages(path))
        )
    )
    items = notices.list_requested_items(case)
    left_out = set(options.excluded)
    facts = checks.PreflightFacts(
        missing_items=tuple(
            i.label for i in items if not set(i.document_ids) & (wanted | left_out)
        ),
        excluded_answers=_excluded_answers(case, items, wanted, left_out),
        unreadable=tuple(unreadable),
        rendered=tuple(rendered),
        crowded=crowded,
        undated=tuple(d.title for d in docs if d.document_date is None and d.id in wanted),
        unsearchable=tuple(titles[i] for i in page_words.without_words(case, wanted)),
        shrunk_pages=sum(max(d.page_count, 1) for d in docs if d.id in wanted and _is_pdf(d))
        if options.shrink
        else 0,
        estimated_bytes=total,
        budget=options.max_bytes
        if options.max_bytes and not fits(total, options.max_bytes)
        else None,
        reply=next((d for d in timeline.deadlines(case, today) if d.key == "reply"), None),
        today=today,
    )
    return Gathered(checks.check(facts), readable, inventories)


def _excluded_answers(
    case: CaseFile,
    items: list[notices.RequestedItemView],
    wanted: set[int],
    left_out: set[int],
) -> tuple[tuple[str, str, bool], ...]:
    """(document title, requested item, whether another document still answers it) for each
    left-out document that answers a requested item."""
    if not left_out:
        return ()
    titles = {d.id: d.title for d in documents.list_documents(case)}
    return tuple(
        (titles[doc_id], item.label, bool(set(item.document_ids) & wanted))
        for item in items
        for doc_id in item.document_ids
        if doc_id in left_out and doc_id in titles
    )


def _is_pdf(doc: DocumentView) -> bool:
    return doc.media_type == "application/pdf"


def _placement(path: Path) -> placing.Placement:
    """How ``path`` goes in a packet; a refusal says why it cannot."""
    if is_pdf(path):
        return placing.place(path, path.parent, draw=False)
    try:
        with Image.open(path) as img:
            img.size  # noqa: B018 - opening reads the header, which is the check
    except (*DECODER_ERRORS, Image.DecompressionBombError, Image.UnidentifiedImageError):
        raise UserFacingError(_("it cannot be read as an image")) from None
    return placing.Placement(path, placing.AS_IS)
