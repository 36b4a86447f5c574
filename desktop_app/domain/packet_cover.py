"""Where each requested item lies in the packet, as the cover tells the officer.

An officer checks the cover against the 221(g) slip line by line: "Bank statements — B, pages
6–8" lets them turn straight to the answer, and "not enclosed" says plainly what is missing rather
than leaving them to search. Locations are read from the plan, so they match the stamped page
numbers; in a packet split into parts, each part's cover locates what that part holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.packet_plan import PacketPlan

NOT_ENCLOSED = "not enclosed"
ELSEWHERE = "in another part of this packet"


@dataclass(frozen=True)
class RequestedDocument:
    """One line of the slip and the documents that answer it."""

    label: str
    document_ids: tuple[int, ...] = ()
    reason: str = ""
    """Why it is not enclosed, in the user's words, when they gave one."""


def locate(
    plan: PacketPlan, item: RequestedDocument, enclosed: frozenset[int] = frozenset()
) -> str:
    """``"B — pages 6–8"`` (several places joined by "; "), or why it cannot be found here.

    ``enclosed``: the document ids of the whole packet, so a split packet's cover can say an item
    lies in another part instead of calling it missing."""
    places = []
    for letter, first, last in _ranges(plan, item.document_ids):
        pages = f"page {first}" if first == last else f"pages {first}–{last}"
        places.append(f"{letter} — {pages}")
    if places:
        return "; ".join(places)
    if enclosed & set(item.document_ids):
        return ELSEWHERE
    return f"{NOT_ENCLOSED} ({item.reason})" if item.reason else NOT_ENCLOSED


def _ranges(plan: PacketPlan, ids: tuple[int, ...]) -> list[tuple[str, int, int]]:
    """(section letter, first, last page) of ``ids`` in packet order, touching ranges merged."""
    found: list[tuple[str, int, int]] = []
    letter = plan.letter_pages
    if letter and plan.letter_document in ids:
        found.append(("221(g) letter", *letter))
    for section in plan.sections:
        for entry in section.documents:
            if entry.document_id not in ids:
                continue
            if found and found[-1][0] == section.letter and found[-1][2] + 1 >= entry.first:
                found[-1] = (section.letter, found[-1][1], entry.last)
            else:
                found.append((section.letter, entry.first, entry.last))
    return found
