"""Saying that a packet went out: which version, on which day.

The answer to "what exactly did I send on 28 Oct?" is the packet version marked here; the
timeline event carries its id and hash, and the requested items with documents become
"submitted", which is what starts the wait the follow-up email counts from. A version built
only to be looked at (the packet dialog's live preview) is forgotten again, so the list of
versions holds what the user saved.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.errors import NotFoundError
from desktop_app.services import events, notices
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketVersion

SUBMITTED = "documents_submitted"


def mark_submitted(case: CaseFile, version_id: int, on: dt.date, *, note: str = "") -> int:
    """Record that packet version ``version_id`` was handed in on ``on``; returns the event id."""
    with case.session() as s:
        version = s.get(PacketVersion, version_id)
        if version is None:
            raise NotFoundError(f"There is no packet version {version_id} in this case.")
        payload = {
            "packet_version": version.id,
            "output_sha256": version.output_sha256,
            "page_count": version.page_count,
        }
        name = version.output_name
    event_id = events.record_event(
        case,
        SUBMITTED,
        on,
        note=note or f"Packet {name} ({payload['page_count']} pages) submitted.",
        payload=payload,
    )
    with case.session() as s, s.begin():
        row = s.get(PacketVersion, version_id)
        assert row is not None
        row.submitted_on = on
    notices.mark_submitted(case, on)
    return event_id

