"""Recording CEAC status observations: the reading, its meaning and the verbatim text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from desktop_app.domain import ceac, identifiers, status_meaning
from desktop_app.domain.ceac import CeacReading
from desktop_app.errors import InvalidInputError
from desktop_app.messages import _
from desktop_app.services import applicants, events
from desktop_app.store.casefile import CaseFile

KIND = "ceac_status"


@dataclass(frozen=True)
class Observation:
    event_id: int
    reading: CeacReading
    meaning: str
    note: str | None


def reading_payload(reading: CeacReading) -> dict[str, object]:
    """The reading as JSON-friendly values (ISO dates)."""
    return {
        key: value.isoformat() if isinstance(value, dt.date) else value
        for key, value in dataclasses.asdict(reading).items()
    }


def record_observation(
    case: CaseFile, text: str, *, applicant_id: int | None = None, on: dt.date | None = None
) -> Observation:
    """Store what the user pasted, dated by 'Case Last Updated' unless a day is given."""
    if not text.strip():
        raise InvalidInputError(_("Paste the text of the CEAC status page first."))
    reading = ceac.read(text)
    if applicant_id is None:
        applicant_id = _applicant_named(case, reading)
    previous = _previous_reading(case, applicant_id)
    day = on or reading.case_last_updated or dt.date.today()
    event_id = events.record_event(
        case,
        KIND,
        day,
        applicant_id=applicant_id,
        payload={**reading_payload(reading), "text": text},
    )
    return Observation(
        event_id,
        reading,
        status_meaning.explain(reading),
        status_meaning.compare(previous, reading),
    )


def _applicant_named(case: CaseFile, reading: CeacReading) -> int | None:
    """The applicant whose application ID or case number the page shows, if there is one."""
    if not reading.application_id:
        return None
    named = identifiers.normalise(reading.application_id)
    return next(
        (
            p.id
            for p in applicants.list_applicants(case)
            if named in {identifiers.normalise(n) for n in (p.application_id, p.case_number) if n}
        ),
        None,
    )


def _previous_reading(case: CaseFile, applicant_id: int | None) -> CeacReading | None:
    earlier = [
        e for e in events.list_events(case) if e.kind == KIND and e.applicant_id == applicant_id
    ]
    return ceac.read(earlier[-1].payload.get("text", "")) if earlier else None
