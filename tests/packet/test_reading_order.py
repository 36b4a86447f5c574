"""Right-to-left text in an English line: levels and visual order as the Unicode bidi algorithm
says, and an extraction text that poppler turns back into what was typed."""

from __future__ import annotations

import bidi
import pytest
from bidi.mirror import MIRRORED

from desktop_app.packet import reading_order
from desktop_app.packet.reading_order import LRM, RLM

MIXED = (
    "محمد 123 عبد",
    "شارع الملك فهد 45، الرياض",
    "تاريخ 12/03/2024 م",
    "Bank statement كشف حساب 2025",
    "المبلغ 1,250.50 ريال",
    "رقم 12-34",
    "نسبة 50% من",
    "كشف (Bank) حساب",
    "رقم ١٢٣ عبد",
    "אבג 12 דהו",
)


@pytest.mark.parametrize("text", MIXED)
def test_the_visual_order_is_the_one_python_bidis_own_implementation_displays(text: str) -> None:
    levels = reading_order.levels(text)
    drawn = "".join(
        MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]
        for i in reading_order.visual_order(levels)
    )
    assert drawn == bidi.get_display(text, base_dir="L")  # the Rust implementation


def test_numbers_inside_arabic_stay_left_to_right_and_the_words_swap_sides() -> None:
    text = "محمد 123 عبد"
    levels = reading_order.levels(text)
    assert levels == [1] * 5 + [2] * 3 + [1] * 4
    assert "".join(text[i] for i in reading_order.visual_order(levels)) == "دبع 123 دمحم"


def test_the_visual_order_undoes_itself() -> None:
    levels = [0, 1, 1, 2, 2, 1, 3, 1, 0]
    order = reading_order.visual_order(levels)
    assert order != sorted(order)
    assert [order[i] for i in reading_order.visual_order([levels[i] for i in order])] == sorted(
        order
    )


def test_a_stretch_is_spelled_in_typed_order_each_right_to_left_piece_reversed() -> None:
    drawn = [(" عبد", 1), ("123", 2), ("محمد ", 1)]  # visual order, each piece as typed
    spelled = reading_order.actual_text(drawn)
    assert spelled.rstrip(LRM) == RLM + " دمحم" + "123" + "دبع "


def test_characters_poppler_reads_as_part_of_a_number_leave_the_right_to_left_piece() -> None:
    drawn = [("% من", 1), ("50", 2), ("نسبة ", 1)]
    assert reading_order.actual_text(drawn).rstrip(LRM) == RLM + " ةبسن" + "50%" + "نم "
    price = [(" فقط", 1), ("12", 2), ("السعر $", 1)]
    spelled = reading_order.actual_text(price).rstrip(LRM)
    assert spelled == RLM + " رعسلا" + LRM + "$12" + "طقف "


def test_a_stretch_ends_with_as_many_left_to_right_marks_as_it_has_right_to_left_letters() -> None:
    """So that poppler never takes a page of Arabic titles for a right-to-left page."""
    spelled = reading_order.actual_text([(" عبد", 1), ("123", 2), ("محمد ", 1)])
    right_to_left = sum(c in "محمدعب" or c == RLM for c in spelled)
    assert spelled.count(LRM) == right_to_left == 8
    assert reading_order.actual_text([("Bank statement", 0)]) == "Bank statement"
