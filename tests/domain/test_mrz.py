"""A passport's machine-readable zone is read with its ICAO 9303 check digits, and repaired only
where those digits make the repair the only one."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain import mrz

# The specimen passport of ICAO Doc 9303 part 4.
SPECIMEN = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"


@pytest.mark.parametrize(
    ("field", "digit"), [("L898902C3", 6), ("740812", 2), ("120415", 9), ("<<<<<<", 0)]
)
def test_check_digits_follow_the_weights_seven_three_one(field: str, digit: int) -> None:
    assert mrz.check_digit(field) == digit


def test_the_specimen_reads_with_every_check_digit_agreeing() -> None:
    [reading] = mrz.read(f"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n{SPECIMEN}\n")
    assert (reading.document_number, reading.number_checked, reading.repaired) == (
        "L898902C3",
        True,
        False,
    )
    assert (reading.birth_date, reading.expiry_date, reading.dates_checked) == (
        dt.date(1974, 8, 12),
        dt.date(2012, 4, 15),
        True,
    )


def test_letters_in_digit_only_places_are_digits_and_the_number_is_repaired() -> None:
    misread = "L8989O2C36UTO74O8122F12O4159ZE184226B<<<<<1O"
    [reading] = mrz.read(misread.replace("UTO", "UT O", 1))

    assert reading.document_number == "L898902C3"
    assert reading.number_read_as == "L8989O2C3"
    assert reading.dates_checked and reading.birth_date == dt.date(1974, 8, 12)
    assert "repaired by its check digit" in reading.evidence()
    assert "(read as L8989O2C3)" in reading.evidence()


def test_a_number_two_spellings_agree_with_is_not_repaired() -> None:
    line = SPECIMEN.replace("L898902C36", "Z1234567<1")
    [reading] = mrz.read(line.replace("Z1234567", "21234567"))
    assert reading.document_number == "21234567"
    assert not reading.number_checked
    assert reading.candidates == ("Z1234567", "2I234567")
    assert "does not match" in reading.evidence()


def test_a_child_born_this_century_and_an_adult_born_in_the_last_one() -> None:
    child = SPECIMEN.replace("7408122F1204159", "1503017F3003016")
    assert mrz.read(child)[0].birth_date == dt.date(2015, 3, 1)
    assert mrz.read(SPECIMEN)[0].birth_date.year == 1974


def test_lines_that_are_not_a_zone_are_ignored() -> None:
    assert mrz.read("Statement period: 1-31 March 2026\n" + SPECIMEN[:40]) == []
