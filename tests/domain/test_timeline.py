"""Phases and durations from a realistic dropbox sequence, one step at a time."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.timeline import TimelineEvent, current_phase, phases

T0 = dt.datetime(2026, 1, 1, 9, 0)


def _e(n: int, kind: str, day: str, **payload: object) -> TimelineEvent:
    return TimelineEvent(
        kind, dt.date.fromisoformat(day), T0 + dt.timedelta(minutes=n), 1, dict(payload)
    )


SEQUENCE = [
    (_e(0, "dropbox", "2026-01-05"), "application submitted"),
    (
        _e(1, "ceac_status", "2026-01-09", status="Refused", variant="administrative_processing"),
        "administrative processing",
    ),
    (_e(2, "refusal_221g", "2026-01-12"), "221(g): documents requested"),
    (_e(3, "documents_submitted", "2026-01-19"), "documents submitted"),
    (
        _e(
            4,
            "ceac_status",
            "2026-02-02",
            status="Administrative Processing",
            variant="administrative_processing",
        ),
        "administrative processing",
    ),
    (_e(5, "ceac_status", "2026-02-23", status="Approved"), "approved"),
    (_e(6, "ceac_status", "2026-02-25", status="Issued"), "issued"),
]


def test_each_step_of_a_dropbox_sequence_gives_the_right_phase() -> None:
    for upto in range(1, len(SEQUENCE) + 1):
        events = [event for event, _ in SEQUENCE[:upto]]
        expected = SEQUENCE[upto - 1][1]
        phase = current_phase(events, 1)
        assert phase is not None and phase.name == expected


def test_durations_count_from_the_start_of_the_phase() -> None:
    events = [event for event, _ in SEQUENCE[:5]]
    phase = current_phase(events, 1)
    assert phase is not None
    assert phase.describe(dt.date(2026, 2, 23)) == (
        "administrative processing since 02 Feb 2026, 21 days"
    )


def test_same_day_observations_keep_the_order_they_were_recorded_in() -> None:
    ap = _e(1, "ceac_status", "2026-03-01", status="Administrative Processing")
    approved = _e(2, "ceac_status", "2026-03-01", status="Approved")
    assert current_phase([approved, ap], 1).name == "approved"
    assert [p.name for p in phases([approved, ap], 1)] == ["administrative processing", "approved"]


def test_another_applicants_events_do_not_move_this_one() -> None:
    mine = _e(0, "refusal_221g", "2026-01-12")
    theirs = TimelineEvent("ceac_status", dt.date(2026, 2, 1), T0, 2, {"status": "Issued"})
    assert current_phase([mine, theirs], 1).name == "221(g): documents requested"
