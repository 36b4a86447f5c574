"""Navigation inside the packet: bookmarks that mirror the index, and index rows that are links.

Both are added to the assembled PDF and both point at page objects (explicit destinations,
``[page /Fit]``), never at names, so they survive sanitising and work in every reader. The page
objects are listed once: pikepdf finds a page by its number in time that grows with the page
count (0.3 ms a page at 1,000 pages), and a bookmark given a number is found so.
"""

from __future__ import annotations

import pikepdf

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.packet.pages import Link


def add_bookmarks(out: pikepdf.Pdf, plan: PacketPlan) -> None:
    pages = _page_objects(out)

    def item(title: str, number: int) -> pikepdf.OutlineItem:
        return pikepdf.OutlineItem(title, _opening(pages, number))

    with out.open_outline() as outline:
        if plan.pages and plan.pages[0].role == "cover":
            outline.root.append(item("Cover sheet", 1))
        letter = plan.letter_pages
        if letter is not None:
            outline.root.append(item("221(g) letter", letter[0]))
        index = next((p.number for p in plan.pages if p.role == "index"), None)
        if index is not None:
            outline.root.append(item("Index", index))
        for section in plan.sections:
            parent = item(f"{section.letter} — {section.title}", section.first_page)
            for entry in section.documents:
                parent.children.append(item(entry.title, entry.first))
            outline.root.append(parent)


def add_index_links(out: pikepdf.Pdf, links: list[Link]) -> None:
    """A borderless /Link annotation over each index row, opening the row's first page."""
    pages = _page_objects(out)
    for link in links:
        page = pages[link.page - 1]
        annot = out.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Link,
                Rect=pikepdf.Array(link.rect),
                Border=pikepdf.Array([0, 0, 0]),
                Dest=_opening(pages, link.target),
            )
        )
        if "/Annots" not in page:
            page.Annots = pikepdf.Array()
        page.Annots.append(annot)


def _page_objects(out: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [page.obj for page in out.pages]


def _opening(pages: list[pikepdf.Dictionary], number: int) -> pikepdf.Array:
    """The destination showing page ``number`` (counted from 1) whole."""
    return pikepdf.Array([pages[number - 1], pikepdf.Name.Fit])
