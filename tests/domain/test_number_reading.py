"""Numbers read from a document are repaired only where their format makes it certain, and
compared with the numbers the case holds — never silently trusted."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain import mrz
from desktop_app.domain.number_reading import (
    Held,
    identifier_suggestions,
    identifiers_in,
    passport_suggestions,
)
from desktop_app.domain.ocr_confusion import ReadAs

MARIA = Held(
    identifiers={"AA00ABC123": "Maria's application ID", "MNL2023768001": "Maria's case number"},
    passport_numbers={"Z1234567": "Maria's passport number"},
)


def _zone_line(number: str, *, read_as: str | None = None) -> str:
    """A TD3 second line for ``number`` with true check digits, its number then misread."""
    body = f"{number:<<9}{mrz.check_digit(f'{number:<<9}')}UTO7408122F1204159{'<' * 14}0"
    line = body + str(mrz.check_digit(body[:10] + body[13:20] + body[21:43]))
    return line.replace(number, read_as or number, 1)


def test_identifiers_are_found_once_each() -> None:
    assert identifiers_in("AA00B7QPGN ... aa00b7qpgn and MNL2023768001") == [
        "AA00B7QPGN",
        "MNL2023768001",
    ]


def test_the_fixed_prefix_misread_by_ocr_is_repaired_and_says_so() -> None:
    [found] = identifier_suggestions("Application ID: AAOQB7QPGN", Held())
    assert found.value == "AA0QB7QPGN"
    assert found.evidence.startswith(
        "AA0QB7QPGN (read as AAOQB7QPGN) — a DS-160 application ID always begins with AA0"
    )


def test_a_case_number_takes_letters_then_digits_by_its_places() -> None:
    [found] = identifier_suggestions("Case number MN1202376800l", Held())
    assert found.value == "MNI2023768001"
    assert "three letters then ten digits" in found.evidence


def test_a_word_that_would_need_many_repairs_is_no_case_number() -> None:
    assert identifiers_in("BOSSBOSSBOSSB and MISSISSIPPIS") == []


def test_a_number_the_case_holds_is_not_suggested_again() -> None:
    assert identifier_suggestions("Application ID: AA00ABC123", MARIA) == []
    assert passport_suggestions("Passport No: Z1234567", MARIA) == []


def test_a_misreading_of_a_held_id_is_probably_the_held_one() -> None:
    [found] = identifier_suggestions("Application ID: AA0OABC123", MARIA)
    assert found.value == "AA00ABC123"
    assert found.evidence.startswith(
        "probably AA00ABC123 (read as AA0OABC123) — it differs from Maria's application ID only "
        "where OCR confuses characters: character 4 was read as the letter O, meant as the digit 0"
    )
    assert ReadAs.parse(found.evidence)[0] == ReadAs("AA00ABC123", "AA0OABC123")


def test_a_misread_passport_number_is_probably_the_held_one() -> None:
    [found] = passport_suggestions("Passport No: 21234567", MARIA)
    assert found.value == "Z1234567"
    assert found.evidence.startswith("probably Z1234567 (read as 21234567)")
    assert "read as the digit 2, meant as the letter Z" in found.evidence


def test_a_different_number_is_suggested_as_read() -> None:
    [found] = identifier_suggestions("Application ID: AA00XYZ789", MARIA)
    assert (found.value, found.evidence) == ("AA00XYZ789", "Application ID: AA00XYZ789")


def test_a_reading_close_to_two_held_numbers_settles_on_neither() -> None:
    two = Held(identifiers={"AA00ABC123": "Maria's", "AA0OABC123": "Jose's"})
    [found] = identifier_suggestions("Application ID: AA0OABC1Z3", two)
    assert found.value == "AA0OABC1Z3"


def test_passport_numbers_are_read_after_the_word_passport() -> None:
    text = "Passport No.: P4821937A issued 2020. Passport number: SANTOS. passport # xb1234567"
    assert [(f.value, f.evidence) for f in passport_suggestions(text, Held())] == [
        ("P4821937A", "Passport No.: P4821937A issued…"),
        ("XB1234567", "…SANTOS. passport # xb1234567"),
    ]


def test_a_passport_number_is_read_from_the_machine_readable_line_once() -> None:
    page = (
        "Passport No. P4821937A\n"
        "P<PHLSANTOS<<MARIA<LUZ<<<<<<<<<<<<<<<<<<<<<<\n"
        f"{_zone_line('P4821937A')}\n"
        f"{_zone_line('XC998877')}\n"
    )
    found = passport_suggestions(page, Held())
    assert [f.value for f in found] == ["P4821937A", "XC998877"]
    assert "check digit in the machine-readable zone agrees" in found[0].evidence


def test_an_application_id_after_passport_is_not_a_passport_number() -> None:
    assert passport_suggestions("Passport / Application ID AA00B7QPGN", Held()) == []


def test_the_zone_check_digit_and_the_printed_number_settle_a_misreading() -> None:
    page = f"Passport No. Z1234567\n{_zone_line('Z1234567', read_as='21234567')}"
    [found] = passport_suggestions(page, Held())
    assert found.value == "Z1234567"
    assert found.evidence.startswith(
        "Z1234567 (read as 21234567) — the number printed on the page and the zone's check "
        "digit agree"
    )


def test_the_zone_check_digit_and_the_held_number_settle_a_misreading() -> None:
    [found] = passport_suggestions(_zone_line("Z1234567", read_as="21234567"), MARIA)
    assert found.value == "Z1234567"
    assert "the check digit agrees with it, and it is Maria's passport number" in found.evidence


def test_an_unsettled_zone_misreading_is_suggested_as_read_with_the_doubt() -> None:
    [found] = passport_suggestions(_zone_line("Z1234567", read_as="21234567"), Held())
    assert found.value == "21234567"
    assert "does not match (it agrees with Z1234567 or 2I234567)" in found.evidence


def test_the_zone_birth_date_is_compared_with_the_applicants() -> None:
    line = _zone_line("XC998877")
    births = Held(birth_dates={dt.date(1974, 8, 12): "Maria's"})
    [found] = passport_suggestions(line, births)
    assert found.evidence.endswith("The birth date is Maria's.")
    other = Held(birth_dates={dt.date(1990, 1, 1): "Jose's"})
    [found] = passport_suggestions(line, other)
    assert "No one in the case was born on 12 Aug 1974" in found.evidence


def test_a_checked_zone_number_close_to_a_held_one_asks_which_is_right() -> None:
    [found] = passport_suggestions(_zone_line("21234567"), MARIA)
    assert found.value == "21234567"
    assert "The case holds Z1234567 as Maria's passport number" in found.evidence
