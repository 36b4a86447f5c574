"""Kinds are suggested from the words documents really use; a birth date is not a document."""

from __future__ import annotations

import pytest

from desktop_app.domain.suggest import identifiers_in, suggest_kind
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
