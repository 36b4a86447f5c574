"""The packet plan: order, labels, page numbers and duplex padding, before anything is drawn."""

from __future__ import annotations

import itertools
import math

import pytest

from desktop_app.domain.document_kinds import OTHER_SECTION
from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import (
    INDEX_ROWS,
    PacketPlan,
    SourceDocument,
    plan_packet,
    section_letters,
)

LETTER = SourceDocument(1, "221(g) slip", "notice_221g", "Notice", 1)
JOB = SourceDocument(2, "Employment letter", "employment_letter", "Employment letter", 2)
BANK = SourceDocument(3, "Bank statements", "bank_statement", "Bank statements", 3)
KID_BANK = SourceDocument(
    4, "Son's account", "bank_statement", "Bank statements", 1, applicant="Daniel", principal=False
)
TRANSLATION = SourceDocument(
    5, "Translation of statement", "bank_statement", "Bank statements", 1, translation_of=3
)


def test_cover_then_the_letter_then_the_index_then_lettered_sections() -> None:
    plan = plan_packet([JOB, BANK, LETTER])
    roles = [(p.role, p.label) for p in plan.pages]
    assert roles[:3] == [
        ("cover", "COVER SHEET"),
        ("document", "221(g) LETTER"),
        ("index", "INDEX"),
    ]
    assert [s.title for s in plan.sections] == ["Employment letter", "Bank statements"]
    assert roles[3] == ("tab", "A — EMPLOYMENT LETTER")
    assert plan.page_count == 3 + (1 + 2) + (1 + 3)
    assert [p.number for p in plan.pages] == list(range(1, plan.page_count + 1))


def test_principal_first_and_translations_behind_their_original() -> None:
    plan = plan_packet([KID_BANK, TRANSLATION, BANK, LETTER])
    [bank] = plan.sections
    assert [title for _id, title, _f, _l in bank.documents] == [
        "Bank statements",
        "Translation of statement",
        "Son's account",
    ]


def test_index_ranges_match_the_pages_they_name() -> None:
    plan = plan_packet([LETTER, JOB, BANK])
    for section in plan.sections:
        for doc_id, _title, first, last in section.documents:
            pages = [p for p in plan.pages if p.document_id == doc_id]
            assert (pages[0].number, pages[-1].number) == (first, last)


def test_duplex_starts_every_section_on_a_right_hand_page() -> None:
    plan = plan_packet([LETTER, JOB, BANK, KID_BANK], PacketOptions(duplex=True))
    assert all(s.first_page % 2 == 1 for s in plan.sections)
    letter_page = next(p for p in plan.pages if p.document_id == 1)
    assert letter_page.number % 2 == 1
    blanks = [p for p in plan.pages if p.role == "blank"]
    assert blanks and all(p.label == "INTENTIONALLY BLANK" for p in blanks)
    for section in plan.sections:
        for doc_id, _title, first, _last in section.documents:
            assert plan.pages[first - 1].document_id == doc_id


def test_the_users_order_moves_documents_and_their_sections_but_not_the_letter() -> None:
    plan = plan_packet([LETTER, JOB, BANK, KID_BANK], PacketOptions(order=(4, 3)))
    assert [s.title for s in plan.sections] == ["Bank statements", "Employment letter"]
    assert [e.document_id for e in plan.sections[0].documents] == [4, 3]
    assert plan.pages[1].document_id == LETTER.id


def test_a_translation_stays_behind_its_original_whatever_the_order() -> None:
    plan = plan_packet([BANK, TRANSLATION, KID_BANK], PacketOptions(order=(4, 3)))
    assert [e.document_id for e in plan.sections[0].documents] == [4, 3, 5]


def test_custom_labels_rename_a_document_or_a_whole_section() -> None:
    labels = {"3": "Statements from BPI", "employment_letter": "Proof of employment"}
    plan = plan_packet([LETTER, JOB, BANK], PacketOptions(labels=labels))
    assert [s.title for s in plan.sections] == ["Proof of employment", "Bank statements"]
    bank = plan.sections[1]
    assert bank.documents[0].title == "Statements from BPI"
    stamped = {p.label for p in plan.pages if p.document_id == 3}
    assert stamped == {"B — STATEMENTS FROM BPI"}
    assert plan.pages[bank.first_page - 1].label == "B — BANK STATEMENTS"


def test_bates_numbers_run_over_every_page_from_the_given_start() -> None:
    plan = plan_packet([LETTER, JOB], PacketOptions(bates_prefix="SANTOS-"), first_bates=41)
    assert [p.bates for p in plan.pages][:2] == ["SANTOS-000041", "SANTOS-000042"]
    assert plan.pages[-1].bates == f"SANTOS-{40 + plan.page_count:06d}"
    assert all(p.bates == "" for p in plan_packet([LETTER, JOB]).pages)


def _many(count: int) -> list[SourceDocument]:
    return [
        SourceDocument(10 + n, f"Statement {n}", "bank_statement", "Bank statements", 1)
        for n in range(count)
    ]


