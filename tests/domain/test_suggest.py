"""What a document's text suggests: its kind, date, identifiers and (on a 221(g) notice) the
items asked for — each from the words documents really use, with its evidence."""

from __future__ import annotations

import pytest

from desktop_app.domain.suggest import (
    identifiers_in,
    passport_numbers_in,
    suggest_kind,
    suggestions_for,
)
from desktop_app.ingest import pdf_text
from desktop_app.services import sample_content
from desktop_app.services.sample_content import POST


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("refused under Section 221(g) of the U.S. Immigration and Nationality Act", "notice_221g"),
        (
            "you have not overcome the presumption of immigrant intent, section 214(b)",
            "refusal_214b",
        ),
        (
            "This is to certify that Ms. Santos has been employed by Harbourview",
            "employment_letter",
        ),
        ("PACIFIC UNION BANK — STATEMENT OF ACCOUNT Statement period", "bank_statement"),
        ("CERTIFICATE OF MARRIAGE Husband: JOSE", "civil_document"),
        ("Your passport is ready for pickup at the visa application center", "passport_tracking"),
    ],
)
def test_each_kind_is_recognised_with_its_evidence(text: str, kind: str) -> None:
    found = suggest_kind(text)
    assert found is not None and found.kind == kind
    assert found.evidence.strip("…").lower() in " ".join(text.split()).lower()


def test_unknown_text_suggests_nothing() -> None:
    assert suggest_kind(f"Greetings from {POST}") is None


def test_identifiers_are_found_once_each() -> None:
    assert identifiers_in("AA00B7QPGN ... aa00b7qpgn and MNL2023768001") == [
        "AA00B7QPGN",
        "MNL2023768001",
    ]


def test_the_fixed_prefix_misread_by_ocr_is_repaired() -> None:
    assert identifiers_in("Application ID: AAOQB7QPGN") == ["AA0QB7QPGN"]


def test_passport_numbers_are_read_after_the_word_passport() -> None:
    text = "Passport No.: P4821937A issued 2020. Passport number: SANTOS. passport # xb1234567"
    assert [(f.value, f.evidence) for f in passport_numbers_in(text)] == [
        ("P4821937A", "Passport No.: P4821937A issued 20…"),
        ("XB1234567", "…: SANTOS. passport # xb1234567"),
    ]


def test_a_passport_number_is_read_from_the_machine_readable_line_once() -> None:
    page = (
        "Passport No. P4821937A\n"
        "P<PHLSANTOS<<MARIA<LUZ<<<<<<<<<<<<<<<<<<<<<<\n"
        "P4821937A7PHL8804124F3007288<<<<<<<<<<<<<<04\n"
        "XC998877<1PHL9001011M3001015<<<<<<<<<<<<<<02\n"
    )
    assert [f.value for f in passport_numbers_in(page)] == ["P4821937A", "XC998877"]


def test_an_application_id_after_passport_is_not_a_passport_number() -> None:
    assert passport_numbers_in("Passport / Application ID AA00B7QPGN") == []


def test_a_221g_slip_suggests_kind_date_identifier_and_ticked_items(tmp_path) -> None:
    slip = tmp_path / "slip.pdf"
    slip.write_bytes(sample_content.slip_221g_pdf())
    found = suggestions_for(pdf_text.page_texts(slip)[0])

    assert [(f.field, f.value) for f in found] == [
        ("kind", "notice_221g"),
        ("document_date", "2026-08-18"),
        ("identifier", "AA00B7QPGN"),
        ("requested_item", "employment_letter"),
        ("requested_item", "bank_statements"),
        ("requested_item", "marriage_certificate"),
    ]
    assert found[1].evidence == "Date: 18-Aug-2026"
    assert found[4].evidence == "X Bank statements for the last six (6) months"


def test_letters_and_statements_suggest_their_own_date(tmp_path) -> None:
    letter, statement = tmp_path / "letter.pdf", tmp_path / "statement.pdf"
    letter.write_bytes(sample_content.employment_letter_pdf())
    statement.write_bytes(sample_content.bank_statement_pdf())

    dates = {
        name: {f.field: f.value for f in suggestions_for("\f".join(pdf_text.page_texts(path)))}
        for name, path in (("letter", letter), ("statement", statement))
    }

    assert dates["letter"]["document_date"] == "2026-09-02"
    assert dates["statement"]["document_date"] == "2026-08-21"
    assert "requested_item" not in dates["letter"]


def test_items_are_only_suggested_for_a_221g_notice() -> None:
    text = "PACIFIC UNION BANK — STATEMENT OF ACCOUNT\n[X] Paperless statements"
    assert "requested_item" not in {f.field for f in suggestions_for(text)}


def test_noisy_ocr_of_a_slip_still_gives_its_suggestions() -> None:
    ocr = (
        "U.S. EMBASSY MAN1LA - C0NSULAR SECTION\n"
        "Date:  18-Aug-2026   Date of Birth: 12-Apr-1988\n"
        "Application ID: AAOQB7QPGN   Passport No: P4821937A\n"
        "refused under Section 221 (g) of the Act.\n"
        "[X] Bank staternents for the last six (6) rnonths\n"
        "[ ] Police clearance certificate\n"
        "X] Ernployment verification letter\n"
    )
    assert [(f.field, f.value) for f in suggestions_for(ocr)] == [
        ("kind", "notice_221g"),
        ("document_date", "2026-08-18"),
        ("identifier", "AA0QB7QPGN"),
        ("passport_number", "P4821937A"),
        ("requested_item", "bank_statements"),
        ("requested_item", "employment_letter"),
    ]


def test_an_identifier_keeps_the_words_around_it_even_when_repaired() -> None:
    [found] = [
        f
        for f in suggestions_for("Name: MARIA L. SANTOS\nApplication ID: AAOQB7QPGN  Post: Manila")
        if f.field == "identifier"
    ]
    assert found.value == "AA0QB7QPGN"
    assert found.evidence == "…RIA L. SANTOS Application ID: AAOQB7QPGN Post: Manila"
