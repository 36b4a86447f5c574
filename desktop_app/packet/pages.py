"""Drawing the packet's own pages — cover, index, tabs, blanks — and the stamp on every page.

One stylesheet of sizes and fonts; user text is escaped before it reaches a Paragraph. Everything is
drawn with reportlab in invariant mode so the same case gives the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from desktop_app.domain.packet_plan import PacketPlan, PlannedPage

rl_config.useA85 = 0  # ASCII85 in pure Python is slow and bloats embedded JPEGs
PAPER = {"letter": LETTER, "a4": A4}
MARGIN = 20 * mm
BAND = 11 * mm
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=20, leading=26)
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=15)
TAB = ParagraphStyle("tab", fontName="Helvetica-Bold", fontSize=34, leading=42)


@dataclass(frozen=True)
class CoverFacts:
    title: str
    post: str
    visa_class: str
    submitted_on: str
    applicants: tuple[str, ...]
    requested: tuple[str, ...]


def draw_generated(plan: PacketPlan, facts: CoverFacts, paper: str, out: Path) -> list[int]:
    """Draw the generated pages in plan order; returns their plan page numbers."""
    size = PAPER[paper]
    canvas = Canvas(str(out), pagesize=size, invariant=1)
    numbers = []
    for page in plan.pages:
        if page.role == "document":
            continue
        {
            "cover": lambda p: _cover(canvas, size, facts, plan),
            "index": lambda p: _index(canvas, size, plan),
            "tab": lambda p: _tab(canvas, size, p, plan),
            "blank": lambda p: _blank(canvas, size),
        }[page.role](page)
        canvas.showPage()
        numbers.append(page.number)
    canvas.save()
    return numbers


def draw_stamps(plan: PacketPlan, sizes: list[tuple[float, float]], ident: str, out: Path) -> None:
    """One stamp page per output page, each the size of the page it will lie on."""
    canvas = Canvas(str(out), invariant=1)
    total = plan.page_count
    for page, (width, height) in zip(plan.pages, sizes, strict=True):
        canvas.setPageSize((width, height))
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, width, BAND, fill=1, stroke=0)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawString(8 * mm, 4 * mm, page.label[:60])
        canvas.setFont("Helvetica", 8)
        who = " · ".join(x for x in (page.applicant, ident) if x)
        canvas.drawCentredString(width / 2, 4 * mm, who[:70])
        canvas.setFont("Helvetica-Bold", 9)
        canvas.drawRightString(width - 8 * mm, 4 * mm, f"page {page.number} of {total}")
        canvas.showPage()
    canvas.save()


def _para(canvas: Canvas, text: str, style: ParagraphStyle, x: float, y: float, w: float) -> float:
    para = Paragraph(text, style)
    _, height = para.wrap(w, 1000)
    para.drawOn(canvas, x, y - height)
    return y - height


def _cover(canvas: Canvas, size: tuple[float, float], facts: CoverFacts, plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    y = (
        _para(
            canvas,
            "DOCUMENTS SUBMITTED IN RESPONSE TO A 221(g) REQUEST",
            TITLE,
            MARGIN,
            height - MARGIN,
            w,
        )
        - 8 * mm
    )
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
        y = _para(canvas, f"• {escape(item)}", BODY, MARGIN + 4 * mm, y, w)
    _para(
        canvas,
        f"This packet has {plan.page_count} pages; every page is numbered at the foot.",
        BODY,
        MARGIN,
        MARGIN + 2 * BAND,
        w,
    )


def _index(canvas: Canvas, size: tuple[float, float], plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    y = _para(canvas, "INDEX", TITLE, MARGIN, height - MARGIN, w) - 6 * mm
    if plan.letter_document is not None:
        letter_pages = [p.number for p in plan.pages if p.document_id == plan.letter_document]
        y = (
            _para(
                canvas,
                f"221(g) letter — {_range(letter_pages[0], letter_pages[-1])}",
                BODY,
                MARGIN,
                y,
                w,
            )
            - 3 * mm
        )
    for section in plan.sections:
        y = _para(
            canvas,
            f"<b>{escape(section.letter)} — {escape(section.title.upper())}</b>"
            f" — {_range(section.first_page, section.last_page)}",
            BODY,
            MARGIN,
            y,
            w,
        )
        for _doc_id, title, first, last in section.documents:
            y = _para(
                canvas,
                f"{escape(title)} — {_range(first, last)}",
                BODY,
                MARGIN + 6 * mm,
                y,
                w - 6 * mm,
            )
        y -= 3 * mm


def _tab(canvas: Canvas, size: tuple[float, float], page: PlannedPage, plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    y = _para(canvas, escape(page.label), TAB, MARGIN, height * 0.62, w) - 8 * mm
    section = next(s for s in plan.sections if s.first_page == page.number)
    for _doc_id, title, first, last in section.documents:
        y = _para(canvas, f"{escape(title)} — {_range(first, last)}", BODY, MARGIN, y, w)


def _blank(canvas: Canvas, size: tuple[float, float]) -> None:
    width, height = size
    canvas.setFont("Helvetica-Oblique", 12)
    canvas.drawCentredString(width / 2, height / 2, "This page is intentionally blank.")


def _range(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}–{last}"
