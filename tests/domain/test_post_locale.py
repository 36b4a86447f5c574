"""A post's name tells its country, the order its all-number dates are written in, the usual
paper size and the languages its papers are likely to need for text recognition."""

from __future__ import annotations

import pytest

from desktop_app.domain.post_locale import A4, LETTER, UNKNOWN, locale_for

DAY_FIRST, MONTH_FIRST, UNSURE = True, False, None

POSTS = [
    ("U.S. Embassy New Delhi", "IN", DAY_FIRST, A4, ("eng", "hin")),
    ("US Consulate General Mumbai", "IN", DAY_FIRST, A4, ("eng", "hin")),
    ("U.S. Consulate General Chennai", "IN", DAY_FIRST, A4, ("eng", "hin")),
    ("US Consulate Kolkata", "IN", DAY_FIRST, A4, ("eng", "hin")),
    ("U.S. Consulate General Hyderabad", "IN", DAY_FIRST, A4, ("eng", "hin")),
    ("U.S. Embassy Mexico City", "MX", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Consulate General Ciudad Juárez", "MX", DAY_FIRST, LETTER, ("eng", "spa")),
    ("US Consulate General Monterrey", "MX", DAY_FIRST, LETTER, ("eng", "spa")),
    ("Consulado General de Estados Unidos, Guadalajara", "MX", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Consulate General Tijuana", "MX", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Beijing", "CN", UNSURE, A4, ("eng", "chi_sim")),
    ("US Consulate General Shanghai", "CN", UNSURE, A4, ("eng", "chi_sim")),
    ("U.S. Consulate General Guangzhou", "CN", UNSURE, A4, ("eng", "chi_sim")),
    ("U.S. Consulate General Hong Kong & Macau", "HK", DAY_FIRST, A4, ("eng", "chi_tra")),
    ("American Institute in Taiwan, Taipei", "TW", UNSURE, A4, ("eng", "chi_tra")),
    ("U.S. Embassy Manila", "PH", MONTH_FIRST, LETTER, ("eng",)),
    ("U.S. Embassy Brasília", "BR", DAY_FIRST, A4, ("eng", "por")),
    ("US Consulate General São Paulo", "BR", DAY_FIRST, A4, ("eng", "por")),
    ("U.S. Consulate General Rio de Janeiro", "BR", DAY_FIRST, A4, ("eng", "por")),
    ("U.S. Embassy Hanoi", "VN", DAY_FIRST, A4, ("eng", "vie")),
    ("US Consulate General Ho Chi Minh City", "VN", DAY_FIRST, A4, ("eng", "vie")),
    ("U.S. Embassy Bogotá", "CO", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Abuja", "NG", DAY_FIRST, A4, ("eng",)),
    ("US Consulate General Lagos", "NG", DAY_FIRST, A4, ("eng",)),
    ("U.S. Embassy Santiago", "CL", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Caracas", "VE", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Santo Domingo", "DO", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Guatemala City", "GT", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Panama City", "PA", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy San José", "CR", DAY_FIRST, LETTER, ("eng", "spa")),
    ("U.S. Embassy Ottawa", "CA", UNSURE, LETTER, ("eng", "fra")),
    ("U.S. Consulate General Toronto", "CA", UNSURE, LETTER, ("eng", "fra")),
    ("U.S. Embassy Lima", "PE", DAY_FIRST, A4, ("eng", "spa")),
    ("U.S. Embassy Quito", "EC", DAY_FIRST, A4, ("eng", "spa")),
    ("U.S. Embassy Buenos Aires", "AR", DAY_FIRST, A4, ("eng", "spa")),
    ("U.S. Embassy Madrid", "ES", DAY_FIRST, A4, ("eng", "spa")),
    ("U.S. Embassy Lisbon", "PT", DAY_FIRST, A4, ("eng", "por")),
    ("U.S. Embassy Islamabad", "PK", DAY_FIRST, A4, ("eng", "urd")),
    ("U.S. Embassy Dhaka", "BD", DAY_FIRST, A4, ("eng", "ben")),
    ("U.S. Embassy Cairo", "EG", DAY_FIRST, A4, ("eng", "ara")),
    ("U.S. Embassy Riyadh", "SA", DAY_FIRST, A4, ("eng", "ara")),
    ("U.S. Consulate General Dubai", "AE", DAY_FIRST, A4, ("eng", "ara")),
    ("U.S. Embassy Amman", "JO", DAY_FIRST, A4, ("eng", "ara")),
    ("U.S. Embassy Accra", "GH", DAY_FIRST, A4, ("eng",)),
    ("U.S. Embassy Nairobi", "KE", DAY_FIRST, A4, ("eng", "swa")),
    ("U.S. Embassy London", "GB", DAY_FIRST, A4, ("eng",)),
    ("U.S. Embassy Tokyo", "JP", UNSURE, A4, ("eng", "jpn")),
    ("U.S. Embassy Seoul", "KR", UNSURE, A4, ("eng", "kor")),
    ("U.S. Embassy Port-au-Prince", "HT", DAY_FIRST, A4, ("eng", "fra")),
    ("EMBASSY OF THE UNITED STATES OF AMERICA — KATHMANDU", "NP", DAY_FIRST, A4, ("eng", "nep")),
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
