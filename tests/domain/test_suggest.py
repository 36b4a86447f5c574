"""What a document's text suggests: its kind, date, identifiers and (on a 221(g) notice) the
items asked for — each from the words documents really use, with its evidence."""

from __future__ import annotations

import pytest

from desktop_app.domain.suggest import suggest_kind, suggestions_for
from desktop_app.ingest import pdf_text
from desktop_app.services import sample_content
from desktop_app.services.sample_content import POST


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Your application is refused under Section 221(g) of the U.S. Immigration and "
            "Nationality Act",
            "notice_221g",
        ),
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
    assert found.evidence.startswith("AA0QB7QPGN (read as AAOQB7QPGN) — a DS-160")
    assert found.evidence.endswith("“…L. SANTOS Application ID: AAOQB7QPGN Post: Manila”")
