"""Search in every script: words inside running text, accents and vowel points optional."""

from __future__ import annotations

import unicodedata

import pytest

from desktop_app.services import documents, search
from desktop_app.store.casefile import CaseFile

PAGES = {
    "chinese.pdf": "申请人张伟的银行对账单，二〇二六年三月",
    "hindi.pdf": "आवेदक राहुल शर्मा का बैंक विवरण",
    "arabic.pdf": "يرجى إرسال والمستندات المطلوبة إلى السفارة",
    "vowelled.pdf": "السيد مُحَمَّد عبد الله",
    "spanish.pdf": "Constancia de trabajo de José Núñez Peña, Ciudad de México",
    "polish.pdf": "Urodzony w Łódź, 1990",
    "decomposed.pdf": unicodedata.normalize("NFD", "Nguyễn Văn Thắng, Hà Nội"),
}


@pytest.fixture
def world(case: CaseFile) -> dict[str, int]:
    return {
        name: documents.add_document(case, name.encode(), original_name=name, text=text).id
        for name, text in PAGES.items()
    }


def _found(case: CaseFile, query: str) -> set[int]:
    return {hit.document_id for hit in search.search(case, query)}


@pytest.mark.parametrize(
    ("query", "document"),
    [
        ("张伟", "chinese.pdf"),  # a two-character name inside a sentence with no spaces
        ("对账单", "chinese.pdf"),
        ("शर्मा", "hindi.pdf"),
        ("बैंक विवरण", "hindi.pdf"),
        ("مستندات", "arabic.pdf"),  # behind its attached "and the"
        ("محمد", "vowelled.pdf"),  # typed without the vowel points the page has
        ("Nunez", "spanish.pdf"),
        ("NÚÑEZ peña", "spanish.pdf"),
        ("mexico", "spanish.pdf"),
        ("Lodz", "polish.pdf"),
        ("Nguyen Thang", "decomposed.pdf"),  # the page's letters and accents were typed apart
        ("Nguyễn", "decomposed.pdf"),
    ],
)
def test_a_word_is_found_whatever_its_script(
    case: CaseFile, world: dict[str, int], query: str, document: str
) -> None:
    assert _found(case, query) == {world[document]}


def test_the_snippet_shows_the_match_as_written(case: CaseFile, world: dict[str, int]) -> None:
    [spanish] = search.search(case, "nunez")
    assert "José «Núñez» Peña" in spanish.snippet
    [chinese] = search.search(case, "张伟")
    assert chinese.snippet.startswith("申请人«张伟»的银行")
    [vietnamese] = search.search(case, "thang")
    assert unicodedata.normalize("NFC", vietnamese.snippet).startswith("Nguyễn Văn «Thắng»")


def test_a_word_must_appear_as_typed_apart_from_case_and_accents(
    case: CaseFile, world: dict[str, int]
) -> None:
    assert _found(case, "张三") == set()
    assert _found(case, "Nunes") == set()
    assert _found(case, "शर्मा Nunez") == set()  # every term on the same page


def test_percent_and_underscore_are_plain_characters(case: CaseFile) -> None:
    documents.add_document(case, b"a", original_name="a.pdf", text="Salary raised by 1000 USD")
    kept = documents.add_document(case, b"b", original_name="b.pdf", text="paid 100% in a_b").id
    assert _found(case, "100%") == {kept}
    assert _found(case, "a_b") == {kept}


def test_pages_where_the_words_occur_most_come_first(case: CaseFile) -> None:
    once = documents.add_document(case, b"1", original_name="1.pdf", text="张伟").id
    often = documents.add_document(case, b"2", original_name="2.pdf", text="张伟 张伟 张伟").id
    assert [hit.document_id for hit in search.search(case, "张伟")] == [often, once]
