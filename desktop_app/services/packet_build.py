"""The export's build: from the case file to the packet's files under their hidden names.

One build, run the same two ways. The command line drives it right here (``drive``); the
window's export runs it in a child process (``in_child``, the function the child is told to
call, by name), which opens the case file for reading beside the window that holds it, so that
the window's process reads no document, stages no page and unpickles no word box. Either way
the build only asks its caller two things as it goes, by yielding them: a :class:`Progress` to
show (the caller's answer is where a cancel takes effect) and, once the parts are planned, the
:class:`Outputs` it may write (the caller checks them and answers with their hidden names,
which it then owns: published when the export is recorded, removed whatever else happens).
It returns the :class:`ExportResult` and, for each part, the :class:`PartRecord` the caller
keeps among the case's packet versions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.packet_options import MB, PacketOptions
from desktop_app.domain.packet_plan import PacketPlan, plan_parts
from desktop_app.errors import InvalidInputError
from desktop_app.ingest import exif
from desktop_app.messages import _
from desktop_app.packet.budget import choose_reduction
from desktop_app.packet.build import BuiltPacket, build_packet
from desktop_app.packet.checklist import draw_checklist
from desktop_app.packet.sources import stage
from desktop_app.services import applicants, packet_masking, page_words
from desktop_app.services.documents import DocumentView
from desktop_app.services.email_pages import write_packet_inputs
from desktop_app.services.packet_cover import cover_facts
from desktop_app.services.packet_sources import packet_sources
from desktop_app.services.preflight import chosen_documents, gather
from desktop_app.store.casefile import CaseFile, Reader


@dataclass(frozen=True)
class ExportResult:
    parts: tuple[BuiltPacket, ...]
    actions: tuple[str, ...]
    warnings: tuple[str, ...]
    checklist: Path | None = None

    @property
    def path(self) -> Path:
        return self.parts[0].path

    @property
    def pages(self) -> int:
        return sum(p.pages for p in self.parts)

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parts)

    @property
    def sha256(self) -> str:
        return self.parts[0].sha256


@dataclass(frozen=True)
class Progress:
    """Steps ``done`` of the build's three: documents checked, staged, packet built."""

    done: int


@dataclass(frozen=True)
class Outputs:
    """The files the build is about to write (each part, then any checklist)."""

    paths: list[Path]


@dataclass(frozen=True)
class PartRecord:
    """What the case keeps of one part: its place among the parts and what went into it."""

    part: int
    parts: int
    manifest: list[dict[str, Any]]


Built = tuple[ExportResult, list[PartRecord]]
Build = Generator[Progress | Outputs, Any, Built]


def in_child(
    reader: Reader,
    target: Path,
    options: PacketOptions,
    checklist: Path | None,
    masked: bool,
    work: Path,
) -> Build:
    """The build in a child process, on the case opened again through ``reader``."""
    case = reader.open()
    try:
        return (yield from build(case, target, options, checklist, masked, work))
    finally:
        case.close()


def drive(build: Build, answer: Callable[[Progress | Outputs], Any]) -> Built:
    """Run ``build`` here, answering its questions with ``answer``."""
    try:
        question = next(build)
        while True:
            question = build.send(answer(question))
    except StopIteration as end:
        return end.value
    finally:
        build.close()


def build(
    case: CaseFile,
    target: Path,
    options: PacketOptions,
    checklist: Path | None,
    masked: bool,
    work: Path,
    cancelled: Callable[[], bool] | None = None,
) -> Build:
    """Every file of the export, its scratch files in ``work``; ``cancelled`` is polled while
    the parts are built."""
    docs = chosen_documents(case, options)
    facts = cover_facts(case, docs)
    ident = _ident(case)
    paths = write_packet_inputs(case, docs, work, options.paper)
    checked = gather(case, docs, paths, options)
    yield Progress(1)
    sources = packet_sources(case, [d for d in docs if d.id in checked.readable])
    if not sources:
        raise InvalidInputError(_("None of the chosen documents can go in a packet."))
    if masked:
        facts, ident, sources, options = packet_masking.masked(case, facts, ident, sources, options)
    level, groups, actions = choose_reduction(sources, checked.inventories, options)
    staged = stage(
        checked.readable,
        options.paper,
        work,
        level=level,
        shrink=options.shrink,
        clean_jpeg=exif.strip_jpeg_metadata,
        titles={d.id: d.title for d in docs},
        words=page_words.words_of(case, checked.readable),
        turns=page_words.turns_of(case, checked.readable),
    )
    sources = [dataclasses.replace(s, pages=len(staged[s.id].sizes)) for s in sources]
    yield Progress(2)
    plans = plan_parts(sources, options, groups)
    finals = [_part_path(target, plan) for plan in plans]
    hidden: list[Path] = yield Outputs([*finals, *([checklist] if checklist else [])])
    built: list[BuiltPacket] = []
    for plan, final, staging in zip(plans, finals, hidden[: len(finals)], strict=True):
        chosen = {p.document_id for p in plan.pages if p.document_id is not None}
        part = build_packet(
            plan,
            {i: staged[i] for i in chosen},
            facts,
            staging,
            work,
            paper=options.paper,
            ident=ident,
            cancelled=cancelled,
        )
        built.append(dataclasses.replace(part, path=final))
    yield Progress(3)
    if checklist is not None:
        draw_checklist(plans, facts.title, options.paper, hidden[-1])
    if options.max_bytes:
        actions += _budget_report(built, options.max_bytes)
    result = ExportResult(
        tuple(built),
        tuple(actions),
        tuple(f.message for f in checked.findings),
        checklist,
    )
    return result, _records(docs, plans)


def _records(docs: list[DocumentView], plans: list[PacketPlan]) -> list[PartRecord]:
    hashes = {d.id: d.sha256 for d in docs}
    return [
        PartRecord(
            plan.part,
            plan.parts,
            [
                {
                    "document_id": e.document_id,
                    "title": e.title,
                    "sha256": hashes.get(e.document_id),
                    "first_page": e.first,
                    "last_page": e.last,
                }
                for e in plan.documents()
            ],
        )
        for plan in plans
    ]


def _part_path(target: Path, plan: PacketPlan) -> Path:
    if plan.parts == 1:
        return target
    return target.with_name(f"{target.stem}-part{plan.part}-of-{plan.parts}{target.suffix}")


def _budget_report(built: list[BuiltPacket], budget: int) -> list[str]:
    over = [b for b in built if b.size > budget]
    sizes = ", ".join(f"{b.size / MB:.2f} MB" for b in built)
    if over:
        return [f"reached {sizes}: {len(over)} file(s) still over {budget / MB:g} MB"]
    return [f"reached {sizes} (budget {budget / MB:g} MB per file)"]


def _ident(case: CaseFile) -> str:
    people = applicants.list_applicants(case)
    principal = next((p for p in people if p.role == "principal"), None)
    return (principal.application_id or principal.case_number or "") if principal else ""
