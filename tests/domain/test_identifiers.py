"""Identifiers are checked the way the consulate writes them, and masked for display."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain import identifiers


@pytest.mark.parametrize("value", ["AA00B7QPGN", "aa00b7qpgn", "AA0 0B7 QPGN", "AA0-0B7QPGN"])
def test_application_ids_are_accepted_however_they_are_typed(value: str) -> None:
    assert identifiers.is_application_id(value)
    assert identifiers.problem_with_case_id(value) is None


@pytest.mark.parametrize("value", ["MNL2023768001", "mnl 2023 768 001"])
def test_immigrant_case_numbers_are_accepted(value: str) -> None:
    assert identifiers.is_case_number(value)


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("AA1234567", "AA0 followed by 7"),
        ("AB00B7QPGN", "three letters and ten digits"),
        ("MNL202376800", "three letters and ten digits"),
    ],
)
def test_wrong_ids_get_a_hint_that_says_what_is_expected(value: str, hint: str) -> None:
    assert hint in (identifiers.problem_with_case_id(value) or "")


def test_masking_keeps_the_ends_and_hides_the_middle() -> None:
    assert identifiers.mask("AA00B7QPGN") == "AA00•••PGN"
    assert identifiers.mask("P4821937A") == "P4•••37A"
    assert identifiers.mask("") == ""


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=6, max_size=14))
def test_a_mask_never_shows_the_whole_number(value: str) -> None:
    masked = identifiers.mask(value)
    assert value not in masked
    assert identifiers.MASK in masked
