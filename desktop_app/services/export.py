"""Exporting the resubmission packet and remembering exactly what went out.

Public API (used by the CLI and the window):

- ``export_packet(case, target, options=None, *, checklist=None, progress=None, cancelled=None)``
  builds the packet described by a :class:`PacketOptions` (paper, duplex, documents, order,
  labels, size budget, shrink, Bates prefix) at ``target`` — or, when a size budget needs it,
  as ``NAME-part1-of-3.pdf`` … beside it — and records the version in the case. ``checklist``
  is where to write the collation checklist PDF (it never goes inside the packet).
  ``progress(done, total)`` is called as steps finish; ``cancelled()`` is polled between steps
  and, when it returns True, stops with :class:`ExportCancelledError` before anything is
  written. ``in_child=True`` (the window's way) runs the whole build — reading the documents
  out of the case file, staging, building — in a child process (``services.packet_build``
  over ``packet.assembly_process``), so that the caller's process never waits on the GIL; this
  process only checks the outputs, shows progress, records the version and puts the files in
  place. Returns an :class:`ExportResult`: the parts, total pages and bytes, what was done to
  meet the budget, and the pre-flight warnings.
- ``plan_for(case, options)``: the plan alone, for previews and tests.
- ``services.preflight.preflight(case, options)``: the findings alone, nothing built.
- ``list_packet_versions(case)``: every export, newest last.

Before anything is written, ``packet_files`` refuses outputs that would overwrite the case file, a
document's original or each other; every file is then written under a hidden name and renamed
into place in the transaction that records it, so a failure at any step leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import PacketPlan, plan_packet
from desktop_app.errors import CaseFileReadOnlyError, UserFacingError
from desktop_app.messages import _
from desktop_app.packet.assembly_process import InChild
from desktop_app.packet.build import ExportCancelledError
from desktop_app.services import packet_build
from desktop_app.services.packet_build import Built, ExportResult, Outputs, PartRecord, Progress
from desktop_app.services.packet_files import PacketFiles
from desktop_app.services.packet_sources import packet_sources
from desktop_app.services.preflight import chosen_documents
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketVersion

__all__ = ["ExportCancelledError", "ExportResult", "export_packet", "plan_for"]

STEPS = 4
"""Progress steps of an export: documents checked, staged, packet built, recorded."""


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
        if not os.access(case.path, os.W_OK):  # not another window's: the file's permissions
            raise CaseFileReadOnlyError(
                _(
                    "You are not allowed to change {name}, and every packet is recorded in its "
                    "case file. Ask for permission to change it, or save a copy of the case "
                    "where you may, and export from that copy."
                ).format(name=case.path.name)
            )
        raise CaseFileReadOnlyError(
            _(
                "{name} is open read-only, and every packet is recorded in its case file. "
                "Close the other VisaCase window that has it open, then export again."
            ).format(name=case.path.name)
        )
    target = Path(target)
    checklist = Path(checklist) if checklist else None
    files = PacketFiles(case, [target, *([checklist] if checklist else [])])
    try:
        masked = masked and not record  # a packet that goes out has its numbers in full
        answer = _answering(files, progress, cancelled)
        with tempfile.TemporaryDirectory(prefix="visacase-packet-") as tmp:
            request = (target, options, checklist, masked, Path(tmp))
            if in_child:
                with InChild(cancelled, answer) as child:
                    built: Built = child(packet_build.in_child, case.reader(), *request)
            else:
                build = packet_build.build(case, *request, cancelled=cancelled)
                built = packet_build.drive(build, answer)
        result, records = built
        if record:
            with case.action():  # recorded only if in place, in place only if recorded
                _record(case, result, records, options)
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


def _answering(
    files: PacketFiles,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Callable[[Progress | Outputs], Any]:
    """What the build is told when it asks: a cancel, if there was one, as its progress is
    shown; the hidden names of the outputs it is about to write, once they are checked."""

    def answer(question: Progress | Outputs) -> Any:
        if isinstance(question, Progress):
            _step(progress, cancelled, question.done, STEPS)
            return None
        files.check(question.paths)
        return [files.staging(path) for path in question.paths]

    return answer


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
    case: CaseFile, result: ExportResult, records: list[PartRecord], options: PacketOptions
) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        for built, part in zip(result.parts, records, strict=True):
            s.add(
                PacketVersion(
                    output_name=built.path.name,
                    output_sha256=built.sha256,
                    size=built.size,
                    page_count=built.pages,
                    options={
                        **options.record(),
                        "part": part.part,
                        "parts": part.parts,
                        "actions": list(result.actions),
                    },
                    manifest=part.manifest,
                )
            )
