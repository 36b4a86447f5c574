"""``visacase read`` (text recognition) and ``visacase suggestion``: what the app thinks, asked.

When scans wait for a text recognition that is not installed, ``read`` says so once, after its
other lines (and as ``ocr_missing`` in its JSON).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import add_json_flag, emit
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    read = commands.add_parser("read", help=_("read the text of scans and photos, then suggest"))
    read.add_argument("case", type=Path)
    read.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="CODE",
        help=_(
            "also read scans in this Tesseract language (spa, por, chi_sim, hin, vie, ara), "
            "after the post's; repeatable; one without installed data is skipped"
        ),
    )
    add_json_flag(read)
    read.set_defaults(handler=_read)

    decide = commands.add_parser("suggestion", help=_("accept or reject a suggestion"))
    sub = decide.add_subparsers(dest="suggestion_command", metavar="ACTION", required=True)
    for name, text in (("accept", _("accept a suggestion")), ("reject", _("reject a suggestion"))):
        action = sub.add_parser(name, help=text)
        action.add_argument("case", type=Path)
        action.add_argument("suggestion", type=record_id)
        if name == "accept":
            action.add_argument("--value", help=_("a corrected value"))
        action.set_defaults(handler=_decide, accept=name == "accept")


def _read(args: argparse.Namespace) -> int:
    from desktop_app.services import documents, reading

    def work(case: CaseFile) -> int:
        count = reading.read_documents(case, extra_languages=args.lang)
        notice = reading.ocr_notice(case)
        found = [
            s
            for d in documents.list_documents(case)
            for s in reading.list_suggestions(case, d.id)
            if s.status == "pending"
        ]
        lines = [
            _("read {n} document(s)").format(n=count),
            *(
                "  "
                + _("suggestion {id}: document {document} {field}: {value}").format(
                    id=s.id, document=s.document_id, field=s.field_label, value=s.value_label
                )
                + f'   ("{s.evidence}")'
                for s in found
            ),
            *([notice] if notice else []),
        ]
        emit(args, {"read": count, "suggestions": found, "ocr_missing": notice}, lines)
        return 0

    return with_case(args, work)


def _decide(args: argparse.Namespace) -> int:
    from desktop_app.services import reading

    def work(case: CaseFile) -> int:
        reading.decide(
            case, args.suggestion, accept=args.accept, value=getattr(args, "value", None)
        )
        said = _("suggestion {id} accepted") if args.accept else _("suggestion {id} rejected")
        print(said.format(id=args.suggestion))
        return 0

    return with_case(args, work)
