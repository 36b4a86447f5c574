"""The refusal notice and what it asks for: requested items, their documents, their state."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.requests import COMMON_ITEMS, ItemState, label_for, state_of
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.messages import _
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document, RefusalNotice, RequestedItem, RequestedItemDocument


@dataclass(frozen=True)
class RequestedItemView:
    id: int
    code: str
    label: str
    detail: str
    state: ItemState
    document_ids: tuple[int, ...]
    submitted_on: dt.date | None
    reason: str = ""
    """Why it is not enclosed, as the user put it."""


@dataclass(frozen=True)
class NoticeView:
    id: int
    refusal_type: str
    notice_date: dt.date | None
    received_date: dt.date | None
    application_date: dt.date | None
    colour: str
    channel: str
    admin_processing_only: bool
    applicant_id: int | None = None


def record_notice(
    case: CaseFile,
    *,
    refusal_type: str = "221g",
    notice_date: dt.date | None = None,
    received_date: dt.date | None = None,
    application_date: dt.date | None = None,
    colour: str = "",
    channel: str = "",
    admin_processing_only: bool = False,
    applicant_id: int | None = None,
    document_id: int | None = None,
) -> int:
    """Record the notice, or correct it: an applicant holds one notice of each kind, so giving it
    again (``visacase notice`` with another date) changes the dates it was given and moves the
    deadline, rather than adding a second notice the deadline would not follow."""
    case.require_writable()
    with case.session() as s, s.begin():
        row = None
        if document_id is None:
            row = s.scalars(
                select(RefusalNotice)
                .where(RefusalNotice.refusal_type == refusal_type)
                .where(
                    RefusalNotice.applicant_id.is_(None)
                    if applicant_id is None
                    else RefusalNotice.applicant_id == applicant_id
                )
                .order_by(RefusalNotice.id)
            ).first()
        if row is None:
            row = RefusalNotice(refusal_type=refusal_type, applicant_id=applicant_id)
            s.add(row)
        row.document_id = document_id if document_id is not None else row.document_id
        given = {"received_date": received_date, "application_date": application_date}
        given |= {"colour": colour, "channel": channel}
        for field, value in given.items():
            if value:
                setattr(row, field, value)
        if notice_date is not None:
            row.notice_date = notice_date
            _date_document(s, row.document_id, notice_date)
        row.admin_processing_only = admin_processing_only or bool(row.admin_processing_only)
        _check_order(row)
        s.flush()
        return row.id


def _check_order(row: RefusalNotice) -> None:
    """The application comes before the refusal, and the refusal before it is received: dates
    the other way round are a typing mistake, and the 221(g) deadline counted from them would
    be wrong (a notice "received" a year before its date reads as a deadline long missed)."""
    notice = row.notice_date
    if notice and row.received_date and row.received_date < notice:
        raise InvalidInputError(
            _(
                "The notice is dated {date} but received on {received}, before it was written: "
                "check both dates."
            ).format(date=notice.isoformat(), received=row.received_date.isoformat())
        )
    if notice and row.application_date and row.application_date > notice:
        raise InvalidInputError(
            _(
                "The application is dated {application}, after the notice that refused it "
                "({date}): check both dates."
            ).format(application=row.application_date.isoformat(), date=notice.isoformat())
        )


def _date_document(s: Session, document_id: int | None, on: dt.date) -> None:
    """The slip's date is one value: a notice read from a document dates the document too."""
    doc = s.get(Document, document_id) if document_id is not None else None
    if doc is not None:
        doc.document_date = on


def list_notices(case: CaseFile) -> list[NoticeView]:
    """Each notice; one read from a document is dated by that document, so editing the slip's
    date anywhere (details panel, suggestion, undo) moves the deadline at once."""
    with case.session() as s:
        rows = s.execute(
            select(RefusalNotice, Document.document_date)
            .outerjoin(Document, RefusalNotice.document_id == Document.id)
            .order_by(RefusalNotice.id)
        )
        return [
            NoticeView(
                n.id,
                n.refusal_type,
                document_date or n.notice_date,
                n.received_date,
                n.application_date,
                n.colour,
                n.channel,
                n.admin_processing_only,
                n.applicant_id,
            )
            for n, document_date in rows
        ]


