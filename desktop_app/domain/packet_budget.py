"""Fitting a packet into a size budget: how far images may be reduced, and how to split.

Posts that take email often want each attachment under about 3 MB. Reductions go step by step
(``LEVELS``) and stop at the first that fits; text and drawings are never rasterised, so only
images get smaller. The deeper levels turn text-only scans black and white (1-bit), about a
sixth of a grayscale JPEG's size, before any part is split off. Below the last step text in
scans stops being legible, so when that is still too big the packet is split into parts, each a
whole packet with its own cover and index, in the packet's order.
"""

from __future__ import annotations

from dataclasses import dataclass

HEADROOM = 0.95
"""Aim a little under the budget: estimates are estimates."""
PART_OVERHEAD = 60_000
"""Bytes a part's cover, index, tabs, stamps and structure take, roughly."""


@dataclass(frozen=True)
class ImageLevel:
    """How far images shrink; with ``bilevel_dpi``, a page that is only text on paper becomes
    black and white (1-bit) at that resolution instead, which keeps it sharper and smaller."""

    dpi: int
    gray: bool
    quality: int
    bilevel_dpi: int | None = None

    def describe(self) -> str:
        colour = "grayscale" if self.gray else "colour kept"
        said = f"images reduced to {self.dpi} dpi, {colour}, JPEG quality {self.quality}"
        if self.bilevel_dpi is None:
            return said
        return f"{said}; text-only scans in black and white at {self.bilevel_dpi} dpi"


LEVELS = (
    ImageLevel(200, False, 75),
    ImageLevel(150, True, 65),
    ImageLevel(150, True, 65, bilevel_dpi=200),
    ImageLevel(110, True, 55, bilevel_dpi=200),
)


@dataclass(frozen=True)
class Weight:
    """A document's estimated bytes in the packet (at the chosen level)."""

    document_id: int
    size: int


def fits(total: int, budget: int) -> bool:
    return total + PART_OVERHEAD <= budget * HEADROOM


def split_parts(
    weights: list[Weight], budget: int, *, keep_first: int | None = None
) -> list[list[int]]:
    """Document ids per part, in order, each part's estimate within the budget where possible.

    A document bigger than the budget on its own gets a part of its own (it is reported, not
    cut). ``keep_first`` (the 221(g) letter) always opens part 1.
    """
    room = budget * HEADROOM - PART_OVERHEAD
    ordered = sorted(weights, key=lambda w: w.document_id != keep_first)
    parts: list[list[int]] = []
    used = room + 1.0
    for weight in ordered:
        if used + weight.size > room or not parts:
            parts.append([])
            used = 0.0
        parts[-1].append(weight.document_id)
        used += weight.size
    return parts
