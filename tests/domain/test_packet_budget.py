"""Splitting an over-budget packet into parts that each fit."""

from __future__ import annotations

from desktop_app.domain.packet_budget import (
    HEADROOM,
    LEVELS,
    PART_OVERHEAD,
    Weight,
    fits,
    split_parts,
)

MB = 1_000_000


def test_parts_keep_the_packet_order_and_each_fits() -> None:
    weights = [Weight(n, 900_000) for n in range(1, 8)]
    parts = split_parts(weights, 3 * MB)
    assert [i for part in parts for i in part] == list(range(1, 8))
    for part in parts:
        assert fits(sum(900_000 for _ in part), 3 * MB)
    assert len(parts) == 3


def test_the_letter_opens_part_one_and_a_huge_document_gets_a_part_of_its_own() -> None:
    weights = [Weight(5, 500_000), Weight(6, 9 * MB), Weight(1, 100_000), Weight(7, 500_000)]
    assert split_parts(weights, 3 * MB, keep_first=1) == [[1, 5], [6], [7]]


def test_fitting_leaves_room_for_the_parts_own_pages() -> None:
    assert fits(int(3 * MB * HEADROOM) - PART_OVERHEAD, 3 * MB)
    assert not fits(3 * MB - 1000, 3 * MB)


def test_black_and_white_comes_after_grayscale_and_before_any_split() -> None:
    first_bilevel = next(n for n, level in enumerate(LEVELS) if level.bilevel_dpi)
    assert all(level.gray for level in LEVELS[1:first_bilevel])
    assert LEVELS[-1].bilevel_dpi is not None  # the level used when parts are split off
    assert LEVELS[first_bilevel].describe() == (
        "images reduced to 150 dpi, grayscale, JPEG quality 65; "
        "text-only scans in black and white at 200 dpi"
    )
