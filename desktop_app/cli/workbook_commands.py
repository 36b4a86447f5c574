"""``visacase workbook``: the 214(b) reapplication workbook, point by point.

``visacase workbook CASE`` shows it; ``check``/``uncheck KEY`` tick the six points; ``change add``,
``edit``, ``remove``, ``link`` and ``unlink`` keep the "what changed" entries and their evidence;
``answer TEXT`` keeps the one-sentence answer. Every action prints the workbook afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import emit, parse_date
from desktop_app.domain.workbook import KEYS
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.services.workbook import WorkbookView
    from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    book = commands.add_parser("workbook", help=_("the 214(b) reapplication workbook"))
    book.add_argument("case", type=Path)
    _common(book, top=True)
    actions = book.add_subparsers(dest="action", metavar="ACTION")
    book.set_defaults(handler=_handle, action="show")
    _common(actions.add_parser("show", help=_("show the points, changes, answer and readiness")))
    for name, text in (("check", _("tick a point")), ("uncheck", _("untick a point"))):
        tick = actions.add_parser(name, help=text)
        tick.add_argument("key", choices=KEYS)
        _common(tick)
    answer = actions.add_parser("answer", help=_("the one-sentence answer to 'what changed?'"))
    answer.add_argument("text", help=_("an empty text clears it"))
    _common(answer)

    change = actions.add_parser("change", help=_("what really changed since the refusal"))
    steps = change.add_subparsers(dest="step", metavar="STEP", required=True)
    add = steps.add_parser("add", help=_("write down a change"))
    add.add_argument("text")
    edit = steps.add_parser("edit", help=_("reword a change"))
    edit.add_argument("id", type=record_id)
    edit.add_argument("text")
    remove = steps.add_parser("remove", help=_("remove a change (its documents stay)"))
    remove.add_argument("id", type=record_id)
    for name, text in (("link", _("link a document as evidence")), ("unlink", _("unlink it"))):
        link = steps.add_parser(name, help=text)
        link.add_argument("id", type=record_id)
        link.add_argument("document", type=record_id)
    for step in steps.choices.values():
        _common(step)


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--json and --today wherever they are typed; only the top level sets their defaults."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=_("print machine-readable JSON"),
    )
    parser.add_argument("--today", type=parse_date, default=default, help=argparse.SUPPRESS)


def _handle(args: argparse.Namespace) -> int:
    from desktop_app.services import workbook

    def work(case: CaseFile) -> int:
        done = _act(case, args)
        view = workbook.show(case, args.today or dt.date.today())
        emit(args, view, ([done] if done else []) + lines(view))
        return 0

    return with_case(args, work, read_only=args.action == "show")


def _act(case: CaseFile, args: argparse.Namespace) -> str:
    """Do what was asked; returns a one-line confirmation for people."""
    from desktop_app.services import workbook

    if args.action in ("check", "uncheck"):
        workbook.set_point(case, args.key, args.action == "check")
        said = _("checked {key}") if args.action == "check" else _("unchecked {key}")
        return said.format(key=args.key)
    if args.action == "answer":
        return _("answer kept") if workbook.set_answer(case, args.text) else _("answer cleared")
    if args.action != "change":
        return ""
    if args.step == "add":
        return _("added change {id}").format(id=workbook.add_change(case, args.text))
    if args.step == "edit":
        workbook.edit_change(case, args.id, args.text)
        return _("edited change {id}").format(id=args.id)
    if args.step == "remove":
        workbook.remove_change(case, args.id)
        return _("removed change {id}").format(id=args.id)
    if args.step == "link":
        workbook.link_evidence(case, args.id, args.document)
        return _("linked document {document} to change {id}").format(
            document=args.document, id=args.id
        )
    workbook.unlink_evidence(case, args.id, args.document)
    return _("unlinked document {document} from change {id}").format(
        document=args.document, id=args.id
    )


def lines(view: WorkbookView) -> list[str]:
    """The workbook as a person reads it: points, changes, answer, then what stands in the way."""
    out = [_("214(b) reapplication workbook")]
    for p in view.points:
        out.append(f"[{'x' if p.done else ' '}] {p.key:<17} {p.label}")
        if not p.done:
            out.append(f"{'':<22}{p.hint}")
    out.append(_("What changed:"))
    out += [f"  {c.id:>3}  {c.text} — {_evidence(c.evidence)}" for c in view.changes] or [
        "  " + _("nothing yet")
    ]
    out.append(_("Answer: {answer}").format(answer=view.answer or "—"))
    ready = view.readiness
    out.append(_("Ready: the workbook is complete.") if ready.ready else _("Not ready:"))
    out += [f"  - {b}" for b in ready.blockers]
    out += [_("Note: {warning}").format(warning=w) for w in ready.warnings]
    out += [_("Remember: {reminder}").format(reminder=r) for r in view.reminders]
    out.append(view.notice)
    return out


def _evidence(document_ids: tuple[int, ...]) -> str:
    return (
        _("evidence: documents {ids}").format(ids=", ".join(map(str, document_ids)))
        if document_ids
        else _("no evidence")
    )
