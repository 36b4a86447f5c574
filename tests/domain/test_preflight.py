"""Pre-flight findings, from the facts the export service gathers."""

from __future__ import annotations

from desktop_app.domain.preflight import PreflightFacts, check


def test_a_clean_case_has_nothing_to_say() -> None:
    assert check(PreflightFacts(estimated_bytes=10, budget=None)) == []


def test_each_problem_is_one_sentence_and_unreadable_documents_block() -> None:
    found = check(
        PreflightFacts(
            missing_items=("Police certificate",),
            unreadable=(("Bank statement", "it is password-protected; it is left out"),),
            undated=("Payslip", "CV"),
            shrunk_pages=12,
            crowded=(("Payslip", (1, 3)),),
            estimated_bytes=5_400_000,
            budget=3_000_000,
        )
    )
    messages = [f.message for f in found]
    assert messages == [
        "Requested item with no document: Police certificate.",
        "“Bank statement” cannot go in the packet: it is password-protected; it is left out.",
        "Undated documents: “Payslip”, “CV”.",
        "12 document pages will be shrunk slightly to keep the stamp off their content.",
        "The stamp may cover text on pages 1, 3 of “Payslip”; shrink the pages to keep it clear.",
        "About 5.4 MB as it is, over the 3 MB budget: images will be reduced or the packet split.",
    ]
    assert [f.severity for f in found].count("error") == 1
