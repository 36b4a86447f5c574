"""The cover locates each requested item by section and stamped page, or says it is missing."""

from __future__ import annotations

from desktop_app.domain.packet_cover import ELSEWHERE, RequestedDocument, locate
from desktop_app.domain.packet_plan import SourceDocument, plan_packet

LETTER = SourceDocument(1, "221(g) slip", "notice_221g", "Notice", 1)
JOB = SourceDocument(2, "Employment letter", "employment_letter", "Employment letter", 2)
MARCH = SourceDocument(3, "March", "bank_statement", "Bank statements", 3)
APRIL = SourceDocument(4, "April", "bank_statement", "Bank statements", 1)
PLAN = plan_packet([LETTER, JOB, MARCH, APRIL])


def test_an_item_is_located_by_section_letter_and_stamped_pages() -> None:
    # cover 1, letter 2, index 3, tab A 4, job 5–6, tab B 7, March 8–10, April 11
    assert locate(PLAN, RequestedDocument("Employment letter", (2,))) == "A — pages 5–6"
    assert locate(PLAN, RequestedDocument("Bank statements", (3, 4))) == "B — pages 8–11"
    assert locate(PLAN, RequestedDocument("Slip", (1,))) == "221(g) letter — page 2"


def test_documents_in_different_sections_are_listed_in_packet_order() -> None:
    item = RequestedDocument("Proof of ties", (4, 2))
    assert locate(PLAN, item) == "A — pages 5–6; B — page 11"


def test_an_item_with_nothing_in_the_packet_is_not_enclosed_with_the_reason() -> None:
    assert locate(PLAN, RequestedDocument("Police certificate")) == "not enclosed"
    missing = RequestedDocument("Police certificate", (9,), reason="applied for, due in May")
    assert locate(PLAN, missing) == "not enclosed (applied for, due in May)"


def test_a_part_of_a_split_packet_points_to_the_other_parts() -> None:
    part = plan_packet([LETTER, JOB], part=1, parts=2)
    item = RequestedDocument("Bank statements", (3,))
    assert locate(part, item, enclosed=frozenset({1, 2, 3})) == ELSEWHERE
