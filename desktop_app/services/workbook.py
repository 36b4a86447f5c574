"""The 214(b) reapplication workbook of a case: ticked points, what changed, the answer.

Points and "what changed" entries are ``WorkbookItem`` rows (sections ``point`` and ``change``);
a point's row is created the first time it is ticked. Evidence is a link to a document already in
the case, so the same payslip can prove a change and sit in a packet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain import workbook
from desktop_app.domain.workbook import Change, Readiness
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.messages import _, translated
from desktop_app.services import cases, events, notices
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document, WorkbookEvidence, WorkbookItem

POINT = "point"
CHANGE = "change"


@dataclass(frozen=True)
class PointView:
    key: str
    label: str
    hint: str
    done: bool


@dataclass(frozen=True)
class WorkbookView:
    points: tuple[PointView, ...]
    changes: tuple[Change, ...]
    answer: str
    readiness: Readiness
    reminders: tuple[str, ...] = workbook.REMINDERS
    notice: str = workbook.NOTICE


def show(case: CaseFile, today: dt.date) -> WorkbookView:
    done = _done(case)
    changes = list_changes(case)
    info = cases.get_case_info(case)
    return WorkbookView(
        points=tuple(
            PointView(p.key, translated(p.label), translated(p.hint), p.key in done)
            for p in workbook.POINTS
        ),
        changes=tuple(changes),
        answer=info.workbook_answer,
        readiness=workbook.readiness(
            done,
            changes,
            info.workbook_answer,
            refusal_type=info.refusal_type,
            refused_on=_refused_on(case),
            today=today,
        ),
        reminders=tuple(translated(r) for r in workbook.REMINDERS),
        notice=translated(workbook.NOTICE),
    )


def set_point(case: CaseFile, key: str, done: bool) -> None:
    if workbook.point(key) is None:
        raise InvalidInputError(
            _("Unknown point {key}; use one of {keys}.").format(
                key=repr(key), keys=", ".join(workbook.KEYS)
            )
        )
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.scalars(
            select(WorkbookItem).where(WorkbookItem.section == POINT, WorkbookItem.key == key)
        ).first()
        if row is None:
            row = WorkbookItem(section=POINT, key=key, position=workbook.KEYS.index(key))
            s.add(row)
        row.done = done


def add_change(case: CaseFile, text: str) -> int:
    clean = _change_text(text)
    case.require_writable()
    with case.session() as s, s.begin():
        last = s.scalar(
            select(func.coalesce(func.max(WorkbookItem.position), -1)).where(
                WorkbookItem.section == CHANGE
            )
        )
        row = WorkbookItem(section=CHANGE, text=clean, position=last + 1)
        s.add(row)
        s.flush()
        return row.id


def edit_change(case: CaseFile, change_id: int, text: str) -> None:
    clean = _change_text(text)
    case.require_writable()
    with case.session() as s, s.begin():
        _change(s, change_id).text = clean


def remove_change(case: CaseFile, change_id: int) -> None:
    """Remove the entry; its evidence links go with it, the documents stay in the case."""
    case.require_writable()
    with case.session() as s, s.begin():
        s.delete(_change(s, change_id))


def link_evidence(case: CaseFile, change_id: int, document_id: int) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        _change(s, change_id)
        if s.get(Document, document_id) is None:
            raise NotFoundError(_("There is no document {id} in this case.").format(id=document_id))
        if s.get(WorkbookEvidence, (change_id, document_id)) is None:
            s.add(WorkbookEvidence(item_id=change_id, document_id=document_id))


def unlink_evidence(case: CaseFile, change_id: int, document_id: int) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        _change(s, change_id)
        link = s.get(WorkbookEvidence, (change_id, document_id))
        if link is not None:
            s.delete(link)


def set_answer(case: CaseFile, text: str) -> str:
    """Keep the one-sentence answer (an empty text clears it); returns it as stored."""
    answer = workbook.tidy_answer(text)
    cases.update_case(case, workbook_answer=answer)
    return answer


def list_changes(case: CaseFile) -> list[Change]:
    with case.session() as s:
        rows = s.scalars(
            select(WorkbookItem)
            .where(WorkbookItem.section == CHANGE)
            .order_by(WorkbookItem.position, WorkbookItem.id)
        ).all()
        links = s.execute(select(WorkbookEvidence.item_id, WorkbookEvidence.document_id)).all()
        evidence: dict[int, list[int]] = {}
        for item_id, document_id in links:
            evidence.setdefault(item_id, []).append(document_id)
        return [Change(r.id, r.text, tuple(sorted(evidence.get(r.id, ())))) for r in rows]


def _done(case: CaseFile) -> frozenset[str]:
    with case.session() as s:
        return frozenset(
            s.scalars(
                select(WorkbookItem.key).where(
                    WorkbookItem.section == POINT, WorkbookItem.done.is_(True)
                )
            )
        )


def _refused_on(case: CaseFile) -> dt.date | None:
    """The latest 214(b) refusal the case knows of, from its timeline or its notices."""
    days = [e.occurred_on for e in events.list_events(case) if e.kind == "refusal_214b"]
    days += [
        n.notice_date
        for n in notices.list_notices(case)
        if n.refusal_type == "214b" and n.notice_date is not None
    ]
    return max(days) if days else None


def _change(session: Session, change_id: int) -> WorkbookItem:
    row = session.get(WorkbookItem, change_id)
    if row is None or row.section != CHANGE:
        raise NotFoundError(
            _("There is no 'what changed' entry {id} in this case.").format(id=change_id)
        )
    return row


def _change_text(text: str) -> str:
    clean = " ".join(text.split())
    if not clean:
        raise InvalidInputError(
            _("Say what changed, for example 'Promoted to manager in May 2026'.")
        )
    return clean
