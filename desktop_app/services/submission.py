"""Saying that a packet went out: which version, on which day.

The answer to "what exactly did I send on 28 Oct?" is the packet version marked here; the
timeline event carries its id and hash, and the requested items with documents become
"submitted", which is what starts the wait the follow-up email counts from. A version built
only to be looked at (the packet dialog's live preview) is forgotten again, so the list of
versions holds what the user saved.

A submission after the 221(g) reply was due is recorded all the same (the documents did go
in), and ``late_notice`` gives the words that say so, for the dialog and the command line.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.deadline_states import MISSED_REPLY
from desktop_app.domain.deadlines import MET, MOOT, day
from desktop_app.errors import NotFoundError
from desktop_app.messages import _, ngettext, translated
from desktop_app.services import events, notices, timeline
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketVersion

SUBMITTED = "documents_submitted"


def mark_submitted(case: CaseFile, version_id: int, on: dt.date, *, note: str = "") -> int:
    """Record that packet version ``version_id`` was handed in on ``on``; returns the event id.

    One action: the event, the submitted items and the version's date land together or not at
    all."""
    with case.action():
        return _mark_submitted(case, version_id, on, note)


def _mark_submitted(case: CaseFile, version_id: int, on: dt.date, note: str) -> int:
    with case.session() as s:
        version = s.get(PacketVersion, version_id)
        if version is None:
            raise NotFoundError(
                _("There is no packet version {id} in this case.").format(id=version_id)
            )
        payload = {
            "packet_version": version.id,
            "output_sha256": version.output_sha256,
            "page_count": version.page_count,
        }
        name = version.output_name
    event_id = record_submission(
        case,
        on,
        note=note or f"Packet {name} ({payload['page_count']} pages) submitted.",
        payload=payload,
    )
    with case.session() as s, s.begin():
        row = s.get(PacketVersion, version_id)
        assert row is not None
        row.submitted_on = on
    return event_id


def record_submission(
    case: CaseFile,
    on: dt.date,
    *,
    applicant_id: int | None = None,
    note: str = "",
    payload: dict[str, object] | None = None,
) -> int:
    """Documents went in on ``on``: the event on the timeline, and every requested item with
    documents becomes submitted, in one action. Returns the event id."""
    with case.action():
        event_id = events.record_event(
            case, SUBMITTED, on, applicant_id=applicant_id, note=note, payload=payload
        )
        notices.mark_submitted(case, on)
    return event_id


def late_notice(case: CaseFile, on: dt.date) -> str | None:
    """What to tell someone about to submit (or who just did) on ``on`` after the 221(g) reply
    was due, or None when it is not late (or no reply is due)."""
    reply = next((d for d in timeline.deadlines(case, on) if d.key == "reply"), None)
    if reply is None or reply.state in (MET, MOOT) or on <= reply.due:
        return None
    late = (on - reply.due).days
    said = ngettext(
        "This submission on {day} is {n} day after the 221(g) reply was due ({due}); it is "
        "recorded all the same.",
        "This submission on {day} is {n} days after the 221(g) reply was due ({due}); it is "
        "recorded all the same.",
        late,
    ).format(day=day(on), n=late, due=day(reply.due))
    return f"{said} {translated(MISSED_REPLY)}"
