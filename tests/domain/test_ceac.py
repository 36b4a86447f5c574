"""Reading CEAC status text pasted in the messy ways people paste it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain import ceac, status_meaning
from desktop_app.errors import InvalidInputError

LONG_REFUSED = (
    "Refused\nA U.S. consular officer has adjudicated and refused your visa application. Please "
    "follow any instructions provided by the consular officer. If you were informed by the "
    "consular officer that your case was refused for administrative processing, your case will "
    "remain refused while undergoing such processing. You will receive another adjudication once "
    "such processing is complete. Please see the webpage for the U.S. Embassy or Consulate where "
    "you applied for more information.\nU.S. Embassy Manila"
)
SHORT_REFUSED = (
    "Refused\nA U.S. consular officer has adjudicated and refused your visa application. Please "
    "see the letter you received at the interview.\nU.S. Consulate General Mumbai"
)
OLD_ADMIN = (
    "Administrative Processing\nYour visa case is currently undergoing necessary administrative "
    "processing. This processing can take several weeks.\nU.S. Embassy Abu Dhabi"
)
OLD_LETTER = "Refused\nYour application was refused. Please refer to the letter provided.\n"
WHOLE_PAGE = (
    "Nonimmigrant Visa (NIV)\nApplication ID or Case Number: AA00B7QPGN\nCase Created: 28-Jul-2022"
    "\nCase Last Updated: 12-Aug-2022\nStatus:\n" + LONG_REFUSED + "\nClose Print"
)


@pytest.mark.parametrize(
    ("text", "status", "variant"),
    [
        (LONG_REFUSED, "Refused", "administrative_processing"),
        (SHORT_REFUSED, "Refused", "see_letter"),
        (OLD_ADMIN, "Administrative Processing", "administrative_processing"),
        (OLD_LETTER, "Refused", "see_letter"),
        (WHOLE_PAGE, "Refused", "administrative_processing"),
        (WHOLE_PAGE.upper(), "Refused", "administrative_processing"),
        (" ".join(WHOLE_PAGE.split()), "Refused", "administrative_processing"),
        (
            "Issued\nYour visa is in final processing. If you have not received your visa...",
            "Issued",
            None,
        ),
        *[
            (f"Status: {name}\nsome paragraph", name, None)
            for name in ceac.STATUSES
            if name != "Administrative Processing"
        ],
        (
            "Status: Administrative Processing",
            "Administrative Processing",
            "administrative_processing",
        ),
        ("Something else entirely", "unknown", None),
    ],
)
def test_every_status_and_variant_is_read(text: str, status: str, variant: str | None) -> None:
    reading = ceac.read(text)
    assert (reading.status, reading.variant) == (status, variant)


def test_a_whole_page_gives_dates_id_and_post() -> None:
    reading = ceac.read(WHOLE_PAGE.replace("\n", "   "))
    assert reading.case_created == dt.date(2022, 7, 28)
    assert reading.case_last_updated == dt.date(2022, 8, 12)
    assert reading.application_id == "AA00B7QPGN"
    assert reading.post == "U.S. Embassy Manila"


def test_an_immigrant_case_number_is_found() -> None:
    assert ceac.read("Case Number mnl2023768001 Status: At NVC").application_id == "MNL2023768001"


def test_nothing_is_invented_for_what_is_not_there() -> None:
    reading = ceac.read(SHORT_REFUSED)
    assert (reading.case_created, reading.case_last_updated, reading.application_id) == (
        None,
        None,
        None,
    )
    assert reading.post == "U.S. Consulate General Mumbai"


def test_the_meaning_tells_the_two_refused_texts_apart() -> None:
    long = status_meaning.explain(ceac.read(LONG_REFUSED))
    short = status_meaning.explain(ceac.read(SHORT_REFUSED))
    assert "not a final decision" in long
    assert "the letter you received" in short
    assert long.endswith(status_meaning.NOTICE) and short.endswith(status_meaning.NOTICE)


def test_a_later_last_updated_with_the_same_status_is_noticed() -> None:
    before = ceac.read(WHOLE_PAGE)
    after = ceac.read(WHOLE_PAGE.replace("12-Aug-2022", "30-Aug-2022"))
    assert status_meaning.compare(before, after) == (
        "Same status, but 'Case Last Updated' moved: the case is being worked on."
    )
    assert status_meaning.compare(before, before) is None


APPROVED_PAGE = (
    "Visa Status Check\nU.S. Department of State\nNonimmigrant Visa (NIV)\n"
    "Application ID or Case Number:\nAA00B7QPGN\nCase Created:\n28-Jul-2022\n"
    "Case Last Updated:\n12-Aug-2022\nApproved\nYour visa case has been approved. If you have "
    "not received your visa or been contacted by the U.S. Embassy or Consulate within 30 days of "
    "this status update, please contact the U.S. Embassy or Consulate where you applied.\n"
    "U.S. Embassy in Mexico City\nClose  Print\n"
)
APPROVED = ceac.CeacReading(
    status="Approved",
    variant=None,
    case_created=dt.date(2022, 7, 28),
    case_last_updated=dt.date(2022, 8, 12),
    application_id="AA00B7QPGN",
    post="U.S. Embassy Mexico City",
)


@pytest.mark.parametrize(
    "pasted",
    [
        APPROVED_PAGE,
        APPROVED_PAGE.upper(),
        APPROVED_PAGE.lower(),
        " ".join(APPROVED_PAGE.split()),
        APPROVED_PAGE.replace("\n", ""),
        APPROVED_PAGE.replace("\n", "\r\n").replace(" ", "  "),
    ],
    ids=["as copied", "capitals", "lower case", "one line", "breaks lost", "windows, spaced"],
)
def test_a_whole_page_reads_the_same_however_it_was_pasted(pasted: str) -> None:
    assert ceac.read(pasted) == APPROVED


def test_an_immigrant_number_glued_to_the_next_label_is_still_found() -> None:
    glued = "Application ID or Case Number:MNL2023768001Case Created:22-Jun-2023Status:At NVC"
    reading = ceac.read(glued)
    assert (reading.application_id, reading.status) == ("MNL2023768001", "At NVC")


def test_the_generic_embassy_or_consulate_words_are_not_a_post() -> None:
    text = "Approved. Contact the U.S. Embassy or Consulate where you applied."
    assert ceac.read(text).post is None
    assert ceac.read(text.upper()).post is None


@pytest.mark.parametrize(
    ("later", "note"),
    [
        (WHOLE_PAGE.replace("12-Aug-2022", "30-Aug-2022"), True),
        (WHOLE_PAGE.replace("12-Aug-2022", "01-Aug-2022"), False),
        (WHOLE_PAGE.replace("12-Aug-2022", "30-Aug-2022").replace("Refused", "Issued"), False),
        (LONG_REFUSED, False),
    ],
    ids=["later date", "earlier date", "status changed", "no date"],
)
def test_only_a_later_date_with_the_same_status_means_being_worked_on(
    later: str, note: bool
) -> None:
    assert (status_meaning.compare(ceac.read(WHOLE_PAGE), ceac.read(later)) is not None) == note


@pytest.mark.parametrize("status", [*ceac.STATUSES, ceac.UNKNOWN])
def test_every_status_has_a_plain_meaning_and_the_notice(status: str) -> None:
    reading = ceac.CeacReading(status, None, None, None, None, None)
    meaning = status_meaning.explain(reading)
    assert meaning.endswith(status_meaning.NOTICE)
    assert len(meaning) > len(status_meaning.NOTICE) + 20


def _mangled(data: st.DataObject, text: str) -> str:
    """The page as a copy might bring it: case changed, breaks lost or doubled, spaces added."""
    case = data.draw(st.sampled_from((str, str.upper, str.lower)))
    breaks = data.draw(st.sampled_from(("\n", " ", "\r\n", "\n\n", "\t")))
    spaces = data.draw(st.sampled_from((" ", " ", "  ", "\u00a0")))
    return case(text).replace(" ", spaces).replace("\n", breaks)


@settings(max_examples=60)
@given(
    st.sampled_from([WHOLE_PAGE, APPROVED_PAGE, SHORT_REFUSED, OLD_ADMIN, OLD_LETTER]), st.data()
)
def test_messy_copies_of_a_page_read_as_the_clean_one(text: str, data: st.DataObject) -> None:
    clean, messy = ceac.read(text), ceac.read(_mangled(data, text))
    assert (messy.status, messy.variant) == (clean.status, clean.variant)
    assert (messy.case_created, messy.case_last_updated, messy.application_id, messy.post) == (
        clean.case_created,
        clean.case_last_updated,
        clean.application_id,
        clean.post,
    )


def test_a_refused_text_that_changes_under_the_same_status_is_noticed() -> None:
    assert status_meaning.compare(ceac.read(LONG_REFUSED), ceac.read(SHORT_REFUSED)) == (
        "Same status, but its text changed: it now points to the letter. Read it closely."
    )


def test_far_more_text_than_a_status_page_is_refused_before_it_is_searched() -> None:
    noise = "Application ID AA0RBO6LWC Status Refused " * 10_000  # 420,000 characters

    with pytest.raises(InvalidInputError, match="far more than a CEAC status page"):
        ceac.read(noise)
    assert ceac.read(noise[: ceac.LONGEST_PASTE]).status
