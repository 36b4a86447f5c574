"""``visacase status explain`` and ``visacase status add``: CEAC text on standard input."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import add_json_flag, emit, parse_date
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.domain import ceac
    from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("status", help=_("read CEAC status page text (pasted on stdin)"))
    sub = group.add_subparsers(dest="status_command", metavar="ACTION", required=True)
    explain = sub.add_parser("explain", help=_("say what pasted CEAC text means"))
    add_json_flag(explain)
    explain.set_defaults(handler=_explain)
    add = sub.add_parser("add", help=_("record pasted CEAC text as an observation in a case"))
    add.add_argument("case", type=Path)
    add.add_argument("--applicant", type=record_id, help=_("applicant id (see 'visacase info')"))
    add.add_argument("--on", type=parse_date, help=_("the day seen (default: Case Last Updated)"))
    add_json_flag(add)
    add.set_defaults(handler=_add)


def _explain(args: argparse.Namespace) -> int:
    from desktop_app.domain import ceac, status_meaning
    from desktop_app.services import status

    reading = ceac.read(sys.stdin.read())
    meaning = status_meaning.explain(reading)
    emit(args, {**status.reading_payload(reading), "meaning": meaning}, _lines(reading, meaning))
    return 0


def _add(args: argparse.Namespace) -> int:
    from desktop_app.services import status

    text = sys.stdin.read()

    def work(case: CaseFile) -> int:
        seen = status.record_observation(case, text, applicant_id=args.applicant, on=args.on)
        lines = [
            *_lines(seen.reading, seen.meaning),
            _("recorded as event {id}").format(id=seen.event_id),
        ]
        if seen.note:
            lines.insert(-1, seen.note)
        emit(
            args,
            {
                "event_id": seen.event_id,
                "reading": seen.reading,
                "meaning": seen.meaning,
                "note": seen.note,
            },
            lines,
        )
        return 0

    return with_case(args, work)


def _lines(reading: ceac.CeacReading, meaning: str) -> list[str]:
    variant = f" ({reading.variant.replace('_', ' ')})" if reading.variant else ""
    return [
        _("status: {status}").format(status=f"{reading.status}{variant}"),
        _("application: {id}   post: {post}").format(
            id=reading.application_id or "—", post=reading.post or "—"
        ),
        _("case created: {created}   last updated: {updated}").format(
            created=reading.case_created or "—", updated=reading.case_last_updated or "—"
        ),
        meaning,
    ]
