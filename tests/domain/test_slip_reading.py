"""The items a 221(g) notice asks for: ticked boxes on a slip, listed lines in a letter."""

from __future__ import annotations

import pytest

from desktop_app.domain.slip_reading import item_code, requested_items

OCR_SLIP = """\
U.S. EMBASSY MANILA - CONSULAR SECTI0N
Date: 18-Aug-2026
Please subrnit the documents marked below
[X] Ernployment verification letter stating position and salary
[ ] Police clearance certificate
|X| Bank staternents for the last six (6) rnonths
☐ Medical examination results
☒ Marriage certificate (PSA copy)
✔ Copies of all old passports and visas
X  Police certificate from every country lived in since age 16
□ Updated DS-160 confirmation page
(x) Proof of property ownership
"""


def test_ticked_lines_of_a_noisy_slip_map_to_the_vocabulary_with_their_line() -> None:
    found = requested_items(OCR_SLIP)

    assert [f.code for f in found] == [
        "employment_letter",
        "bank_statements",
        "marriage_certificate",
        "passport_copies",
        "police_certificate",
        "other",
    ]
    assert found[1].line == "|X| Bank staternents for the last six (6) rnonths"
    assert found[-1].line == "(x) Proof of property ownership"


def test_unticked_boxes_are_never_requested_items() -> None:
    lines = {f.line for f in requested_items(OCR_SLIP)}
    assert not any("Medical" in line or "DS-160" in line for line in lines)
    assert "[ ] Police clearance certificate" not in lines


def test_a_letter_without_boxes_requests_its_listed_lines() -> None:
    email = (
        "Dear Applicant,\n"
        "Please submit the following documents:\n"
        "1. Pay slips for the last three months\n"
        "2) Travel history for the past ten years\n"
        "- Curriculum vitae\n"
        "• A letter from your employer\n"
        "Consular Section\n"
    )
    assert [f.code for f in requested_items(email)] == [
        "pay_slips",
        "travel_history",
        "cv",
        "employment_letter",
    ]


def test_when_boxes_are_ticked_listed_lines_are_not_items() -> None:
    text = "- Keep this letter\n[X] Bank statements\n- Bring your passport\n"
    assert [f.code for f in requested_items(text)] == ["bank_statements"]


def test_text_with_neither_boxes_nor_lists_requests_nothing() -> None:
    assert requested_items("Your application is refused under Section 221(g).\nX\n[X]") == []


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Updated DS-160 confirmation page", "ds160_correction"),
        ("Emp1oyment certificate", "employment_letter"),
        ("NBI clearance", "police_certificate"),
        ("Birth certificate of each child", "birth_certificate"),
        ("Medical examination report", "medical"),
        ("Proof of property", "other"),
    ],
)
def test_item_words_map_to_the_vocabulary(words: str, code: str) -> None:
    assert item_code(words) == code
