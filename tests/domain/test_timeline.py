"""Phases and durations from a realistic dropbox sequence, one step at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain import ceac
from desktop_app.domain.timeline import (
    TimelineEvent,
    awaiting_pickup,
    current_phase,
    phases,
    tracking_stage,
)

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


def _track(n: int, day: str, note: str = "", applicant: int | None = 1, **payload: object):
    return TimelineEvent(
        "passport_tracking",
        dt.date.fromisoformat(day),
        T0 + dt.timedelta(minutes=n),
        applicant,
        dict(payload),
        note,
    )


@pytest.mark.parametrize(
    ("note", "stage"),
    [
        ("Received from the consular section and being processed for delivery", "in_delivery"),
        (
            "Your passport is READY FOR PICKUP. Passports not collected in 14 days go back.",
            "ready_for_pickup",
        ),
        ("Ready for pick-up at the VAC, Makati", "ready_for_pickup"),
        ("Delivered to applicant", "collected"),
        ("Collected by the applicant's spouse", "collected"),
        ("Called the VAC, no news", None),
    ],
)
def test_passport_tracking_words_say_where_the_passport_is(note: str, stage: str | None) -> None:
    assert tracking_stage(_track(0, "2026-03-02", note)) == stage


def test_a_stage_given_by_the_caller_wins_over_the_words() -> None:
    event = _track(0, "2026-03-02", "delivered", stage="ready_for_pickup")
    assert tracking_stage(event) == "ready_for_pickup"


def test_a_passport_waits_for_pickup_until_a_later_update_says_it_was_collected() -> None:
    ready = _track(1, "2026-03-02", "ready for pickup")
    other = _track(2, "2026-03-03", "ready for pickup", applicant=2)
    collected = _track(3, "2026-03-05", "picked up")
    assert awaiting_pickup([ready, other]) == {1: dt.date(2026, 3, 2), 2: dt.date(2026, 3, 3)}
    assert awaiting_pickup([collected, ready, other]) == {2: dt.date(2026, 3, 3)}
    assert current_phase([ready, collected], 1).name == "passport returned"


def test_a_short_refused_text_is_a_phase_of_its_own_until_the_letter_is_read() -> None:
    refused = _e(1, "ceac_status", "2026-01-09", status="Refused", variant="see_letter")
    issued = _e(2, "ceac_status", "2026-01-20", status="Issued")
    assert current_phase([refused], 1).name == "refused: see the letter"
    assert current_phase([refused, issued], 1).name == "issued"


@pytest.mark.parametrize("status", ceac.STATUSES)
def test_every_ceac_status_names_a_phase(status: str) -> None:
    phase = current_phase([_e(0, "ceac_status", "2026-01-09", status=status)], 1)
    assert (phase is None) == (status == "No Status")


def test_each_past_phase_lasts_until_the_next_one_began() -> None:
    history = phases([event for event, _ in SEQUENCE], 1)
    today = dt.date(2026, 3, 1)
    assert [(p.name, p.days(today)) for p in history] == [
        ("application submitted", 4),
        ("administrative processing", 3),
        ("221(g): documents requested", 7),
        ("documents submitted", 14),
        ("administrative processing", 21),
        ("approved", 2),
        ("issued", 4),
    ]
    assert history[4].describe(today) == "administrative processing 02 Feb – 23 Feb 2026, 21 days"
    assert history[-1].until is None
