"""The stamp at the foot of every page: label, page n of N, applicant and ID, Bates number.

All stamps are drawn in one reportlab pass — page i of the stamps PDF lies on output page i — which
is several times faster than one small overlay per page and embeds the font once. Each stamp page
has the *visual* size of the page it lands on (width and height swapped for /Rotate 90 or 270);
qpdf's overlay turns it to match the page's rotation, so the stamp reads upright at the bottom of
the page as it is shown and printed. The band and its text grow and shrink with the page, so a
stamp on a receipt or a tabloid page is still readable once printed on Letter or A4. Labels and
names keep the script they were typed in (``packet.text_runs``); the fonts are embedded once, as
subsets of the glyphs the stamps use.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_plan import PacketPlan
from desktop_app.packet import fonts, text_runs
from desktop_app.packet.fonts import BOLD, REGULAR

BAND = 14 * mm
"""Stamp band height on a Letter/A4-sized page; shrunk pages keep their content above it."""
INSET = 8 * mm
REFERENCE_WIDTH = 595.0  # A4 width: scale 1


@dataclass(frozen=True)
class PageSize:
    """A page's visual size (as shown, after its /Rotate)."""

    width: float
    height: float


def scale_for(size: PageSize) -> float:
    """How much bigger or smaller than on A4 the stamp is drawn on a page of ``size``."""
    return max(0.45, min(size.width / REFERENCE_WIDTH, size.height / 842.0 * 1.3, 4.0))


def band_height(size: PageSize) -> float:
    return BAND * scale_for(size)


def draw_stamps(plan: PacketPlan, sizes: list[PageSize], ident: str, out: Path) -> None:
    """One stamp page per output page, each the visual size of the page it will lie on."""
    canvas = fonts.canvas(out)
    total = plan.page_count
    part = f" · part {plan.part} of {plan.parts}" if plan.parts > 1 else ""
    for page, size in zip(plan.pages, sizes, strict=True):
        k = scale_for(size)
        width = size.width
        canvas.setPageSize((width, size.height))
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, width, BAND * k, fill=1, stroke=0)
        canvas.setFillColorRGB(0, 0, 0)
        inner = width - 2 * INSET * k
        number = f"page {page.number} of {total}{part}"
        _line(canvas, page.label, number, BOLD, 9 * k, INSET * k, 8 * mm * k, inner)
        who = " · ".join(x for x in (page.applicant, page.reference or ident) if x)
        _line(canvas, who, page.bates, REGULAR, 7.5 * k, INSET * k, 4 * mm * k, inner)
        canvas.showPage()
    canvas.save()


def _line(
    canvas: Canvas, left: str, right: str, style: str, size: float, x: float, y: float, inner: float
) -> None:
    """``left`` at the left edge and ``right`` at the right edge; ``left`` is shortened with an
    ellipsis when both would not fit, ``right`` (page number, Bates) never is."""
    right_width = text_runs.right(canvas, x + inner, y, [(right, style)], size) if right else 0
    room = inner - right_width - (4 * mm if right else 0)
    text_runs.fitted(canvas, x, y, left, style, size, room)
