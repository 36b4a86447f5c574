"""CEAC status text as people really paste it: every post spelling, older texts, mangled copies,
the page's menu and footer around it, and the immigrant-visa statuses — one table, one row each."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain import ceac, status_meaning

MENU = (
    "Skip to main content\nU.S. Department of State\nCONSULAR ELECTRONIC APPLICATION CENTER\n"
    "Home  Nonimmigrant Visa  Immigrant Visa  Visa Status Check  Help  FAQ\n"
)
FOOTER = (
    "\nClose\nPrint\nThis site is managed by the Bureau of Consular Affairs, U.S. Department of "
    "State. External links to other Internet sites should not be construed as an endorsement of "
    "the views contained therein.\nCopyright Information  Disclaimers  Privacy Policy  FOIA\n"
)
LONG = (
    "A U.S. consular officer has adjudicated and refused your visa application. Please follow "
    "any instructions provided by the consular officer. If you were informed by the consular "
    "officer that your case was refused for administrative processing, your case will remain "
    "refused while undergoing such processing. You will receive another adjudication once such "
    "processing is complete."
)
SHORT = (
    "A U.S. consular officer has adjudicated and refused your visa application. Please see the "
    "letter you received at the interview."
)
OLD_ADMIN = "Your visa case is currently undergoing necessary administrative processing."
OLD_REFUSED = "Your application was refused. Please refer to the letter provided by the officer."
ISSUED = (
    "Your visa is in final processing. If you have not received your visa or been contacted by "
    "the U.S. Embassy or Consulate within 30 days, please contact"
)
IV_TEXTS = {
    "At NVC": "Your case is at the National Visa Center (NVC).",
    "In Transit": "Your case is in transit from the National Visa Center to the",
    "Ready": "Your case is ready for an interview appointment at the",
    "Expiring Soon": "Your case will be terminated soon if you do not contact the",
    "Expired": "Your case has been terminated. Contact the National Visa Center.",
    "Return to NVC": "Your case has been returned to the National Visa Center by the",
    "Transfer in Progress": "Your case is being transferred to another U.S. Embassy or Consulate",
}
CREATED, UPDATED = dt.date(2026, 7, 28), dt.date(2026, 8, 12)


def niv(status: str, text: str, post: str) -> str:
    return (
        "Nonimmigrant Visa (NIV)\nApplication ID or Case Number: AA00B7QPGN\n"
        f"Case Created: 28-Jul-2026\nCase Last Updated: 12-Aug-2026\n{status}\n{text}\n{post}"
    )


def iv(status: str, post: str = "U.S. Embassy Manila") -> str:
    return (
        "Immigrant Visa (IV)\nImmigrant Visa Case Number: MNL2023768001\nCase Created: "
        f"22-Jun-2023\nCase Last Updated: 05-Sep-2023\n{status}\n{IV_TEXTS[status]} {post}."
    )


POSTS = [
    ("U.S. Embassy Manila", "U.S. Embassy Manila"),
    ("US Consulate General Mumbai", "U.S. Consulate General Mumbai"),
    ("U.S. Embassy New Delhi", "U.S. Embassy New Delhi"),
    ("the U.S. Embassy in Abu Dhabi", "U.S. Embassy Abu Dhabi"),
    ("US Embassy in Mexico City", "U.S. Embassy Mexico City"),
    ("U.S Consulate General Chennai", "U.S. Consulate General Chennai"),
    ("U. S. Embassy Islamabad", "U.S. Embassy Islamabad"),
    ("United States Embassy in Nairobi", "U.S. Embassy Nairobi"),
    ("U.S. Consulate General Ho Chi Minh City", "U.S. Consulate General Ho Chi Minh City"),
    ("U.S. Embassy Bogotá", "U.S. Embassy Bogotá"),
    ("U.S. Embassy Port-au-Prince", "U.S. Embassy Port-au-Prince"),
    ("U.S. Consulate General Rio de Janeiro", "U.S. Consulate General Rio de Janeiro"),
    ("U.S. Embassy Dar es Salaam", "U.S. Embassy Dar es Salaam"),
    ("U.S. Consulate Ciudad Juarez", "U.S. Consulate Ciudad Juarez"),
    ("US CONSULATE GENERAL GUANGZHOU", "U.S. Consulate General Guangzhou"),
    ("U.S. Embassy N'Djamena", "U.S. Embassy N'Djamena"),
]

VARIANTS = [
    # Posts, as pages new and old have written them, on a long "Refused" text.
    *[
        pytest.param(
            niv("Refused", LONG, written),
            "Refused",
            "administrative_processing",
            post,
            id=f"post {written}",
        )
        for written, post in POSTS
    ],
    # Older texts.
    pytest.param(
        niv("Administrative Processing", OLD_ADMIN, "US Embassy Abu Dhabi"),
        "Administrative Processing",
        "administrative_processing",
        "U.S. Embassy Abu Dhabi",
        id="old administrative processing",
    ),
    pytest.param(
        niv("Refused", OLD_REFUSED, "US Consulate General Hyderabad"),
        "Refused",
        "see_letter",
        "U.S. Consulate General Hyderabad",
        id="old refused",
    ),
    pytest.param(
        OLD_ADMIN + "\nUS Embassy Dhaka",
        "Administrative Processing",
        "administrative_processing",
        "U.S. Embassy Dhaka",
        id="old paragraph only",
    ),
    pytest.param(
        niv("Issued", ISSUED, "US Consulate General Lagos"),
        "Issued",
        None,
        "U.S. Consulate General Lagos",
        id="issued",
    ),
    pytest.param(
        niv("Refused", SHORT, "U.S. Embassy Accra"),
        "Refused",
        "see_letter",
        "U.S. Embassy Accra",
        id="short refused",
    ),
    # Mangled pastes.
    pytest.param(
        niv("Refused", LONG, "U.S. Embassy Manila").lower(),
        "Refused",
        "administrative_processing",
        "U.S. Embassy Manila",
        id="lower case",
    ),
    pytest.param(
        niv("Refused", LONG, "US Consulate General Mumbai").upper(),
        "Refused",
        "administrative_processing",
        "U.S. Consulate General Mumbai",
        id="capitals",
    ),
    pytest.param(
        " ".join(niv("Refused", SHORT, "U.S. Embassy Accra").split()),
        "Refused",
        "see_letter",
        "U.S. Embassy Accra",
        id="one line",
    ),
    pytest.param(
        niv("Refused", SHORT, "U.S. Embassy Accra").replace("\n", ""),
        "Refused",
        "see_letter",
        "U.S. Embassy Accra",
        id="breaks lost",
    ),
    pytest.param(
        niv("Refused", LONG, "the U.S. Embassy in Lima").replace(" ", "   "),
        "Refused",
        "administrative_processing",
        "U.S. Embassy Lima",
        id="spaces tripled",
    ),
    pytest.param(
        niv("Refused", LONG, "U.S. Embassy\nSanto Domingo"),
        "Refused",
        "administrative_processing",
        "U.S. Embassy Santo Domingo",
        id="name broken over lines",
    ),
    pytest.param(
        niv("Issued", ISSUED, "U.S. Embassy Kyiv").replace(" ", "\u00a0"),
        "Issued",
        None,
        "U.S. Embassy Kyiv",
        id="non-breaking spaces",
    ),
    pytest.param(
        niv("Refused", LONG, "U.S. Embassy Manila").replace("\n", "\r\n\t"),
        "Refused",
        "administrative_processing",
        "U.S. Embassy Manila",
        id="windows tabs",
    ),
    # The page's own menu and footer around the status.
    pytest.param(
        MENU + niv("Refused", LONG, "US Consulate General Mumbai") + FOOTER,
        "Refused",
        "administrative_processing",
        "U.S. Consulate General Mumbai",
        id="menu and footer",
    ),
    pytest.param(
        (
            MENU
            + niv("Approved", "Your visa case has been approved.", "U.S. Embassy in Mexico City")
            + FOOTER
        ).lower(),
        "Approved",
        None,
        "U.S. Embassy Mexico City",
        id="menu and footer lower case",
    ),
    pytest.param(
        " ".join((MENU + niv("Refused", SHORT, "U.S. Embassy Accra") + FOOTER).split()),
        "Refused",
        "see_letter",
        "U.S. Embassy Accra",
        id="menu and footer one line",
    ),
    # Immigrant-visa statuses.
    *[
        pytest.param(iv(status), status, None, "U.S. Embassy Manila", id=f"iv {status}")
        for status in IV_TEXTS
    ],
    pytest.param(
        MENU + iv("In Transit", "US Embassy Islamabad") + FOOTER,
        "In Transit",
        None,
        "U.S. Embassy Islamabad",
        id="iv in transit with menu",
    ),
    pytest.param(
        iv("Return to NVC", "the U.S. Embassy in Ciudad Juarez").lower(),
        "Return to NVC",
        None,
        "U.S. Embassy Ciudad Juarez",
        id="iv lower case",
    ),
    pytest.param(
        " ".join(iv("Transfer in Progress").split()).replace(" ", "  "),
        "Transfer in Progress",
        None,
        "U.S. Embassy Manila",
        id="iv spaced",
    ),
]


@pytest.mark.parametrize(("pasted", "status", "variant", "post"), VARIANTS)
def test_every_variant_reads_its_status_text_and_post(
    pasted: str, status: str, variant: str | None, post: str
) -> None:
    reading = ceac.read(pasted)
    assert (reading.status, reading.variant, reading.post) == (status, variant, post)
    assert status_meaning.explain(reading).endswith(status_meaning.NOTICE)


def test_the_table_covers_at_least_forty_variants() -> None:
    assert len(VARIANTS) >= 40


@pytest.mark.parametrize("pasted", [p.values[0] for p in VARIANTS if "Case Created" in p.values[0]])
def test_every_variant_with_its_dates_reads_them_and_its_number(pasted: str) -> None:
    reading = ceac.read(pasted)
    if reading.application_id == "AA00B7QPGN":
        assert (reading.case_created, reading.case_last_updated) == (CREATED, UPDATED)
    else:
        assert reading.application_id == "MNL2023768001"
        assert reading.case_last_updated == dt.date(2023, 9, 5)


@pytest.mark.parametrize("status", list(IV_TEXTS))
def test_each_immigrant_status_has_its_own_meaning(status: str) -> None:
    meaning = status_meaning.explain(ceac.read(iv(status)))
    assert "National Visa Center" in meaning or "consulate" in meaning.lower()


def test_a_screenshot_read_as_aao_keeps_the_ids_fixed_prefix() -> None:
    page = niv("Refused", LONG, "U.S. Embassy Manila").replace("AA00B7QPGN", "AAO0B7QPGN")
    assert ceac.read(page).application_id == "AA00B7QPGN"
