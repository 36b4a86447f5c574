"""The one-year 221(g) reply deadline, the inquiry date, the follow-up and the pickup window:
when each falls, the one wording of its rule, and the date it was counted from on the case."""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.deadlines import (
    PICKUP_WINDOW_DAYS,
    Deadline,
    followup_deadline,
    followup_rule,
    inquiry_deadline,
    inquiry_rule,
    one_year_after,
    pickup_deadline,
    reply_rule,
    response_deadline,
)


def test_a_year_after_a_leap_day_is_the_earlier_28_february() -> None:
    assert one_year_after(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_the_deadline_is_never_more_than_a_year_away(start: dt.date) -> None:
    due = one_year_after(start)
    assert 365 <= (due - start).days <= 366
    assert (due.month, due.day) == (start.month, start.day) or (start.month, start.day) == (2, 29)


def test_the_earliest_known_start_date_wins_and_is_named() -> None:
    deadline = response_deadline(dt.date(2026, 8, 18), dt.date(2026, 8, 25))
    assert deadline is not None
    assert deadline.due == dt.date(2027, 8, 18)
    assert deadline.rule == "one year from the earliest known date (the safest)"
    assert deadline.basis == (
        "counted from the earliest known date, the date printed on the notice: 18 Aug 2026"
    )
    assert deadline.describe(dt.date(2026, 11, 22)) == "221(g) reply due 18 Aug 2027 — 269 days"


def test_no_dates_no_deadline() -> None:
    assert response_deadline(None, None) is None


def test_the_case_rule_picks_the_start_date_and_falls_back_to_the_earliest() -> None:
    notice, received, applied = dt.date(2026, 8, 18), dt.date(2026, 8, 25), dt.date(2026, 7, 1)
    by_received = response_deadline(notice, received, applied, rule="received_date")
    assert by_received is not None and by_received.due == dt.date(2027, 8, 25)
    earliest = response_deadline(notice, received, applied)
    assert earliest is not None
    assert (earliest.due, earliest.basis) == (
        dt.date(2027, 7, 1),
        "counted from the earliest known date, the application date: 01 Jul 2026",
    )
    missing = response_deadline(notice, None, None, rule="received_date")
    assert missing is not None and missing.due == dt.date(2027, 8, 18)


def test_a_rule_whose_date_is_missing_says_so_and_names_the_date_used_instead() -> None:
    missing = response_deadline(dt.date(2026, 8, 18), None, None, rule="received_date")
    assert missing is not None
    assert missing.rule == "one year from the day the notice was received"
    assert missing.basis == (
        "the day the notice was received is not recorded, so it is counted from the date "
        "printed on the notice instead: 18 Aug 2026"
    )


DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))


@given(DATES, DATES)
def test_a_later_start_never_gives_an_earlier_deadline(a: dt.date, b: dt.date) -> None:
    early, late = sorted((a, b))
    assert one_year_after(early) <= one_year_after(late)


@given(st.integers(min_value=1990, max_value=2090).filter(calendar.isleap))
def test_leap_days_and_their_neighbours_around_every_leap_year(year: int) -> None:
    feb28, feb29, mar1 = dt.date(year, 2, 28), dt.date(year, 2, 29), dt.date(year, 3, 1)
    assert one_year_after(feb28) == one_year_after(feb29) == dt.date(year + 1, 2, 28)
    assert one_year_after(mar1) == dt.date(year + 1, 3, 1)
    before = dt.date(year - 1, 3, 1)
    assert (one_year_after(before) - before).days == 366


@given(st.lists(st.one_of(st.none(), DATES), min_size=3, max_size=3))
def test_the_earliest_rule_is_one_year_from_the_earliest_known_date(
    starts: list[dt.date | None],
) -> None:
    deadline = response_deadline(*starts)
    known = [d for d in starts if d is not None]
    if not known:
        assert deadline is None
    else:
        assert deadline is not None and deadline.due == one_year_after(min(known))


@given(st.sampled_from(("notice_date", "received_date", "application_date")), DATES, DATES, DATES)
def test_a_chosen_rule_is_never_later_than_its_own_date_allows(
    rule: str, notice: dt.date, received: dt.date, applied: dt.date
) -> None:
    deadline = response_deadline(notice, received, applied, rule=rule)
    chosen = {"notice_date": notice, "received_date": received, "application_date": applied}[rule]
    assert deadline is not None and deadline.due == one_year_after(chosen)
    assert deadline.rule.startswith("one year from the ")


