"""What a US embassy's or consulate's country means for reading and printing its papers.

A case names its post as people write it ("U.S. Embassy New Delhi", "US Consulate General
Mumbai", "Embassy of the United States, Bogotá"). From that name alone the app can tell the
country, and from the country three habits that change how documents are read and printed:

- the order of an all-number date: ``03/04/2024`` is the 3rd of April in most of the world,
  March 4th in the Philippines (as in the United States); China, Japan, Korea and Taiwan write
  the year first, and Canada uses both orders, so there the order is not assumed (``None``);
- the usual paper: US Letter in the Americas' Letter countries (Canada, Mexico, Chile, Colombia,
  Venezuela, Central America, the Dominican Republic) and the Philippines, A4 elsewhere — the
  consulate's own instructions win when they name a size;
- the languages documents are likely to be written in, as Tesseract language codes: the
  country's own first, then English, which the refusal slip and most letters to a consulate
  are in. The order matters to Tesseract: "vie+eng" reads "Nguyễn Văn Thắng" where "eng+vie"
  reads "Nguyễn Van Thắng", and English pages read as well either way.

A post the table does not know gets ``UNKNOWN``: no date order assumed, English only, Letter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DMY, MDY, YMD, BOTH = "dmy", "mdy", "ymd", "both"
LETTER, A4 = "letter", "a4"


@dataclass(frozen=True)
class PostLocale:
    country: str
    """ISO 3166 two-letter code; empty when the post is not known."""
    date_order: str
    paper: str
    ocr_languages: tuple[str, ...]

    @property
    def day_first(self) -> bool | None:
        """Whether all-number dates put the day first; None where that cannot be assumed."""
        return {DMY: True, MDY: False}.get(self.date_order)


@dataclass(frozen=True)
class _Country:
    code: str
    names: tuple[str, ...]
    """The country's own name(s) and the cities with a US embassy or consulate."""
    order: str
    paper: str
    languages: tuple[str, ...]


