"""A post's name tells its country, the order its all-number dates are written in, the usual
paper size and the languages its papers are likely to need for text recognition."""

from __future__ import annotations

import pytest

from desktop_app.domain.post_locale import A4, LETTER, UNKNOWN, locale_for

DAY_FIRST, MONTH_FIRST, UNSURE = True, False, None

POSTS = [
    ("U.S. Embassy New Delhi", "IN", DAY_FIRST, A4, ("hin", "eng")),
    ("US Consulate General Mumbai", "IN", DAY_FIRST, A4, ("hin", "eng")),
    ("U.S. Consulate General Chennai", "IN", DAY_FIRST, A4, ("hin", "eng")),
    ("US Consulate Kolkata", "IN", DAY_FIRST, A4, ("hin", "eng")),
    ("U.S. Consulate General Hyderabad", "IN", DAY_FIRST, A4, ("hin", "eng")),
    ("U.S. Embassy Mexico City", "MX", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Consulate General Ciudad Juárez", "MX", DAY_FIRST, LETTER, ("spa", "eng")),
    ("US Consulate General Monterrey", "MX", DAY_FIRST, LETTER, ("spa", "eng")),
    ("Consulado General de Estados Unidos, Guadalajara", "MX", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Consulate General Tijuana", "MX", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Beijing", "CN", UNSURE, A4, ("chi_sim", "eng")),
    ("US Consulate General Shanghai", "CN", UNSURE, A4, ("chi_sim", "eng")),
    ("U.S. Consulate General Guangzhou", "CN", UNSURE, A4, ("chi_sim", "eng")),
    ("U.S. Consulate General Hong Kong & Macau", "HK", DAY_FIRST, A4, ("chi_tra", "eng")),
    ("American Institute in Taiwan, Taipei", "TW", UNSURE, A4, ("chi_tra", "eng")),
    ("U.S. Embassy Manila", "PH", MONTH_FIRST, LETTER, ("eng",)),
    ("U.S. Embassy Brasília", "BR", DAY_FIRST, A4, ("por", "eng")),
    ("US Consulate General São Paulo", "BR", DAY_FIRST, A4, ("por", "eng")),
    ("U.S. Consulate General Rio de Janeiro", "BR", DAY_FIRST, A4, ("por", "eng")),
    ("U.S. Embassy Hanoi", "VN", DAY_FIRST, A4, ("vie", "eng")),
    ("US Consulate General Ho Chi Minh City", "VN", DAY_FIRST, A4, ("vie", "eng")),
    ("U.S. Embassy Bogotá", "CO", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Abuja", "NG", DAY_FIRST, A4, ("eng",)),
    ("US Consulate General Lagos", "NG", DAY_FIRST, A4, ("eng",)),
    ("U.S. Embassy Santiago", "CL", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Caracas", "VE", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Santo Domingo", "DO", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Guatemala City", "GT", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Panama City", "PA", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy San José", "CR", DAY_FIRST, LETTER, ("spa", "eng")),
    ("U.S. Embassy Ottawa", "CA", UNSURE, LETTER, ("fra", "eng")),
    ("U.S. Consulate General Toronto", "CA", UNSURE, LETTER, ("fra", "eng")),
    ("U.S. Embassy Lima", "PE", DAY_FIRST, A4, ("spa", "eng")),
    ("U.S. Embassy Quito", "EC", DAY_FIRST, A4, ("spa", "eng")),
    ("U.S. Embassy Buenos Aires", "AR", DAY_FIRST, A4, ("spa", "eng")),
    ("U.S. Embassy Madrid", "ES", DAY_FIRST, A4, ("spa", "eng")),
    ("U.S. Embassy Lisbon", "PT", DAY_FIRST, A4, ("por", "eng")),
    ("U.S. Embassy Islamabad", "PK", DAY_FIRST, A4, ("urd", "eng")),
    ("U.S. Embassy Dhaka", "BD", DAY_FIRST, A4, ("ben", "eng")),
    ("U.S. Embassy Cairo", "EG", DAY_FIRST, A4, ("ara", "eng")),
    ("U.S. Embassy Riyadh", "SA", DAY_FIRST, A4, ("ara", "eng")),
    ("U.S. Consulate General Dubai", "AE", DAY_FIRST, A4, ("ara", "eng")),
    ("U.S. Embassy Amman", "JO", DAY_FIRST, A4, ("ara", "eng")),
    ("U.S. Embassy Accra", "GH", DAY_FIRST, A4, ("eng",)),
    ("U.S. Embassy Nairobi", "KE", DAY_FIRST, A4, ("swa", "eng")),
    ("U.S. Embassy London", "GB", DAY_FIRST, A4, ("eng",)),
    ("U.S. Embassy Tokyo", "JP", UNSURE, A4, ("jpn", "eng")),
    ("U.S. Embassy Seoul", "KR", UNSURE, A4, ("kor", "eng")),
    ("U.S. Embassy Port-au-Prince", "HT", DAY_FIRST, A4, ("fra", "eng")),
    ("EMBASSY OF THE UNITED STATES OF AMERICA — KATHMANDU", "NP", DAY_FIRST, A4, ("nep", "eng")),
]  # fmt: skip


@pytest.mark.parametrize(("post", "country", "day_first", "paper", "languages"), POSTS)
def test_a_posts_name_gives_its_countrys_habits(
    post: str, country: str, day_first: bool | None, paper: str, languages: tuple[str, ...]
) -> None:
    locale = locale_for(post)
    assert (locale.country, locale.day_first, locale.paper, locale.ocr_languages) == (
        country,
        day_first,
        paper,
        languages,
    )


def test_the_table_covers_at_least_forty_posts() -> None:
    assert len(POSTS) >= 40


@pytest.mark.parametrize("post", ["BOGOTA", "bogota", "U.S. Embassy Bogota", "Embassy in Bogotá"])
def test_case_and_accents_do_not_matter(post: str) -> None:
    assert locale_for(post).country == "CO"


def test_the_longest_name_wins_so_santo_domingo_is_not_santiago() -> None:
    assert locale_for("U.S. Embassy Santo Domingo").country == "DO"
    assert locale_for("U.S. Embassy Santiago").country == "CL"


def test_the_us_in_a_posts_name_does_not_make_it_american() -> None:
    assert locale_for("Embassy of the United States of America, Lagos").country == "NG"


@pytest.mark.parametrize("post", [None, "", "U.S. Embassy Atlantis", "Lahoreville Consulate"])
def test_an_unknown_post_assumes_nothing(post: str | None) -> None:
    assert locale_for(post) == UNKNOWN
    assert (UNKNOWN.day_first, UNKNOWN.ocr_languages) == (None, ("eng",))
