"""Pre-flight findings, from the facts the export service gathers."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.deadlines import response_deadline
from desktop_app.domain.preflight import PreflightFacts, check

REPLY = response_deadline(dt.date(2025, 9, 1))


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


def test_a_missed_reply_comes_first_with_what_it_generally_means() -> None:
    assert REPLY is not None
    missed = REPLY.settled("missed", "the due date passed; nothing submitted yet")
    found = check(PreflightFacts(missing_items=("CV",), reply=missed, today=dt.date(2026, 9, 11)))
    assert found[0].message.startswith(
        "The 221(g) reply was due 01 Sep 2026, 10 days ago (the due date passed; nothing "
        "submitted yet). General information, not legal advice:"
    )
    assert "ask the post" in found[0].message


def test_a_reply_due_within_a_month_is_a_warning_and_one_met_is_not() -> None:
    assert REPLY is not None
    soon = check(PreflightFacts(reply=REPLY, today=dt.date(2026, 8, 12)))
    assert [f.message for f in soon] == ["The 221(g) reply is due 01 Sep 2026: 20 days left."]
    met = REPLY.settled("met", "documents submitted 12 Aug 2026")
    assert check(PreflightFacts(reply=met, today=dt.date(2026, 8, 30))) == []


def test_scans_read_before_words_were_kept_are_named_as_going_in_unsearchable() -> None:
    [found] = check(PreflightFacts(unsearchable=("Marriage certificate", "Payslip")))

    assert found.severity == "warning"
    assert found.message == (
        "These scans were read by an earlier version of VisaCase, so their pages go in without "
        "searchable text: “Marriage certificate”, “Payslip”. Read them again to add it "
        "(Case ▸ Read text again in the window, or visacase read CASE)."
    )
