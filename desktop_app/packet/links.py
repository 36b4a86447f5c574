"""Navigation inside the packet: bookmarks that mirror the index, and index rows that are links.

Both are added to the assembled PDF and both point at page objects (explicit destinations,
``[page /Fit]``), never at names, so they survive sanitising and work in every reader.
"""

from __future__ import annotations

import pikepdf

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.packet.pages import Link


def add_bookmarks(out: pikepdf.Pdf, plan: PacketPlan) -> None:
    with out.open_outline() as outline:
        if plan.pages and plan.pages[0].role == "cover":
            outline.root.append(pikepdf.OutlineItem("Cover sheet", 0))
        letter = plan.letter_pages
        if letter is not None:
            outline.root.append(pikepdf.OutlineItem("221(g) letter", letter[0] - 1))
        index = next((p.number for p in plan.pages if p.role == "index"), None)
        if index is not None:
            outline.root.append(pikepdf.OutlineItem("Index", index - 1))
        for section in plan.sections:
            item = pikepdf.OutlineItem(
                f"{section.letter} — {section.title}", section.first_page - 1
            )
            for entry in section.documents:
                item.children.append(pikepdf.OutlineItem(entry.title, entry.first - 1))
            outline.root.append(item)


def add_index_links(out: pikepdf.Pdf, links: list[Link]) -> None:
    """A borderless /Link annotation over each index row, opening the row's first page."""
    for link in links:
        page = out.pages[link.page - 1]
        annot = out.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Link,
                Rect=pikepdf.Array(link.rect),
                Border=pikepdf.Array([0, 0, 0]),
                Dest=pikepdf.Array([out.pages[link.target - 1].obj, pikepdf.Name.Fit]),
            )
        )
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(annot)
