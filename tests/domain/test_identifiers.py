"""Identifiers are checked the way the consulate writes them, and masked for display."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import ceac, identifiers


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


APPLICATION_IDS = st.from_regex(r"AA0[A-Z0-9]{7}", fullmatch=True)
CASE_NUMBERS = st.from_regex(r"[A-Z]{3}[0-9]{10}", fullmatch=True)


def _as_typed(data: st.DataObject, value: str) -> str:
    """The number in mixed case with spaces and dashes here and there."""
    chars = [c.lower() if data.draw(st.booleans()) else c for c in value]
    return "".join(c + data.draw(st.sampled_from(("", "", " ", "-"))) for c in chars)


@settings(max_examples=50)
@given(st.one_of(APPLICATION_IDS, CASE_NUMBERS), st.data())
def test_a_number_is_recognised_however_it_is_typed(value: str, data: st.DataObject) -> None:
    typed = _as_typed(data, value)
    assert identifiers.normalise(typed) == value
    assert identifiers.problem_with_case_id(typed) is None
    assert identifiers.is_application_id(typed) != identifiers.is_case_number(typed)


@given(st.one_of(APPLICATION_IDS, CASE_NUMBERS))
def test_the_status_page_reader_finds_the_same_numbers(value: str) -> None:
    page = f"Application ID or Case Number:{value}Case Created:01-Feb-2024"
    assert ceac.read(page).application_id == value
    assert ceac.read(page.lower()).application_id == value


def test_numbers_inside_a_text_are_masked_and_the_rest_is_kept() -> None:
    page = (
        "Application ID or Case Number: aa00b7qpgn\n"
        "Immigrant case MNL2023768001. Passport P5530172B"
    )

    shown = identifiers.mask_in_text(page, also=("P5530172B",))

    assert "aa00b7qpgn" not in shown and "MNL2023768001" not in shown
    assert "P5530172B" not in shown
    assert shown.startswith("Application ID or Case Number: ")
    assert "AA00•••PGN" in shown and "Immigrant case" in shown


def test_a_mask_keeps_the_characters_a_reading_differs_in() -> None:
    assert identifiers.mask("AA00ABO123", reveal={6}) == "AA00•••O123"
    assert identifiers.mask("AA00ABO123", reveal={5}, mark=lambda ch: f"[{ch}]") == (
        "AA00•••[B]•••123"
    )


def test_numbers_in_a_text_keep_the_revealed_characters_of_the_given_ones() -> None:
    shown = identifiers.mask_in_text(
        "read as AA0OAB0123, held AA00XYZ789", also=("AA0OAB0123",), reveal={6}
    )
    assert shown == "read as AA0O•••0123, held AA00•••789"
