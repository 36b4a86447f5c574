"""``visacase notice``, ``visacase request`` and ``visacase checklist``: what the slip asked for."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import add_json_flag, emit, parse_date
from desktop_app.domain.requests import CHANNELS, COMMON_ITEMS
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    notice = commands.add_parser("notice", help=_("record the 221(g) notice as it was handed over"))
    notice.add_argument("case", type=Path)
    notice.add_argument("--date", type=parse_date, help=_("the date printed on the notice"))
    notice.add_argument("--received", type=parse_date, help=_("the day you received it"))
    notice.add_argument("--applied", type=parse_date, help=_("the application date"))
    notice.add_argument("--colour", default="", help=_("the slip's colour, as a label only"))
    notice.add_argument("--channel", choices=CHANNELS, default="vac_dropoff")
    notice.add_argument(
        "--admin-only",
        action="store_true",
        help=_("administrative processing only: nothing to submit"),
    )
    add_json_flag(notice)
    notice.set_defaults(handler=_notice)

    request = commands.add_parser("request", help=_("what the consulate asked for"))
    sub = request.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=_("add a requested item"))
    add.add_argument("case", type=Path)
    add.add_argument("--code", choices=COMMON_ITEMS, default="other")
    add.add_argument("--label", help=_("the wording on the slip"))
    add_json_flag(add)
    add.set_defaults(handler=_add)
    link = sub.add_parser("link", help=_("link a document to a requested item"))
    link.add_argument("case", type=Path)
    link.add_argument("item", type=record_id)
    link.add_argument("document", type=record_id)
    link.set_defaults(handler=_link)
    reason = sub.add_parser(
        "reason", help=_("say why a requested item is not enclosed (shown on the packet's cover)")
    )
    reason.add_argument("case", type=Path)
    reason.add_argument("item", type=record_id)
    reason.add_argument("text", help=_('e.g. "applied for, due 3 May"; "" to clear it'))
    reason.set_defaults(handler=_reason)

    checklist = commands.add_parser("checklist", help=_("each requested item and its state"))
    checklist.add_argument("case", type=Path)
    add_json_flag(checklist)
    checklist.set_defaults(handler=_checklist)


def _notice(args: argparse.Namespace) -> int:
    from desktop_app.services import notices

    def work(case: CaseFile) -> int:
        notice_id = notices.record_notice(
            case,
            notice_date=args.date,
            received_date=args.received,
            application_date=args.applied,
            colour=args.colour,
            channel=args.channel,
            admin_processing_only=args.admin_only,
        )
        emit(args, {"id": notice_id}, [_("recorded notice {id}").format(id=notice_id)])
        return 0

    return with_case(args, work)


def _add(args: argparse.Namespace) -> int:
    from desktop_app.services import notices

    def work(case: CaseFile) -> int:
        item_id = notices.add_requested_item(case, code=args.code, label=args.label)
        emit(args, {"id": item_id}, [_("added requested item {id}").format(id=item_id)])
        return 0

    return with_case(args, work)


def _link(args: argparse.Namespace) -> int:
    from desktop_app.services import notices

    def work(case: CaseFile) -> int:
        notices.link_document(case, args.item, args.document)
        print(_("linked document {document} to item {item}").format(**vars(args)))
        return 0

    return with_case(args, work)


def _reason(args: argparse.Namespace) -> int:
    from desktop_app.services import notices

    def work(case: CaseFile) -> int:
        notices.set_not_enclosed_reason(case, args.item, args.text)
        print(
            _("item {item}: {reason}").format(
                item=args.item, reason=args.text.strip() or _("no reason given")
            )
        )
        return 0

    return with_case(args, work)


def _checklist(args: argparse.Namespace) -> int:
    from desktop_app.services import notices

    def work(case: CaseFile) -> int:
        items = notices.list_requested_items(case)
        lines = [
            f"[{'x' if i.document_ids else ' '}] {i.id:>3}  {i.label} — {i.state.value}"
            + (f" (documents {', '.join(map(str, i.document_ids))})" if i.document_ids else "")
            for i in items
        ] or [_("nothing requested yet")]
        emit(args, items, lines)
        return 0

    return with_case(args, work, read_only=True)