_COUNTRIES = (
    _Country("IN", ("India", "New Delhi", "Delhi", "Mumbai", "Bombay", "Chennai", "Madras",
                    "Kolkata", "Calcutta", "Hyderabad"), DMY, A4, ("hin",)),
    _Country("MX", ("Mexico", "Mexico City", "Ciudad Juarez", "Guadalajara", "Monterrey",
                    "Tijuana", "Hermosillo", "Matamoros", "Merida", "Nogales", "Nuevo Laredo"),
             DMY, LETTER, ("spa",)),
    _Country("CN", ("China", "Beijing", "Shanghai", "Guangzhou", "Shenyang", "Wuhan", "Chengdu"),
             YMD, A4, ("chi_sim",)),
    _Country("HK", ("Hong Kong", "Macau"), DMY, A4, ("chi_tra",)),
    _Country("TW", ("Taiwan", "Taipei", "Kaohsiung"), YMD, A4, ("chi_tra",)),
    _Country("PH", ("Philippines", "Manila"), MDY, LETTER, ()),
    _Country("BR", ("Brazil", "Brasil", "Brasilia", "Rio de Janeiro", "Sao Paulo", "Recife",
                    "Porto Alegre"), DMY, A4, ("por",)),
    _Country("VN", ("Vietnam", "Viet Nam", "Hanoi", "Ha Noi", "Ho Chi Minh City", "Saigon"),
             DMY, A4, ("vie",)),
    _Country("CO", ("Colombia", "Bogota"), DMY, LETTER, ("spa",)),
    _Country("NG", ("Nigeria", "Abuja", "Lagos"), DMY, A4, ()),
    _Country("GH", ("Ghana", "Accra"), DMY, A4, ()),
    _Country("KE", ("Kenya", "Nairobi"), DMY, A4, ("swa",)),
    _Country("ET", ("Ethiopia", "Addis Ababa"), DMY, A4, ("amh",)),
    _Country("ZA", ("South Africa", "Johannesburg", "Cape Town", "Pretoria", "Durban"),
             DMY, A4, ()),
    _Country("SN", ("Senegal", "Dakar"), DMY, A4, ("fra",)),
    _Country("PK", ("Pakistan", "Islamabad", "Karachi", "Lahore", "Peshawar"), DMY, A4, ("urd",)),
    _Country("BD", ("Bangladesh", "Dhaka"), DMY, A4, ("ben",)),
    _Country("NP", ("Nepal", "Kathmandu"), DMY, A4, ("nep",)),
    _Country("LK", ("Sri Lanka", "Colombo"), DMY, A4, ("sin", "tam")),
    _Country("CL", ("Chile", "Santiago"), DMY, LETTER, ("spa",)),
    _Country("VE", ("Venezuela", "Caracas"), DMY, LETTER, ("spa",)),
    _Country("CA", ("Canada", "Ottawa", "Toronto", "Montreal", "Vancouver", "Calgary", "Halifax",
                    "Quebec", "Winnipeg"), BOTH, LETTER, ("fra",)),
    _Country("DO", ("Dominican Republic", "Santo Domingo"), DMY, LETTER, ("spa",)),
    _Country("GT", ("Guatemala", "Guatemala City"), DMY, LETTER, ("spa",)),
    _Country("SV", ("El Salvador", "San Salvador"), DMY, LETTER, ("spa",)),
    _Country("HN", ("Honduras", "Tegucigalpa"), DMY, LETTER, ("spa",)),
    _Country("NI", ("Nicaragua", "Managua"), DMY, LETTER, ("spa",)),
    _Country("CR", ("Costa Rica", "San Jose"), DMY, LETTER, ("spa",)),
    _Country("PA", ("Panama", "Panama City"), DMY, LETTER, ("spa",)),
    _Country("PE", ("Peru", "Lima"), DMY, A4, ("spa",)),
    _Country("EC", ("Ecuador", "Quito", "Guayaquil"), DMY, A4, ("spa",)),
    _Country("AR", ("Argentina", "Buenos Aires"), DMY, A4, ("spa",)),
    _Country("BO", ("Bolivia", "La Paz"), DMY, A4, ("spa",)),
    _Country("CU", ("Cuba", "Havana", "La Habana"), DMY, A4, ("spa",)),
    _Country("HT", ("Haiti", "Port-au-Prince"), DMY, A4, ("fra",)),
    _Country("JM", ("Jamaica", "Kingston"), DMY, A4, ()),
    _Country("ES", ("Spain", "Madrid", "Barcelona"), DMY, A4, ("spa",)),
    _Country("PT", ("Portugal", "Lisbon", "Lisboa", "Ponta Delgada"), DMY, A4, ("por",)),
    _Country("GB", ("United Kingdom", "London", "Belfast", "Edinburgh"), DMY, A4, ()),
    _Country("FR", ("France", "Paris", "Marseille", "Strasbourg"), DMY, A4, ("fra",)),
    _Country("DE", ("Germany", "Berlin", "Frankfurt", "Munich"), DMY, A4, ("deu",)),
    _Country("IT", ("Italy", "Rome", "Milan", "Naples", "Florence"), DMY, A4, ("ita",)),
    _Country("PL", ("Poland", "Warsaw", "Krakow"), DMY, A4, ("pol",)),
    _Country("UA", ("Ukraine", "Kyiv", "Kiev"), DMY, A4, ("ukr", "rus")),
    _Country("RU", ("Russia", "Moscow"), DMY, A4, ("rus",)),
    _Country("TR", ("Turkey", "Turkiye", "Ankara", "Istanbul", "Adana"), DMY, A4, ("tur",)),
    _Country("EG", ("Egypt", "Cairo"), DMY, A4, ("ara",)),
    _Country("SA", ("Saudi Arabia", "Riyadh", "Jeddah", "Dhahran"), DMY, A4, ("ara",)),
    _Country("AE", ("United Arab Emirates", "Abu Dhabi", "Dubai"), DMY, A4, ("ara",)),
    _Country("JO", ("Jordan", "Amman"), DMY, A4, ("ara",)),
    _Country("IQ", ("Iraq", "Baghdad", "Erbil"), DMY, A4, ("ara",)),
    _Country("MA", ("Morocco", "Rabat", "Casablanca"), DMY, A4, ("ara", "fra")),
    _Country("IL", ("Israel", "Jerusalem", "Tel Aviv"), DMY, A4, ("heb",)),
    _Country("JP", ("Japan", "Tokyo", "Osaka", "Naha", "Sapporo", "Fukuoka"), YMD, A4, ("jpn",)),
    _Country("KR", ("Korea", "South Korea", "Seoul", "Busan"), YMD, A4, ("kor",)),
    _Country("TH", ("Thailand", "Bangkok", "Chiang Mai"), DMY, A4, ("tha",)),
    _Country("ID", ("Indonesia", "Jakarta", "Surabaya"), DMY, A4, ("ind",)),
    _Country("MY", ("Malaysia", "Kuala Lumpur"), DMY, A4, ("msa",)),
    _Country("AU", ("Australia", "Sydney", "Melbourne", "Perth", "Canberra"), DMY, A4, ()),
    _Country("NZ", ("New Zealand", "Auckland", "Wellington"), DMY, A4, ()),
)  # fmt: skip

UNKNOWN = PostLocale("", BOTH, LETTER, ("eng",))


def _fold(text: str) -> str:
    """Lower case without accents, so "Bogotá", "BOGOTA" and "bogota" are one name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_BY_NAME = {_fold(name): country for country in _COUNTRIES for name in country.names}
_NAME = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_BY_NAME, key=len, reverse=True)) + r")\b"
)


def locale_for(post: str | None) -> PostLocale:
    """The habits of the post's country; ``UNKNOWN`` when its name names no known place.

    The first known city or country in the name decides, the longest name winning at a place
    ("Mexico City" before "Mexico", "Santo Domingo" is not "Santiago").
    """
    found = _NAME.search(_fold(post or ""))
    if found is None:
        return UNKNOWN
    country = _BY_NAME[found.group(1)]
    return PostLocale(country.code, country.order, country.paper, (*country.languages, "eng"))
