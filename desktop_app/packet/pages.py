"""Drawing the packet's own pages — cover, index, tabs, blanks.

One stylesheet of sizes and fonts; user text is escaped before it reaches a Paragraph. Everything
is drawn with reportlab in invariant mode so the same case gives the same bytes. The index is drawn
one row per line, as the plan paginated it, and each row's rectangle is returned so the builder can
link it to the page it names.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.domain.packet_plan import IndexRow, PacketPlan, PlannedPage
from desktop_app.packet.stamps import BAND, fit

rl_config.useA85 = 0  # ASCII85 in pure Python is slow and bloats embedded JPEGs
PAPER = {"letter": LETTER, "a4": A4}
MARGIN = 20 * mm
ROW = 17.5  # points per index row
TAB_LIST = 18
"""Documents listed on a tab page; a longer section sends the reader to the index."""
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=26)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15)
TAB = ParagraphStyle("tab", fontName="Helvetica-Bold", fontSize=34, leading=42)

# Paragraph markup escapes &, < and > (quotes are text); xml.sax.saxutils would load urllib.request.
escape = functools.partial(html.escape, quote=False)


@dataclass(frozen=True)
class CoverFacts:
    title: str
    post: str
    visa_class: str
    submitted_on: str
    applicants: tuple[str, ...]
    requested: tuple[str, ...]


@dataclass(frozen=True)
class Link:
    """A clickable rectangle on generated page ``page`` that opens packet page ``target``."""

    page: int
    rect: tuple[float, float, float, float]
    target: int


def draw_generated(
    plan: PacketPlan,
    facts: CoverFacts,
    paper: str,
    out: Path,
    blank_sizes: dict[int, tuple[float, float]] | None = None,
) -> tuple[list[int], list[Link]]:
    """Draw the generated pages in plan order; returns their plan page numbers and the links.

    Pages are ``paper``-sized, except blank pages named in ``blank_sizes`` (the size of the page
    before them, so a duplex printer does not switch trays for one sheet)."""
    canvas = Canvas(str(out), pagesize=PAPER[paper], invariant=1)
    numbers: list[int] = []
    links: list[Link] = []
    for page in plan.pages:
        if page.role == "document":
            continue
        size = (blank_sizes or {}).get(page.number, PAPER[paper])
        canvas.setPageSize(size)
        if page.role == "cover":
            _cover(canvas, size, facts, plan)
        elif page.role == "index":
            links += _index(canvas, size, plan, page)
        elif page.role == "tab":
            _tab(canvas, size, page, plan)
        else:
            _blank(canvas, size)
        canvas.showPage()
        numbers.append(page.number)
    canvas.save()
    return numbers, links


def page_range(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}–{last}"


def _para(canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, w: float) -> float:
    para = Paragraph(text, style)
    _, height = para.wrap(w, 1000)
    para.drawOn(canvas, x, y - height)
    return y - height


def _cover(canvas: Canvas, size: tuple[float, float], facts: CoverFacts, plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    heading = "DOCUMENTS SUBMITTED IN RESPONSE TO A 221(g) REQUEST"
    y = _para(canvas, heading, TITLE, MARGIN, height - MARGIN, w) - 4 * mm
    if plan.parts > 1:
        y = _para(canvas, f"PART {plan.part} OF {plan.parts}", TITLE, MARGIN, y, w) - 4 * mm
    y -= 4 * mm
    rows = [
        ("Case", facts.title),
        ("Embassy / consulate", facts.post),
        ("Visa class", facts.visa_class),
        ("Date of submission", facts.submitted_on),
    ]
    rows += [("Applicant", a) for a in facts.applicants]
    for name, value in rows:
        y = _para(canvas, f"<b>{escape(name)}:</b> {escape(value or '—')}", BODY, MARGIN, y, w)
        y -= 2 * mm
    y -= 6 * mm
    y = _para(canvas, "<b>Documents requested and enclosed</b>", BODY, MARGIN, y, w) - 2 * mm
    listed = facts.requested or tuple(f"{s.letter} — {s.title}" for s in plan.sections)
    for item in listed:
        if y < MARGIN + 3 * BAND:
            break
        y = _para(canvas, f"• {escape(item)}", BODY, MARGIN + 4 * mm, y, w)
    whole = (
        f"This part has {plan.page_count} pages"
        if plan.parts > 1
        else (f"This packet has {plan.page_count} pages")
    )
    _para(canvas, f"{whole}; every page is numbered at the foot.", BODY, MARGIN, MARGIN + BAND, w)


def _index(
    canvas: Canvas, size: tuple[float, float], plan: PacketPlan, page: PlannedPage
) -> list[Link]:
    width, height = size
    w = width - 2 * MARGIN
    first, stop = page.index_rows
    title = "INDEX" if first == 0 else "INDEX (continued)"
    y = _para(canvas, title, TITLE, MARGIN, height - MARGIN, w) - 6 * mm
    links = []
    for row in plan.index[first:stop]:
        links.append(_index_row(canvas, row, y, w, page.number))
        y -= ROW
    canvas.setFont("Helvetica-Oblique", 9)
    canvas.drawString(
        MARGIN, MARGIN + BAND, "Page numbers are those stamped at the foot of each page."
    )
    return links


def _index_row(canvas: Canvas, row: IndexRow, y: float, w: float, on_page: int) -> Link:
    font = "Helvetica-Bold" if row.level == 0 else "Helvetica"
    x = MARGIN + 6 * mm * row.level
    pages = page_range(row.first, row.last)
    canvas.setFont(font, 11)
    canvas.drawRightString(MARGIN + w, y, pages)
    room = w - 6 * mm * row.level - canvas.stringWidth(pages, font, 11) - 8 * mm
    text = fit(row.text, font, 11, room)
    canvas.drawString(x, y, text)
    start = x + canvas.stringWidth(text, font, 11) + 2 * mm
    end = MARGIN + w - canvas.stringWidth(pages, font, 11) - 2 * mm
    canvas.setDash(1, 2)
    canvas.setLineWidth(0.5)
    if end > start:
        canvas.line(start, y + 1, end, y + 1)
    canvas.setDash()
    return Link(on_page, (x, y - 4, MARGIN + w, y + 11), row.first)


def _tab(canvas: Canvas, size: tuple[float, float], page: PlannedPage, plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    y = _para(canvas, escape(page.label), TAB, MARGIN, height * 0.66, w) - 8 * mm
    section = next(s for s in plan.sections if s.first_page == page.number)
    for entry in section.documents[:TAB_LIST]:
        text = f"{escape(entry.title)} — {page_range(entry.first, entry.last)}"
        y = _para(canvas, text, BODY, MARGIN, y, w)
    hidden = len(section.documents) - TAB_LIST
    if hidden > 0:
        _para(canvas, f"… and {hidden} more documents: see the index.", BODY, MARGIN, y, w)


def _blank(canvas: Canvas, size: tuple[float, float]) -> None:
    width, height = size
    canvas.setFont("Helvetica-Oblique", 12)
    canvas.drawCentredString(width / 2, height / 2, "This page is intentionally blank.")
