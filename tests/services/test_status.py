"""Recording a pasted CEAC page: verbatim, dated by the page, given to the applicant it names."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.errors import InvalidInputError
from desktop_app.services import applicants, events, status
from desktop_app.store.casefile import CaseFile

PAGE = (
    "Application ID or Case Number: AA00C2XK4M\nStatus: Administrative Processing\n"
    "Case Last Updated: 02-Feb-2024"
)


def test_the_page_goes_to_the_applicant_whose_number_it_shows(case: CaseFile) -> None:
    applicants.add_applicant(case, "Maria L. Santos", application_id="AA00B7QPGN")
    daniel = applicants.add_applicant(
        case, "Daniel R. Santos", role="dependent", application_id="AA00C2XK4M"
    )

    seen = status.record_observation(case, PAGE)

    [event] = [e for e in events.list_events(case) if e.id == seen.event_id]
    assert event.applicant_id == daniel
    assert event.occurred_on == dt.date(2024, 2, 2)
    assert event.payload["text"] == PAGE


def test_a_page_naming_nobody_in_the_case_stays_with_the_whole_case(case: CaseFile) -> None:
    applicants.add_applicant(case, "Maria L. Santos", application_id="AA00B7QPGN")

    seen = status.record_observation(case, PAGE)

    [event] = [e for e in events.list_events(case) if e.id == seen.event_id]
    assert event.applicant_id is None


def test_an_applicant_chosen_by_the_user_wins(case: CaseFile) -> None:
    maria = applicants.add_applicant(case, "Maria L. Santos", application_id="AA00B7QPGN")
    applicants.add_applicant(case, "Daniel R. Santos", application_id="AA00C2XK4M")

    seen = status.record_observation(case, PAGE, applicant_id=maria)

    [event] = [e for e in events.list_events(case) if e.id == seen.event_id]
    assert event.applicant_id == maria


def test_a_pasted_page_dated_outside_1900_to_2100_is_refused_with_one_line(
    case: CaseFile,
) -> None:
    page = "Case Last Updated: 31-Dec-9999\nStatus: Approved"
    with pytest.raises(InvalidInputError) as refused:
        status.record_observation(case, page)
    assert refused.value.message == (
        "9999-12-31 is outside the dates VisaCase takes (1900 to 2100); check the year."
    )
    assert events.list_events(case) == []
