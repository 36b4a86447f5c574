"""Exporting the resubmission packet and remembering exactly what went out.

Public API (used by the CLI and the window):

- ``export_packet(case, target, options=None, *, checklist=None, progress=None, cancelled=None)``
  builds the packet described by a :class:`PacketOptions` (paper, duplex, documents, order,
  labels, size budget, shrink, Bates prefix) at ``target`` — or, when a size budget needs it,
  as ``NAME-part1-of-3.pdf`` … beside it — and records the version in the case. ``checklist``
  is where to write the collation checklist PDF (it never goes inside the packet).
  ``progress(done, total)`` is called as steps finish; ``cancelled()`` is polled between steps
  and, when it returns True, stops with :class:`ExportCancelledError` before anything is
  written. ``in_child=True`` (the window's way) works on the files in a child process
  (``packet.assembly_process``), so that the caller's process never waits on the GIL. Returns
  an :class:`ExportResult`: the parts, total pages and bytes, what was done to meet the budget,
  and the pre-flight warnings.
- ``plan_for(case, options)``: the plan alone, for previews and tests.
- ``services.preflight.preflight(case, options)``: the findings alone, nothing built.
- ``list_packet_versions(case)``: every export, newest last.

Before anything is written, ``packet_files`` refuses outputs that would overwrite the case file, a
document's original or each other; every file is then written under a hidden name and renamed
into place in the transaction that records it, so a failure at any step leaves nothing behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.packet_options import MB, PacketOptions
from desktop_app.domain.packet_plan import PacketPlan, plan_packet, plan_parts
from desktop_app.errors import CaseFileReadOnlyError, InvalidInputError, UserFacingError
from desktop_app.ingest import exif
from desktop_app.messages import _
from desktop_app.packet.assembly_process import InChild, InProcess
from desktop_app.packet.budget import choose_reduction
from desktop_app.packet.build import BuiltPacket, ExportCancelledError, build_packet
from desktop_app.packet.checklist import draw_checklist
from desktop_app.packet.sources import stage
from desktop_app.services import applicants, documents, packet_masking, page_words
from desktop_app.services.email_pages import write_packet_input
from desktop_app.services.packet_cover import cover_facts
from desktop_app.services.packet_files import PacketFiles
from desktop_app.services.packet_sources import packet_sources
from desktop_app.services.preflight import chosen_documents, gather
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketVersion

__all__ = ["ExportCancelledError", "ExportResult", "export_packet", "plan_for"]

STEPS = 4
"""Progress steps of an export: documents checked, staged, packet built, recorded."""


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
class PacketVersionView:
    id: int
    created_at: dt.datetime
    output_name: str
    output_sha256: str
    size: int
    page_count: int
    submitted_on: dt.date | None


def plan_for(case: CaseFile, options: PacketOptions | None = None) -> PacketPlan:
    options = options or PacketOptions()
    return plan_packet(packet_sources(case, chosen_documents(case, options)), options)


def export_packet(
    case: CaseFile,
    target: Path,
    options: PacketOptions | None = None,
    *,
    checklist: Path | None = None,
    record: bool = True,
    masked: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    in_child: bool = False,
) -> ExportResult:
    """Build the packet at ``target`` and record it among the case's packet versions; with
    ``record=False`` (a preview to look at, never sent) nothing is written to the case, and
    ``masked`` shows its identifiers masked, as a window masking them does."""
    options = options or PacketOptions()
    if record and case.read_only:  # every packet sent is recorded: "what did I send?"
        raise CaseFileReadOnlyError(
            _(
                "{name} is open read-only, and every packet is recorded in its case file. "
                "Close the other VisaCase window that has it open, then export again."
            ).format(name=case.path.name)
        )
    target = Path(target)
    files = PacketFiles(case, [target, *([Path(checklist)] if checklist else [])])
    try:
        masked = masked and not record  # a packet that goes out has its numbers in full
        assembly = (InChild if in_child else InProcess)(cancelled)
        with assembly:
            result, plans = _build(
                case, target, options, files, checklist, progress, cancelled, masked, assembly
            )
        if record:
            with case.action():  # recorded only if in place, in place only if recorded
                _record(case, result, plans, options)
                files.publish()
        else:
            files.publish()
    except OSError as exc:
        files.discard()
        raise UserFacingError(
            _("The packet could not be written ({error}); nothing was written.").format(
                error=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        files.discard()
        raise
    _step(progress, None, STEPS, STEPS)
    return result


def _build(
    case: CaseFile,
    target: Path,
    options: PacketOptions,
    files: PacketFiles,
    checklist: Path | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    masked: bool,
    run: InChild | InProcess,
) -> tuple[ExportResult, list[PacketPlan]]:
    """Every file of the export, written under the hidden names ``files`` gives them; what
    works on the files goes through ``run``, what reads or plans stays here."""
    docs = chosen_documents(case, options)
    facts = cover_facts(case, docs)
    ident = _ident(case)
    with tempfile.TemporaryDirectory(prefix="visacase-packet-") as tmp:
        work = Path(tmp)
        paths = {
            d.id: write_packet_input(case, d, work / f"in-{d.id}", options.paper) for d in docs
        }
        run.prove(list(paths.values()), work)
        checked = gather(case, docs, paths, options)
        _step(progress, cancelled, 1, STEPS)
        sources = packet_sources(case, [d for d in docs if d.id in checked.readable])
        if not sources:
            raise InvalidInputError(_("None of the chosen documents can go in a packet."))
        if masked:
            facts, ident, sources, options = packet_masking.masked(
                case, facts, ident, sources, options
            )
        level, groups, actions = choose_reduction(sources, checked.inventories, options)
        staged = run(
            stage,
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
        _step(progress, cancelled, 2, STEPS)
        plans = plan_parts(sources, options, groups)
        finals = [_part_path(target, plan) for plan in plans]
        files.check([*finals, *([Path(checklist)] if checklist else [])])
        built: list[BuiltPacket] = []
        for plan, final in zip(plans, finals, strict=True):
            chosen = {p.document_id for p in plan.pages if p.document_id is not None}
            part = run(
                build_packet,
                plan,
                {i: staged[i] for i in chosen},
                facts,
                files.staging(final),
                work,
                paper=options.paper,
                ident=ident,
                cancelled=run.cancelled,
            )
            built.append(dataclasses.replace(part, path=final))
        _step(progress, None, 3, STEPS)
        if checklist is not None:
            run(draw_checklist, plans, facts.title, options.paper, files.staging(Path(checklist)))
    if options.max_bytes:
        actions += _budget_report(built, options.max_bytes)
    result = ExportResult(
        tuple(built),
        tuple(actions),
        tuple(f.message for f in checked.findings),
        Path(checklist) if checklist else None,
    )
    return result, plans


def list_packet_versions(case: CaseFile) -> list[PacketVersionView]:
    with case.session() as s:
        rows = s.scalars(select(PacketVersion).order_by(PacketVersion.created_at))
        return [
            PacketVersionView(
                r.id,
                r.created_at,
                r.output_name,
                r.output_sha256,
                r.size,
                r.page_count,
                r.submitted_on,
            )
            for r in rows
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


def _step(
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    done: int,
    total: int,
) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelledError(_("The export was cancelled; nothing was written."))
    if progress is not None:
        progress(done, total)


def _record(
    case: CaseFile, result: ExportResult, plans: list[PacketPlan], options: PacketOptions
) -> None:
    hashes = {d.id: d.sha256 for d in documents.list_documents(case)}
    case.require_writable()
    with case.session() as s, s.begin():
        for built, plan in zip(result.parts, plans, strict=True):
            manifest = [
                {
                    "document_id": e.document_id,
                    "title": e.title,
                    "sha256": hashes.get(e.document_id),
                    "first_page": e.first,
                    "last_page": e.last,
                }
                for e in plan.documents()
            ]
            s.add(
                PacketVersion(
                    output_name=built.path.name,
                    output_sha256=built.sha256,
                    size=built.size,
                    page_count=built.pages,
                    options={
                        **options.record(),
                        "part": plan.part,
                        "parts": plan.parts,
                        "actions": list(result.actions),
                    },
                    manifest=manifest,
                )
            )
