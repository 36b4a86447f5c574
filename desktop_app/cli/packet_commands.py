"""``visacase export`` and ``visacase packets``: the labelled resubmission packet."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.output import add_json_flag, emit
from desktop_app.services import export
from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    out = commands.add_parser("export", help="build the labelled resubmission packet (PDF)")
    out.add_argument("case", type=Path)
    out.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    out.add_argument("--paper", choices=("letter", "a4"), default="letter")
    out.add_argument("--duplex", action="store_true", help="start every section on a right page")
    out.add_argument("--documents", type=int, nargs="+", help="only these document ids")
    add_json_flag(out)
    out.set_defaults(handler=_export)

    versions = commands.add_parser("packets", help="list the packets exported from a case")
    versions.add_argument("case", type=Path)
    add_json_flag(versions)
    versions.set_defaults(handler=_packets)


def _export(args: argparse.Namespace) -> int:
    def work(case: CaseFile) -> int:
        built = export.export_packet(
            case, args.output, paper=args.paper, duplex=args.duplex, document_ids=args.documents
        )
        emit(args, built, [f"wrote {built.path}: {built.pages} pages, {built.size / 1024:,.0f} KB"])
        return 0

    return with_case(args, work)


def _packets(args: argparse.Namespace) -> int:
    def work(case: CaseFile) -> int:
        rows = export.list_packet_versions(case)
        lines = [
            f"{v.id:>3}  {v.created_at:%Y-%m-%d %H:%M}  {v.output_name}  {v.page_count} pages"
            f"  sha256 {v.output_sha256[:12]}…"
            for v in rows
        ] or ["no packets exported yet"]
        emit(args, rows, lines)
        return 0

    return with_case(args, work, read_only=True)