def notice_for_document(case: CaseFile, document_id: int) -> int:
    """The 221(g) notice a document is: the one linked to it, else the case's only 221(g) notice
    recorded without a document (now linked to it), else a new one."""
    case.require_writable()
    with case.session() as s, s.begin():
        notices = list(s.scalars(select(RefusalNotice).where(RefusalNotice.refusal_type == "221g")))
        linked = [n for n in notices if n.document_id == document_id]
        unlinked = [n for n in notices if n.document_id is None]
        if linked:
            return linked[0].id
        if len(unlinked) == 1:
            unlinked[0].document_id = document_id
            return unlinked[0].id
        row = RefusalNotice(refusal_type="221g", document_id=document_id)
        s.add(row)
        s.flush()
        return row.id


def set_notice_date(case: CaseFile, notice_id: int, notice_date: dt.date) -> None:
    """The date printed on the notice, which starts the one-year deadline clock."""
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(RefusalNotice, notice_id)
        if row is None:
            raise NotFoundError(_("There is no notice {id} in this case.").format(id=notice_id))
        row.notice_date = notice_date
        _date_document(s, row.document_id, notice_date)


def add_requested_item(
    case: CaseFile,
    *,
    code: str = "other",
    label: str | None = None,
    detail: str = "",
    notice_id: int | None = None,
    applicant_id: int | None = None,
) -> int:
    if code not in COMMON_ITEMS:
        raise InvalidInputError(
            _("Unknown item {code}; use one of {codes}.").format(
                code=repr(code), codes=", ".join(COMMON_ITEMS)
            )
        )
    case.require_writable()
    with case.session() as s, s.begin():
        position = s.scalar(select(func.coalesce(func.max(RequestedItem.position), -1))) + 1
        row = RequestedItem(
            code=code,
            label=label_for(code, label),
            detail=detail,
            notice_id=notice_id,
            applicant_id=applicant_id,
            position=position,
        )
        s.add(row)
        s.flush()
        return row.id


def link_document(case: CaseFile, item_id: int, document_id: int) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        if s.get(RequestedItem, item_id) is None:
            raise NotFoundError(
                _("There is no requested item {id} in this case.").format(id=item_id)
            )
        if s.get(Document, document_id) is None:
            raise NotFoundError(_("There is no document {id} in this case.").format(id=document_id))
        if s.get(RequestedItemDocument, (item_id, document_id)) is None:
            s.add(RequestedItemDocument(requested_item_id=item_id, document_id=document_id))


def set_not_enclosed_reason(case: CaseFile, item_id: int, reason: str) -> None:
    """Say why a requested item is not enclosed (empty: no reason given); the cover shows it."""
    case.require_writable()
    with case.session() as s, s.begin():
        item = s.get(RequestedItem, item_id)
        if item is None:
            raise NotFoundError(
                _("There is no requested item {id} in this case.").format(id=item_id)
            )
        item.not_enclosed_reason = reason.strip()


def unlink_document(case: CaseFile, item_id: int, document_id: int) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        link = s.get(RequestedItemDocument, (item_id, document_id))
        if link is not None:
            s.delete(link)


def mark_submitted(case: CaseFile, on: dt.date) -> int:
    """Mark every item that has documents as submitted on ``on``; returns how many."""
    case.require_writable()
    with case.session() as s, s.begin():
        items = [
            i for i in s.scalars(select(RequestedItem)) if i.documents and i.submitted_on is None
        ]
        for item in items:
            item.submitted_on = on
        return len(items)


def list_requested_items(case: CaseFile) -> list[RequestedItemView]:
    with case.session() as s:
        rows = s.scalars(select(RequestedItem).order_by(RequestedItem.position))
        return [
            RequestedItemView(
                id=r.id,
                code=r.code,
                label=r.label,
                detail=r.detail,
                state=state_of(len(r.documents), r.submitted_on),
                document_ids=tuple(sorted(d.id for d in r.documents)),
                submitted_on=r.submitted_on,
                reason=r.not_enclosed_reason,
            )
            for r in rows
        ]
