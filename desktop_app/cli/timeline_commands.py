"""``visacase event add``, ``timeline``, ``deadlines`` and ``followup``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import add_json_flag, emit, parse_date
from desktop_app.domain.timeline import PHASE_BY_KIND
from desktop_app.messages import _, ngettext, translated

if TYPE_CHECKING:
    from desktop_app.domain.deadlines import Deadline
    from desktop_app.store.casefile import CaseFile

KINDS = (*PHASE_BY_KIND, "passport_tracking", "email_received", "email_sent", "note")


def register(commands: argparse._SubParsersAction) -> None:
    event = commands.add_parser("event", help=_("record a dated event on the timeline"))
    sub = event.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help=_("add an event"))
    add.add_argument("case", type=Path)
    add.add_argument("--kind", choices=KINDS, required=True)
    add.add_argument("--on", type=parse_date, required=True, help=_("the day it happened"))
    add.add_argument("--applicant", type=record_id)
    add.add_argument("--note", default="")
    add_json_flag(add)
    add.set_defaults(handler=_add)

    for name, handler, text in (
        ("timeline", _timeline, _("show each applicant's phase")),
        ("deadlines", _deadlines, _("show the deadlines ahead")),
        ("followup", _followup, _("draft an inquiry email to the consulate")),
    ):
        parser = commands.add_parser(name, help=text)
        parser.add_argument("case", type=Path)
        parser.add_argument("--today", type=parse_date, default=None, help=argparse.SUPPRESS)
        add_json_flag(parser)
        parser.set_defaults(handler=handler)
        if name == "deadlines":
            parser.add_argument(
                "--ics",
                type=Path,
                metavar="FILE",
                help=_("also write the open deadlines to an iCalendar file for your calendar"),
            )


def _add(args: argparse.Namespace) -> int:
    from desktop_app.services import events, submission

    def work(case: CaseFile) -> int:
        late = None
        if args.kind == submission.SUBMITTED:
            late = submission.late_notice(case, args.on)
            event_id = submission.record_submission(
                case, args.on, applicant_id=args.applicant, note=args.note
            )
        else:
            event_id = events.record_event(
                case, args.kind, args.on, applicant_id=args.applicant, note=args.note
            )
        lines = [_("recorded event {id}").format(id=event_id), *([late] if late else [])]
        emit(args, {"id": event_id, "late": late}, lines)
        return 0

    return with_case(args, work)


def _timeline(args: argparse.Namespace) -> int:
    from desktop_app.services import timeline

    today = args.today or dt.date.today()

    def work(case: CaseFile) -> int:
        rows = timeline.applicant_phases(case)
        data = [
            {
                "applicant_id": r.applicant_id,
                "name": r.name,
                "phase": r.phase.name if r.phase else None,
                "since": r.phase.since if r.phase else None,
                "days": r.phase.days(today) if r.phase else None,
                "history": [
                    {"phase": p.name, "since": p.since, "until": p.until, "days": p.days(today)}
                    for p in r.history
                ],
            }
            for r in rows
        ]
        lines = []
        for r in rows:
            phase = r.phase.describe(today) if r.phase else _("no events yet")
            lines.append(f"{r.name}: {phase}")
            lines += [f"  {p.describe(today)}" for p in r.history[:-1]]
        emit(args, data, lines or [_("no applicants yet")])
        return 0

    return with_case(args, work, read_only=True)


def _deadlines(args: argparse.Namespace) -> int:
    from desktop_app.domain.deadline_states import MISSED_REPLY
    from desktop_app.domain.deadlines import MISSED
    from desktop_app.services import calendar, timeline

    today = args.today or dt.date.today()

    def work(case: CaseFile) -> int:
        found = timeline.deadlines(case, today)
        data = [deadline_data(d, today) for d in found]
        lines = [line for d in found for line in _deadline_lines(d, today)]
        if any(d.state == MISSED and d.key == "reply" for d in found):
            lines.append(translated(MISSED_REPLY))
        if args.ics is not None:
            written = calendar.write_calendar(case, args.ics, today)
            lines.append(
                ngettext(
                    "wrote {n} open deadline to {path}",
                    "wrote {n} open deadlines to {path}",
                    written,
                ).format(n=written, path=args.ics)
            )
        emit(args, data, lines or [_("no deadlines yet")])
        return 0

    return with_case(args, work, read_only=True)


def deadline_data(d: Deadline, today: dt.date) -> dict[str, object]:
    return {
        "key": d.key,
        "label": d.label,
        "due": d.due,
        "days_left": d.days_left(today),
        "rule": d.rule,
        "basis": d.basis,
        "state": d.state,
        "reason": d.reason,
    }


def _deadline_lines(d: Deadline, today: dt.date) -> list[str]:
    return [
        f"[{d.state}] {d.line(today)}",
        "    " + _("rule: {rule}; {basis}").format(rule=d.rule, basis=d.basis),
    ]


def _followup(args: argparse.Namespace) -> int:
    from desktop_app.services import followup

    def work(case: CaseFile) -> int:
        mail = followup.draft_followup(case, args.today or dt.date.today())
        emit(
            args,
            {
                "subject": mail.subject,
                "body": mail.body,
                "mailto": mail.mailto(),
                "note": mail.note,
            },
            [*([mail.note, ""] if mail.note else []), f"Subject: {mail.subject}", "", mail.body],
        )
        return 0

    return with_case(args, work, read_only=True)
