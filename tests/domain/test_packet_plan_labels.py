"""Packet labels say what a document is; a file name is never one unless someone typed it."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.document_labels import (
    default_label,
    packet_label,
    period_of,
    typed_title,
)
from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import SourceDocument, plan_packet


def test_a_title_equal_to_the_file_name_was_not_typed() -> None:
    assert not typed_title("bank_statement", "bank_statement.pdf")
    assert not typed_title("photo_resume.jpg", "C:\\Users\\m\\photo_resume.jpg")
    assert not typed_title("  ", "x.pdf")
    assert typed_title("Bank statements, HDFC", "bank_statement.pdf")


def test_the_default_label_names_kind_applicant_and_date() -> None:
    label = default_label("Employment letter", "Maria L. Santos", dt.date(2025, 3, 12))
    assert label == "Employment letter — Maria L. Santos — 12 Mar 2025"
    assert default_label("CV") == "CV"


def test_a_statement_is_labelled_by_the_months_it_covers() -> None:
    period = period_of([dt.date(2025, 10, 31), dt.date(2025, 8, 1), dt.date(2025, 9, 15)])
    assert default_label("Bank statement", period=period) == "Bank statement — Aug to Oct 2025"
    across = period_of([dt.date(2024, 11, 1), dt.date(2025, 1, 31)])
    assert default_label("Pay slips", period=across) == "Pay slips — Nov 2024 to Jan 2025"
    assert period_of([dt.date(2025, 8, 1), dt.date(2025, 8, 31)]) is None


def test_a_typed_title_wins_over_the_default() -> None:
    typed = packet_label("Salary account, HDFC", "scan01.pdf", "Bank statement", "Maria")
    defaulted = packet_label("scan01", "scan01.pdf", "Bank statement", "Maria")
    assert (typed, defaulted) == ("Salary account, HDFC", "Bank statement — Maria")


def test_each_stamp_names_its_applicant_and_their_own_identifier() -> None:
    docs = [
        SourceDocument(
            1, "CV — Daniel", "cv", "CV", 1, applicant="Daniel", principal=False, reference="AA02"
        ),
        SourceDocument(2, "CV — Maria", "cv", "CV", 1, applicant="Maria", reference="AA01"),
    ]
    plan = plan_packet(docs)
    generated = [p for p in plan.pages if p.role != "document"]
    assert generated and {(p.applicant, p.reference) for p in generated} == {("Maria", "AA01")}
    daniel = {(p.applicant, p.reference) for p in plan.pages if p.document_id == 1}
    assert daniel == {("Daniel", "AA02")}


def test_cover_index_and_tabs_can_each_be_left_out() -> None:
    docs = [
        SourceDocument(1, "Slip", "notice_221g", "Notice", 1),
        SourceDocument(2, "Job", "employment_letter", "Employment letter", 2),
    ]
    bare = plan_packet(docs, PacketOptions(cover=False, index=False, tabs=False))
    assert [p.role for p in bare.pages] == ["document"] * 3
    [section] = bare.sections
    assert (section.first_page, section.last_page) == (2, 3)
    assert [r.text for r in bare.index] == ["221(g) letter", "A — EMPLOYMENT LETTER", "Job"]
    no_tabs = plan_packet(docs, PacketOptions(tabs=False))
    assert [p.role for p in no_tabs.pages] == ["cover", "document", "index", "document", "document"]
