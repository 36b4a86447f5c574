"""What the user chose in the packet dialog, and the one place it becomes ``PacketOptions``.

The dialog edits a ``PacketChoices``: ids, strings and numbers only, so it crosses to a worker
thread safely. The order of the tree becomes the options' document order (sections follow their
first document), and a renamed section or document becomes a label, so the plan — not the
dialog — still decides letters, page numbers and where the 221(g) letter goes. The choices start
from the case's saved packet settings and are saved back when the dialog closes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.packet_options import MB, PAPERS, PacketOptions, budget_bytes
from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.services import documents, export, packet_settings
from desktop_app.services.export import ExportResult
from desktop_app.store.casefile import CaseFile

__all__ = [
    "PAPERS",
    "PacketChoices",
    "SectionChoice",
    "build",
    "initial_choices",
    "preview",
    "remember",
]


@dataclass(frozen=True)
class SectionChoice:
    """One lettered section of the packet: its tab page title and its documents in order."""

    kinds: tuple[str, ...]  # the kinds of document it holds: what section labels are keyed by
    title: str
    documents: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class PacketChoices:
    sections: tuple[SectionChoice, ...] = ()
    defaults: tuple[SectionChoice, ...] = ()
    """The sections as the services planned them, to tell the user's renamings apart."""
    letter_document: int | None = None
    paper: str = "letter"
    duplex: bool = False
    shrink: bool = False
    max_mb: float | None = None
    checklist: bool = False
    """Save a collation checklist beside a saved packet (never inside it, never for a preview)."""
    excluded: tuple[int, ...] = ()
    """Documents unticked: listed in the dialog, left out of the packet."""
    cover: bool = True
    index: bool = True
    tabs: bool = True
    bates_prefix: str = ""
    """Kept as the case's settings had it: the dialog has no field for it."""

    def options(self) -> PacketOptions:
        titles = {s.kinds: s.title for s in self.defaults}
        names = {doc_id: name for s in self.defaults for doc_id, name in s.documents}
        labels = {
            kind: s.title
            for s in self.sections
            if titles.get(s.kinds) != s.title
            for kind in s.kinds
        }
        labels.update(
            {
                str(doc_id): name
                for s in self.sections
                for doc_id, name in s.documents
                if names.get(doc_id) != name
            }
        )
        order = tuple(doc_id for s in self.sections for doc_id, _ in s.documents)
        chosen = order + ((self.letter_document,) if self.letter_document is not None else ())
        return PacketOptions(
            paper=self.paper,
            duplex=self.duplex,
            document_ids=chosen,
            order=order,
            labels=labels,
            max_bytes=budget_bytes(self.max_mb),
            shrink=self.shrink,
            excluded=self.excluded,
            cover=self.cover,
            index=self.index,
            tabs=self.tabs,
            bates_prefix=self.bates_prefix,
        )


def initial_choices(case: CaseFile) -> PacketChoices:
    """The packet as the case's settings left it (order, labels, layout, documents left out);
    ``defaults`` are the services' untouched sections, to tell the user's renamings apart."""
    saved = packet_settings.load_packet_settings(case)
    options = saved.options
    arranged = dataclasses.replace(options, excluded=(), document_ids=None)
    plan = export.plan_for(case, arranged)
    return PacketChoices(
        sections=_sections(case, plan),
        defaults=_sections(case, export.plan_for(case)),
        letter_document=plan.letter_document,
        paper=options.paper,
        duplex=options.duplex,
        shrink=options.shrink,
        max_mb=options.max_bytes / MB if options.max_bytes else None,
        checklist=saved.checklist,
        excluded=options.excluded,
        cover=options.cover,
        index=options.index,
        tabs=options.tabs,
        bates_prefix=options.bates_prefix,
    )


def remember(case: CaseFile, choices: PacketChoices) -> None:
    """Keep ``choices`` as the case's packet settings, for the next time the packet is made."""
    packet_settings.save_packet_settings(case, choices.options(), checklist=choices.checklist)


def _sections(case: CaseFile, plan: PacketPlan) -> tuple[SectionChoice, ...]:
    kinds = {d.id: d.kind for d in documents.list_documents(case)}
    return tuple(
        SectionChoice(
            kinds=tuple(dict.fromkeys(kinds[e.document_id] for e in section.documents)),
            title=section.title,
            documents=tuple((e.document_id, e.title) for e in section.documents),
        )
        for section in plan.sections
    )


def build(
    case: CaseFile,
    target: Path,
    choices: PacketChoices | None,
    *,
    record: bool = True,
    masked: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Build the packet as chosen (None: as the services plan it), recorded among the case's
    packet versions unless it is only a preview (which ``masked`` shows with its identifiers
    masked). The whole build (reading the documents out of the case file, staging, building)
    runs in a child process, so that the window keeps painting."""
    options = choices.options() if choices is not None else None
    checklist = choices is not None and choices.checklist
    return export.export_packet(
        case,
        target,
        options,
        checklist=target.with_name(f"{target.stem}-checklist.pdf") if checklist else None,
        record=record,
        masked=masked,
        progress=progress,
        cancelled=cancelled,
        in_child=True,
    )


def preview(
    case: CaseFile,
    target: Path,
    choices: PacketChoices,
    *,
    masked: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """The real packet, built only to be looked at: not kept among the packet versions; with
    ``masked``, its identifiers are masked as the window masks them."""
    chosen = dataclasses.replace(choices, checklist=False)
    return build(
        case, target, chosen, record=False, masked=masked, progress=progress, cancelled=cancelled
    )
