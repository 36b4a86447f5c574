"""The one-year 221(g) reply deadline."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.deadlines import one_year_after, response_deadline


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
    assert deadline.rule == "one year from the notice date"
    assert deadline.describe(dt.date(2026, 11, 22)) == "221(g) reply due 18 Aug 2027 — 269 days"


def test_no_dates_no_deadline() -> None:
    assert response_deadline(None, None) is None


def test_the_case_rule_picks_the_start_date_and_falls_back_to_the_earliest() -> None:
    notice, received, applied = dt.date(2026, 8, 18), dt.date(2026, 8, 25), dt.date(2026, 7, 1)
    by_received = response_deadline(notice, received, applied, rule="received_date")
    assert by_received is not None and by_received.due == dt.date(2027, 8, 25)
    earliest = response_deadline(notice, received, applied)
    assert earliest is not None
    assert (earliest.due, earliest.rule) == (
        dt.date(2027, 7, 1),
        "one year from the application date",
    )
    missing = response_deadline(notice, None, None, rule="received_date")
    assert missing is not None and missing.due == dt.date(2027, 8, 18)