@pytest.mark.parametrize("duplex", [False, True])
def test_a_long_index_takes_as_many_pages_as_its_rows_need(duplex: bool) -> None:
    plan = plan_packet([LETTER, *_many(70)], PacketOptions(duplex=duplex))
    index_pages = [p for p in plan.pages if p.role == "index"]
    assert len(plan.index) == 1 + 1 + 70
    assert len(index_pages) == math.ceil(len(plan.index) / INDEX_ROWS) == 3
    spans = [p.index_rows for p in index_pages]
    assert spans[0][0] == 0 and spans[-1][1] == len(plan.index)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    for row in plan.index[2:]:
        assert plan.pages[row.first - 1].role == "document"
    assert plan.pages[plan.index[1].first - 1].role == "tab"


def test_every_part_of_a_split_packet_keeps_the_whole_packets_section_letters() -> None:
    docs = [LETTER, JOB, BANK]
    letters = section_letters(docs, PacketOptions())
    part = plan_packet([BANK], part=2, parts=2, letters=letters)
    assert (part.part, part.parts) == (2, 2)
    assert part.sections[0].letter == "B"
    assert part.letter_document is None


def test_other_supporting_documents_come_after_the_named_sections() -> None:
    other = SourceDocument(9, "Hotel booking", "other", OTHER_SECTION, 1)
    plan = plan_packet([other, JOB, LETTER])
    assert [s.title for s in plan.sections] == ["Employment letter", OTHER_SECTION]
    moved = plan_packet([other, JOB, LETTER], PacketOptions(order=(9,)))
    assert [s.title for s in moved.sections] == [OTHER_SECTION, "Employment letter"]


def test_capitalised_labels_keep_the_lower_case_letter_of_221g_and_214b() -> None:
    labels = {"3": "Reply to the 221(g) and 214(b) notes", "employment_letter": "Job (new)"}
    plan = plan_packet([LETTER, JOB, BANK], PacketOptions(labels=labels))
    stamped = {p.label for p in plan.pages if p.document_id == 3}
    assert stamped == {"B — REPLY TO THE 221(g) AND 214(b) NOTES"}
    assert plan.pages[plan.sections[0].first_page - 1].label == "A — JOB (NEW)"
    assert plan.pages[1].label == "221(g) LETTER"


EMAIL = SourceDocument(20, "Consulate: documents requested", "consulate_email", OTHER_SECTION, 2)
ATTACHED_BANK = SourceDocument(
    21, "Statement sent by email", "bank_statement", "Bank statements", 1, attached_to=20
)
ATTACHED_FORM = SourceDocument(22, "Form", "other", OTHER_SECTION, 1, attached_to=20)


def _section_documents(plan: PacketPlan) -> list[list[int]]:
    return [[e.document_id for e in s.documents] for s in plan.sections]


def test_an_emails_attachments_follow_it_in_its_section() -> None:
    plan = plan_packet([ATTACHED_BANK, JOB, EMAIL, ATTACHED_FORM, LETTER])
    assert [s.title for s in plan.sections] == ["Employment letter", OTHER_SECTION]
    assert _section_documents(plan) == [[2], [20, 21, 22]]
    pages = [p.document_id for p in plan.pages if p.document_id in {20, 21, 22}]
    assert pages == [20, 20, 21, 22]


def test_an_emails_attachments_stay_behind_it_in_the_users_order() -> None:
    plan = plan_packet(
        [ATTACHED_BANK, JOB, EMAIL, ATTACHED_FORM], PacketOptions(order=(21, 20, 2, 22))
    )
    assert _section_documents(plan) == [[20, 21, 22], [2]]


def test_an_attachment_without_its_email_goes_to_its_own_section() -> None:
    plan = plan_packet([ATTACHED_BANK, JOB, ATTACHED_FORM])
    assert [s.title for s in plan.sections] == [
        "Bank statements",
        "Employment letter",
        OTHER_SECTION,
    ]


def test_a_221g_letter_attached_to_an_email_still_comes_first() -> None:
    slip = SourceDocument(23, "221(g) slip", "notice_221g", "Notice", 1, attached_to=20)
    plan = plan_packet([EMAIL, slip, ATTACHED_FORM])
    assert plan.letter_document == 23
    assert plan.pages[1].document_id == 23
    assert _section_documents(plan) == [[20, 22]]


def test_a_thousand_documents_each_come_once_with_attachments_and_translations_behind() -> None:
    docs = []
    for n in range(0, 1200, 4):  # an email, its attachment, the attachment's translation, a scan
        docs += [
            SourceDocument(n, f"Email {n}", "email", "Emails", 1),
            SourceDocument(n + 1, "Statement", "bank_statement", "Emails", 1, attached_to=n),
            SourceDocument(
                n + 2, "Translation", "bank_statement", "Emails", 1, translation_of=n + 1
            ),
            SourceDocument(n + 3, f"Scan {n}", "bank_statement", "Bank statements", 1),
        ]
    plan = plan_packet(list(reversed(docs)))
    placed = [p.document_id for p in plan.pages if p.role == "document"]
    assert sorted(placed) == list(range(1200))
    for n in range(0, 1200, 4):
        at = placed.index(n)
        assert placed[at : at + 3] == [n, n + 1, n + 2]
