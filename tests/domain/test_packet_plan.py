"""The packet plan: order, labels, page numbers and duplex padding, before anything is drawn."""

from __future__ import annotations

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import SourceDocument, plan_packet

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
        ("document", "221(G) LETTER"),
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
