"""The collation checklist: the physical order of the paper pile, with a box to tick per item.

It is a separate PDF for the person assembling the copies — it does not go to the consulate —
listing every sheet group in packet order (cover, letter, index, each tab and document, blank
pages for duplex) with its page range, part by part when the packet was split.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.packet.pages import MARGIN, PAPER, page_range
from desktop_app.packet.stamps import fit

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
    canvas = Canvas(str(out), pagesize=(width, height), invariant=1)
    canvas.setTitle(f"Collation checklist — {title}")
    y = _heading(canvas, title, width, height, first=True)
    for plan in plans:
        if plan.parts > 1:
            y = _line(
                canvas,
                f"PART {plan.part} OF {plan.parts} — {plan.page_count} pages",
                "Helvetica-Bold",
                y - 4,
                width,
            )
        for what, first, last in pile(plan):
            if y < MARGIN + ROW:
                canvas.showPage()
                y = _heading(canvas, title, width, height, first=False)
            canvas.rect(MARGIN, y - 2, 9, 9)
            canvas.setFont("Helvetica", 10)
            pages = page_range(first, last)
            canvas.drawRightString(width - MARGIN, y, pages)
            room = width - 2 * MARGIN - 16 - canvas.stringWidth(pages, "Helvetica", 10) - 6 * mm
            canvas.drawString(MARGIN + 16, y, fit(what, "Helvetica", 10, room))
            y -= ROW
    canvas.showPage()
    canvas.save()


def _heading(canvas: Canvas, title: str, width: float, height: float, *, first: bool) -> float:
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(
        MARGIN, height - MARGIN, "COLLATION CHECKLIST" + ("" if first else " (continued)")
    )
    canvas.setFont("Helvetica", 10)
    canvas.drawString(MARGIN, height - MARGIN - 16, fit(title, "Helvetica", 10, width - 2 * MARGIN))
    canvas.drawString(
        MARGIN,
        height - MARGIN - 30,
        "Stack the sheets in this order, the first item on top, and tick each one.",
    )
    return height - MARGIN - 56


def _line(canvas: Canvas, text: str, font: str, y: float, width: float) -> float:
    canvas.setFont(font, 11)
    canvas.drawString(MARGIN, y, fit(text, font, 11, width - 2 * MARGIN))
    return y - ROW - 2
