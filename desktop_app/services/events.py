"""Recording dated events on the case timeline.

The domain decides what the events mean (phases, durations, deadlines); this module only stores
them. ``recorded_at`` is set here, at the moment the user records something, because it is what
keeps two same-day CEAC observations in the order the user saw them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.date_reading import range_problem
from desktop_app.errors import InvalidInputError, NotFoundError
from desktop_app.messages import _
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Applicant, Document, Event, utcnow


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    occurred_on: dt.date
    recorded_at: dt.datetime
    applicant_id: int | None
    document_id: int | None
    note: str
    payload: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, row: Event) -> EventView:
        return cls(
            id=row.id,
            kind=row.kind,
            occurred_on=row.occurred_on,
            recorded_at=row.recorded_at,
            applicant_id=row.applicant_id,
            document_id=row.document_id,
            note=row.note,
            payload=dict(row.payload or {}),
        )


class EventFields(TypedDict, total=False):
    """What may be said about an event besides its kind and day."""

    applicant_id: int | None
    document_id: int | None
    note: str
    payload: dict[str, Any] | None


def record_event(
    case: CaseFile, kind: str, occurred_on: dt.date, **fields: Unpack[EventFields]
) -> int:
    """Record what the user says happened; a day outside 1900–2100 (a typed or pasted typo) is
    refused with the one line every date field uses."""
    problem = range_problem(occurred_on)
    if problem:
        raise InvalidInputError(problem)
    case.require_writable()
    with case.session() as s, s.begin():
        return store_event(s, kind, occurred_on, **fields)


def store_event(
    session: Session,
    kind: str,
    occurred_on: dt.date,
    *,
    applicant_id: int | None = None,
    document_id: int | None = None,
    note: str = "",
    payload: dict[str, Any] | None = None,
) -> int:
    """Record an event inside the caller's transaction (an imported email and its event are
    stored together), keeping same-day events in the order they were recorded."""
    if not kind:
        raise InvalidInputError(_("An event needs a kind."))
    if applicant_id is not None and session.get(Applicant, applicant_id) is None:
        raise NotFoundError(
            _("There is no applicant {id} in this case (see 'info').").format(id=applicant_id)
        )
    if document_id is not None and session.get(Document, document_id) is None:
        raise NotFoundError(_("There is no document {id} in this case.").format(id=document_id))
    row = Event(
        kind=kind,
        occurred_on=occurred_on,
        recorded_at=_next_recorded_at(session),
        applicant_id=applicant_id,
        document_id=document_id,
        note=note,
        payload=payload or {},
    )
    session.add(row)
    session.flush()
    return row.id


def list_events(case: CaseFile) -> list[EventView]:
    """Events by the day they happened, then by when they were recorded."""
    with case.session() as s:
        rows = s.scalars(select(Event).order_by(Event.occurred_on, Event.recorded_at, Event.id))
        return [EventView.of(row) for row in rows]


def remove_event(case: CaseFile, event_id: int) -> None:
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(Event, event_id)
        if row is None:
            raise NotFoundError(_("There is no event {id} in this case.").format(id=event_id))
        s.delete(row)


def _next_recorded_at(session: Session) -> dt.datetime:
    """Now, but never earlier than the last recording: clocks step back, order must not."""
    latest = session.scalar(select(Event.recorded_at).order_by(Event.recorded_at.desc()).limit(1))
    now = utcnow()
    if latest is not None and now <= latest:
        return latest + dt.timedelta(microseconds=1)
    return now
