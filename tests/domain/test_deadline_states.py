"""Whether a deadline still stands: open, met, missed or moot, each with the reason in words."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.deadline_states import (
    MISSED_REPLY,
    Progress,
    Standing,
    headline,
    settle,
)
from desktop_app.domain.deadlines import (
    STATES,
    followup_deadline,
    inquiry_deadline,
    pickup_deadline,
    response_deadline,
)

SLIP = dt.date(2022, 10, 27)
REPLY = response_deadline(SLIP)
INQUIRY = inquiry_deadline(60, dt.date(2022, 10, 28), [])
WAITING = (Standing("Ana Reyes", "administrative processing"),)
ISSUED = (Standing("Ana Reyes", "issued", "issued", dt.date(2022, 11, 1)),)
assert REPLY is not None and INQUIRY is not None


def _at(today: dt.date, **facts: object) -> Progress:
    return Progress(today=today, **facts)  # type: ignore[arg-type]


def test_a_reply_is_met_by_submitting_everything_that_was_asked() -> None:
    done = settle(REPLY, _at(dt.date(2023, 1, 1), submissions=(dt.date(2022, 10, 28),)))
    assert (done.state, done.reason) == ("met", "documents submitted 28 Oct 2022")


def test_a_part_submission_stays_open_and_names_what_remains() -> None:
    requested = (("Bank statements", dt.date(2022, 11, 3)), ("Police certificate", None))
    part = settle(REPLY, _at(dt.date(2023, 1, 1), requested=requested))
    assert part.state == "open"
    assert part.reason == "documents submitted 03 Nov 2022; still to send: Police certificate"


def test_a_reply_past_its_day_with_nothing_sent_is_missed() -> None:
    late = settle(REPLY, _at(dt.date(2023, 11, 20)))
    assert (late.state, late.reason) == ("missed", "the due date passed; nothing submitted yet")
    assert late.describe(dt.date(2023, 11, 20)) == (
        "221(g) reply MISSED — was due 27 Oct 2023, 24 days ago"
    )


def test_a_late_submission_is_still_missed_and_says_when_it_went_in() -> None:
    late = settle(REPLY, _at(dt.date(2023, 12, 1), submissions=(dt.date(2023, 11, 6),)))
    assert late.state == "missed"
    assert late.reason == (
        "documents submitted 06 Nov 2023, 10 days after the due date: "
        "ask the post whether it took them"
    )


def test_administrative_processing_only_needs_no_reply() -> None:
    moot = settle(REPLY, _at(dt.date(2024, 1, 1), admin_only=True))
    assert (moot.state, moot.reason) == ("moot", "administrative processing only: no reply is due")


def test_an_issued_visa_makes_the_inquiry_and_the_follow_up_moot() -> None:
    followup = followup_deadline(dt.date(2022, 10, 28), 14, dt.date(2026, 1, 1))
    for deadline in (INQUIRY, followup):
        settled = settle(deadline, _at(dt.date(2026, 1, 1), standing=ISSUED))
        assert (settled.state, settled.reason) == ("moot", "visa issued 01 Nov 2022")
        assert "ago" not in settled.describe(dt.date(2026, 1, 1))


def test_an_issued_visa_without_a_submission_makes_the_reply_moot_too() -> None:
    settled = settle(REPLY, _at(dt.date(2026, 1, 1), standing=ISSUED))
    assert (settled.state, settled.reason) == ("moot", "visa issued 01 Nov 2022")


def test_a_split_family_keeps_waiting_for_the_one_still_in_processing() -> None:
    family = (
        Standing("Ana Reyes", "issued", "issued", dt.date(2022, 11, 1)),
        Standing("Luis Reyes", "administrative processing"),
    )
    settled = settle(INQUIRY, _at(dt.date(2022, 12, 1), standing=family))
    assert settled.state == "open"
    assert settled.reason == (
        "Ana Reyes: visa issued 01 Nov 2022; still waiting: Luis Reyes (administrative processing)"
    )


def test_an_inquiry_sent_after_its_day_is_met_and_one_sent_before_is_not() -> None:
    early = settle(INQUIRY, _at(dt.date(2023, 2, 1), inquiries=(dt.date(2022, 12, 1),)))
    assert (early.state, early.reason) == ("open", "you may ask about processing now")
    asked = settle(INQUIRY, _at(dt.date(2023, 2, 1), inquiries=(dt.date(2023, 1, 2),)))
    assert (asked.state, asked.reason) == ("met", "inquiry sent 02 Jan 2023")


def test_a_passport_left_past_its_pickup_window_is_missed() -> None:
    pickup = settle(pickup_deadline(dt.date(2026, 3, 2)), _at(dt.date(2026, 3, 20)))
    assert pickup.state == "missed" and "ask it" in pickup.reason


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1)),
    st.booleans(),
    st.lists(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1)), max_size=3),
    st.sampled_from((WAITING, ISSUED, ())),
)
def test_every_deadline_ends_in_one_of_the_four_states_with_a_reason(
    today: dt.date, admin_only: bool, submissions: list[dt.date], standing: tuple[Standing, ...]
) -> None:
    progress = _at(today, admin_only=admin_only, submissions=tuple(submissions), standing=standing)
    for deadline in (REPLY, INQUIRY, followup_deadline(SLIP, 14, today)):
        settled = settle(deadline, progress)
        assert settled.state in STATES
        assert settled.reason


def test_the_headline_puts_a_missed_reply_before_anything_ahead() -> None:
    today = dt.date(2023, 11, 20)
    found = [settle(d, _at(today)) for d in (REPLY, followup_deadline(SLIP, 14, today))]
    text, missed = headline(found, today)
    assert missed
    assert text.startswith("221(g) reply MISSED — was due 27 Oct 2023, 24 days ago")


def test_with_everything_settled_the_headline_says_why_there_is_nothing_ahead() -> None:
    today = dt.date(2026, 1, 1)
    found = [settle(d, _at(today, standing=ISSUED)) for d in (REPLY, INQUIRY)]
    assert headline(found, today) == (
        "No deadline ahead — 221(g) reply no longer applies — visa issued 01 Nov 2022",
        False,
    )


def test_the_missed_reply_wording_is_general_information_that_sends_the_user_to_the_post() -> None:
    assert MISSED_REPLY.startswith("General information, not legal advice")
    assert "ask the post" in MISSED_REPLY
    assert "new application" in MISSED_REPLY and "fee" in MISSED_REPLY
