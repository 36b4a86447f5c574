"""``visacase export`` and ``visacase packets``: the labelled resubmission packet."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import add_json_flag, emit
from desktop_app.domain.packet_options import PAPERS
from desktop_app.errors import InvalidInputError
from desktop_app.messages import N_, _, translated

if TYPE_CHECKING:
    from desktop_app.domain.packet_options import PacketOptions
    from desktop_app.services import export
    from desktop_app.store.casefile import CaseFile

EXPORT_HELP = N_("""\
Order: the 221(g) letter on top, an index, then one lettered section per kind of document.
--order 7 3 puts documents 7 and 3 first (their sections move with them). --label 3="Payslips,
ACME" renames document 3; --label bank_statement="Bank statements (BPI)" renames a section.
--options FILE reads the same choices from JSON, e.g.
  {"paper": "a4", "duplex": true, "order": [7, 3], "labels": {"3": "Payslips"}, "max_mb": 3,
   "shrink": true, "bates": "SANTOS-", "documents": [1, 3, 7], "exclude": [5], "tabs": false}
flags given on the command line win over the file. With --max-mb, images are reduced only as far
as needed and, if that is not enough, the packet is split into NAME-part1-of-N.pdf files that each
have their own cover and index. The packet settings saved in the case (as the packet window left
them) are the starting point; the file and the flags win over them, and --defaults ignores them.
--exclude 5 leaves document 5 out; --no-cover, --no-index and --no-tabs leave out the packet's
own pages.""")


def register(commands: argparse._SubParsersAction) -> None:
    out = commands.add_parser(
        "export",
        help=_("build the labelled resubmission packet (PDF)"),
        epilog=translated(EXPORT_HELP),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    out.add_argument("case", type=Path)
    out.add_argument("-o", "--output", type=Path, help=_("the PDF to write"))
    out.add_argument("--paper", choices=PAPERS, help=_("paper of the generated pages (letter)"))
    out.add_argument(
        "--duplex",
        action="store_true",
        default=None,
        help=_("start every section on a right-hand page"),
    )
    out.add_argument(
        "--documents", type=record_id, nargs="+", metavar="ID", help=_("only these document ids")
    )
    out.add_argument(
        "--order",
        type=record_id,
        nargs="+",
        metavar="ID",
        help=_("these document ids first, in order"),
    )
    out.add_argument(
        "--exclude",
        type=record_id,
        action="append",
        default=[],
        metavar="ID",
        help=_("leave this document out of the packet; repeatable"),
    )
    for page, text in (
        ("cover", _("leave out the cover page")),
        ("index", _("leave out the index page")),
        ("tabs", _("leave out the tab pages")),
    ):
        out.add_argument(f"--no-{page}", dest=page, action="store_false", default=None, help=text)
    out.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="DOC=TEXT",
        help=_("rename a document (id) or a section (kind); repeatable"),
    )
    out.add_argument(
        "--max-mb", type=float, metavar="N", help=_("size budget per file, in MB (e.g. 3)")
    )
    out.add_argument(
        "--shrink",
        action="store_true",
        default=None,
        help=_("shrink document pages slightly so the stamp never covers content"),
    )
    out.add_argument("--bates", metavar="PREFIX", help=_("number every page PREFIX000001, …"))
    out.add_argument(
        "--checklist",
        type=Path,
        metavar="PDF",
        help=_("also write a one-page collation checklist to PDF"),
    )
    out.add_argument("--options", type=Path, metavar="JSON", help=_("read the choices from a file"))
    out.add_argument(
        "--defaults",
        action="store_true",
        help=_("start from the default layout, not the packet settings saved in the case"),
    )
    out.add_argument(
        "--preflight", action="store_true", help=_("only check what would go wrong; build nothing")
    )
    add_json_flag(out)
    out.set_defaults(handler=_export)

    versions = commands.add_parser("packets", help=_("list the packets exported from a case"))
    versions.add_argument("case", type=Path)
    add_json_flag(versions)
    versions.set_defaults(handler=_packets)


def _options(args: argparse.Namespace, base: PacketOptions | None = None) -> PacketOptions:
    from desktop_app.domain.packet_options import budget_bytes, options_from_json, parse_label

    text = _read_options(args.options) if args.options else ""
    labels = dict(parse_label(x) for x in args.label) or None
    return options_from_json(
        text,
        base,
        paper=args.paper,
        duplex=args.duplex,
        document_ids=tuple(args.documents) if args.documents else None,
        order=tuple(args.order) if args.order else None,
        labels=labels,
        max_bytes=budget_bytes(args.max_mb),
        shrink=args.shrink,
        bates_prefix=args.bates,
        excluded=tuple(args.exclude) or None,
        cover=args.cover,
        index=args.index,
        tabs=args.tabs,
    )


def _read_options(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInputError(_("There is no options file {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise InvalidInputError(
            _("{path} is a folder, not an options file.").format(path=path)
        ) from None
    except UnicodeDecodeError:
        raise InvalidInputError(
            _("{path} is not a text (JSON) options file.").format(path=path)
        ) from None
    except OSError as exc:
        raise InvalidInputError(
            _("The options file {path} cannot be read: {error}.").format(
                path=path, error=exc.strerror
            )
        ) from None


def _export(args: argparse.Namespace) -> int:
    from desktop_app.domain.packet_options import PacketOptions
    from desktop_app.services import export, preflight
    from desktop_app.services.packet_settings import SavedPacket, load_packet_settings

    _options(args)  # a mistake in the flags or the file is reported before the case is opened
    if not args.preflight and args.output is None:
        raise InvalidInputError(_("Say where to write the packet with -o FILE.pdf."))

    def work(case: CaseFile) -> int:
        saved = SavedPacket(PacketOptions()) if args.defaults else load_packet_settings(case)
        options = _options(args, saved.options)
        if args.preflight:
            found = preflight.preflight(case, options)
            lines = [_severity(f.severity).format(message=f.message) for f in found]
            emit(args, found, lines or [_("all clear")])
            return 0
        checklist = args.checklist or (
            args.output.with_name(f"{args.output.stem}-checklist.pdf") if saved.checklist else None
        )
        result = export.export_packet(case, args.output, options, checklist=checklist)
        lines = [_severity("warning").format(message=w) for w in result.warnings]
        lines += [f"budget: {a}" for a in result.actions]
        lines += [
            _("wrote {path}: {pages} pages, {size} KB").format(
                path=p.path, pages=p.pages, size=f"{p.size / 1024:,.0f}"
            )
            for p in result.parts
        ]
        if result.checklist:
            lines.append(_("wrote checklist {path}").format(path=result.checklist))
        emit(args, _as_dict(result), lines)
        return 0

    return with_case(args, work, read_only=args.preflight)


def _as_dict(result: export.ExportResult) -> dict[str, object]:
    return {
        "path": result.path,
        "pages": result.pages,
        "size": result.size,
        "sha256": result.sha256,
        "parts": result.parts,
        "actions": result.actions,
        "warnings": result.warnings,
        "checklist": result.checklist,
    }


def _packets(args: argparse.Namespace) -> int:
    from desktop_app.services import export

    def work(case: CaseFile) -> int:
        rows = export.list_packet_versions(case)
        lines = [
            f"{v.id:>3}  {v.created_at:%Y-%m-%d %H:%M}  {v.output_name}  {v.page_count} pages"
            f"  sha256 {v.output_sha256[:12]}…"
            for v in rows
        ] or [_("no packets exported yet")]
        emit(args, rows, lines)
        return 0

    return with_case(args, work, read_only=True)


SEVERITIES = {"error": N_("error: {message}"), "warning": N_("warning: {message}")}


def _severity(severity: str) -> str:
    """How a finding of ``severity`` is said; the JSON keeps the code ("error", "warning")."""
    return translated(SEVERITIES[severity])