@given(DATES, DATES)
def test_days_left_count_down_to_zero_on_the_day_and_below_after(
    start: dt.date, today: dt.date
) -> None:
    deadline = pickup_deadline(start)
    assert deadline.due - start == dt.timedelta(days=PICKUP_WINDOW_DAYS)
    assert deadline.days_left(deadline.due) == 0
    assert today + dt.timedelta(days=deadline.days_left(today)) == deadline.due
    assert ("days" in deadline.describe(today)) == (today < deadline.due)


def test_the_pickup_window_says_the_rule_behind_it() -> None:
    deadline = pickup_deadline(dt.date(2026, 3, 2))
    assert deadline.due == dt.date(2026, 3, 16)
    assert deadline.rule == "visa centers hold a passport about 14 days after 'ready for pickup'"
    assert deadline.describe(dt.date(2026, 3, 10)) == "Passport pickup due 16 Mar 2026 — 6 days"


def test_an_inquiry_counts_from_the_last_submission_when_there_is_one() -> None:
    began = [(dt.date(2026, 1, 12), "the 221(g) refusal")]
    after_submission = inquiry_deadline(120, dt.date(2026, 2, 1), began)
    assert after_submission == Deadline(
        "Inquiry about processing",
        dt.date(2026, 6, 1),
        "120 days after the last submission, or after processing began",
        "inquiry",
        "counted from the last submission: 01 Feb 2026",
    )


def test_without_a_submission_an_inquiry_counts_from_when_processing_began() -> None:
    began = [
        (dt.date(2026, 1, 20), "the 221(g) notice"),
        (dt.date(2026, 1, 9), "the first administrative-processing status"),
    ]
    deadline = inquiry_deadline(60, None, began)
    assert deadline is not None
    assert (deadline.due, deadline.basis) == (
        dt.date(2026, 3, 10),
        "nothing submitted, so counted from the first administrative-processing status: "
        "09 Jan 2026",
    )
    assert inquiry_deadline(60, None, []) is None


@given(DATES, st.integers(min_value=1, max_value=60), DATES)
def test_a_recurring_follow_up_shows_its_next_occurrence_from_today(
    last: dt.date, every: int, today: dt.date
) -> None:
    deadline = followup_deadline(last, every, today)
    assert (deadline.due - last).days % every == 0
    assert deadline.due > last
    if today > last:
        assert today <= deadline.due < today + dt.timedelta(days=every)


def test_a_follow_up_392_days_after_the_last_contact_is_a_few_days_ahead() -> None:
    deadline = followup_deadline(dt.date(2025, 10, 20), 14, dt.date(2026, 11, 28))
    assert deadline.due == dt.date(2026, 11, 30)
    assert deadline.describe(dt.date(2026, 11, 28)) == "Next follow-up due 30 Nov 2026 — 2 days"


def test_each_rule_has_one_wording() -> None:
    assert reply_rule("notice_date") == "one year from the date printed on the notice"
    assert inquiry_rule(120) == "120 days after the last submission, or after processing began"
    assert followup_rule(14) == "every 14 days after the last contact with the consulate"


def test_a_refusal_without_a_notice_date_is_named_as_the_refusal() -> None:
    refused = dt.date(2025, 10, 1)
    found = response_deadline(None, refusal_date=refused)
    assert found is not None and found.due == dt.date(2026, 10, 1)
    assert found.basis == (
        "counted from the earliest known date, the day of the 221(g) refusal: 01 Oct 2025"
    )
    asked = response_deadline(None, refusal_date=refused, rule="notice_date")
    assert asked is not None and asked.basis == (
        "the date printed on the notice is not recorded, so it is counted from the day of the "
        "221(g) refusal instead: 01 Oct 2025"
    )


def test_the_notice_date_wins_over_the_refusal_day() -> None:
    found = response_deadline(dt.date(2025, 10, 3), refusal_date=dt.date(2025, 10, 1))
    assert found is not None and found.due == dt.date(2026, 10, 3)
