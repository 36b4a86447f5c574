"""The collation checklist: the physical order of the paper pile, with a box to tick per item.

It is a separate PDF for the person assembling the copies — it does not go to the consulate —
listing every sheet group in packet order (cover, letter, index, each tab and document, blank
pages for duplex) with its page range, part by part when the packet was split. Titles keep the
script they were typed in (``packet.text_runs``).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.packet import fonts, text_runs
from desktop_app.packet.fonts import BOLD, REGULAR
from desktop_app.packet.pages import MARGIN, PAPER, page_range

ROW = 16.0


def pile(plan: PacketPlan) -> list[tuple[str, int, int]]:
    """(what, first page, last page) for each run of pages the assembler handles as one item."""
    titles = {e.document_id: e.title for e in plan.documents()}
    rows: list[tuple[str, int, int]] = []
    previous: tuple[str, int | None] | None = None
    for page in plan.pages:
        key = (page.role, page.document_id)
        if key == previous and page.role in {"document", "index"}:
            rows[-1] = (rows[-1][0], rows[-1][1], page.number)
            continue
        previous = key
        if page.role == "document":
            what = titles.get(page.document_id, page.label)
        elif page.role == "tab":
            what = f"Tab page {page.label}"
        else:
            what = {"cover": "Cover sheet", "index": "Index", "blank": "Blank page (duplex)"}[
                page.role
            ]
        rows.append((what, page.number, page.number))
    return rows


def draw_checklist(plans: list[PacketPlan], title: str, paper: str, out: Path) -> None:
    width, height = PAPER[paper]
    canvas = fonts.canvas(out, pagesize=(width, height))
    canvas.setTitle(f"Collation checklist — {title}")
    y = _heading(canvas, title, width, height, first=True)
    for plan in plans:
        if plan.parts > 1:
            part = f"PART {plan.part} OF {plan.parts} — {plan.page_count} pages"
            y = _line(canvas, part, BOLD, y - 4, width)
        for what, first, last in pile(plan):
            if y < MARGIN + ROW:
                canvas.showPage()
                y = _heading(canvas, title, width, height, first=False)
            canvas.rect(MARGIN, y - 2, 9, 9)
            pages = [(page_range(first, last), REGULAR)]
            room = width - 2 * MARGIN - 16 - text_runs.width(pages, 10) - 6 * mm
            text_runs.right(canvas, width - MARGIN, y, pages, 10)
            text_runs.fitted(canvas, MARGIN + 16, y, what, REGULAR, 10, room)
            y -= ROW
    canvas.showPage()
    canvas.save()


def _heading(canvas: Canvas, title: str, width: float, height: float, *, first: bool) -> float:
    heading = "COLLATION CHECKLIST" + ("" if first else " (continued)")
    text_runs.line(canvas, MARGIN, height - MARGIN, [(heading, BOLD)], 16)
    room = width - 2 * MARGIN
    text_runs.fitted(canvas, MARGIN, height - MARGIN - 16, title, REGULAR, 10, room)
    how = "Stack the sheets in this order, the first item on top, and tick each one."
    text_runs.line(canvas, MARGIN, height - MARGIN - 30, [(how, REGULAR)], 10)
    return height - MARGIN - 56


def _line(canvas: Canvas, text: str, style: str, y: float, width: float) -> float:
    text_runs.fitted(canvas, MARGIN, y, text, style, 11, width - 2 * MARGIN)
    return y - ROW - 2
