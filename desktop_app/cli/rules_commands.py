"""``visacase rules``: show or change the post's rules this case's deadlines follow."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.output import add_json_flag, emit
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.services.cases import CaseInfoView
    from desktop_app.store.casefile import CaseFile

DEADLINE_FROM = {
    "earliest": "earliest",
    "notice": "notice_date",
    "received": "received_date",
    "application": "application_date",
}


def register(commands: argparse._SubParsersAction) -> None:
    rules = commands.add_parser(
        "rules",
        help=_("show or change this case's rules: when the 221(g) year starts, waits, reminders"),
    )
    rules.add_argument("case", type=Path)
    rules.add_argument(
        "--deadline-from",
        choices=DEADLINE_FROM,
        help=_("which date starts the one-year 221(g) reply deadline at this post"),
    )
    rules.add_argument(
        "--inquiry-days",
        type=int,
        metavar="N",
        help=_("days to wait before asking about processing (posts say 60, 120 or 180)"),
    )
    rules.add_argument(
        "--followup-days", type=int, metavar="N", help=_("days between follow-up reminders")
    )
    add_json_flag(rules)
    rules.set_defaults(handler=_rules)


def _rules(args: argparse.Namespace) -> int:
    from desktop_app.services import cases, timeline

    changing = any(
        v is not None for v in (args.deadline_from, args.inquiry_days, args.followup_days)
    )

    def work(case: CaseFile) -> int:
        info = cases.set_rules(
            case,
            deadline_rule=DEADLINE_FROM[args.deadline_from] if args.deadline_from else None,
            inquiry_wait_days=args.inquiry_days,
            followup_interval_days=args.followup_days,
        )
        found = {d.key: d for d in timeline.deadlines(case, dt.date.today())}
        on_case = {k: found[k].basis for k in ("reply", "inquiry") if k in found}
        emit(args, {**_data(info), "on_this_case": on_case}, _lines(info, on_case))
        return 0

    return with_case(args, work, read_only=not changing)


def _data(info: CaseInfoView) -> dict[str, object]:
    from desktop_app.domain.deadlines import PICKUP_WINDOW_DAYS

    return {
        "deadline_from": next(k for k, v in DEADLINE_FROM.items() if v == info.deadline_rule),
        "inquiry_days": info.inquiry_wait_days,
        "followup_days": info.followup_interval_days,
        "pickup_days": PICKUP_WINDOW_DAYS,
    }


def _lines(info: CaseInfoView, on_case: dict[str, str]) -> list[str]:
    """The rules in the words ``visacase deadlines`` uses, with what they count from here."""
    from desktop_app.domain.deadlines import followup_rule, inquiry_rule, pickup_rule, reply_rule

    here = "  " + _("on this case: {basis}")
    lines = [_("221(g) reply deadline: {rule}").format(rule=reply_rule(info.deadline_rule))]
    lines += [here.format(basis=on_case["reply"])] if "reply" in on_case else []
    inquiry = _("inquiry about processing: {rule}").format(
        rule=inquiry_rule(info.inquiry_wait_days)
    )
    lines.append(inquiry)
    lines += [here.format(basis=on_case["inquiry"])] if "inquiry" in on_case else []
    return [
        *lines,
        _("follow-up reminders: {rule}").format(rule=followup_rule(info.followup_interval_days)),
        _("passport pickup: {rule} (general information, the same for every case)").format(
            rule=pickup_rule()
        ),
    ]
