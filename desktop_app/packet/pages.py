"""Drawing the packet's own pages — cover, index, tabs, blanks.

One stylesheet of sizes and fonts. The packet's own words are English, written for the consulate;
names, titles and labels are drawn in the script the user typed them in, through
``packet.text_runs`` (a font per script, right-to-left runs, shaping), and never read as markup.
Everything is drawn with reportlab in invariant mode so the same case gives the same bytes. The
index is drawn one row per line, as the plan paginated it, and each row's rectangle is returned
so the builder can link it to the page it names.

A 214(b) refusal is a decision, not a request for documents: its packet supports a new
application, so its cover says so, discloses the earlier refusal and lists what has changed
since, instead of answering a 221(g) request. A 221(g) cover is checked against the slip: it gives
the slip's date, each applicant's identifiers, and for every requested item the section and pages
that answer it, or "not enclosed".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_cover import RequestedDocument, locate
from desktop_app.domain.packet_plan import IndexRow, PacketPlan, PlannedPage
from desktop_app.packet import fonts, text_runs
from desktop_app.packet.fonts import BOLD, ITALIC, REGULAR
from desktop_app.packet.stamps import BAND
from desktop_app.packet.text_runs import Span

rl_config.useA85 = 0  # ASCII85 in pure Python is slow and bloats embedded JPEGs
PAPER = {"letter": LETTER, "a4": A4}
MARGIN = 20 * mm
ROW = 17.5  # points per index row
TAB_LIST = 18
"""Documents listed on a tab page; a longer section sends the reader to the index."""


@dataclass(frozen=True)
class TextStyle:
    style: str
    size: float
    leading: float


TITLE = TextStyle(BOLD, 20, 26)
BODY = TextStyle(REGULAR, 11, 15)
TAB = TextStyle(BOLD, 34, 42)
HEADINGS = {
    "221g": "DOCUMENTS SUBMITTED IN RESPONSE TO A 221(g) REQUEST",
    "214b": "SUPPORTING DOCUMENTS FOR A NEW VISA APPLICATION",
    "other": "DOCUMENTS SUBMITTED FOR A US VISA APPLICATION",
}
DISCLOSURE = (
    "An earlier application was refused under section 214(b) of the Immigration and "
    "Nationality Act. This is a new application."
)


@dataclass(frozen=True)
class CoverFacts:
    title: str
    post: str
    visa_class: str
    submitted_on: str
    applicants: tuple[str, ...]
    """One line per applicant: name, role, application ID or case number, passport number."""
    requested: tuple[RequestedDocument, ...]
    refusal_type: str = "221g"
    changes: tuple[str, ...] = ()
    """For a 214(b) reapplication: what has changed since the refusal, from the workbook."""
    slip: str = ""
    """The 221(g) slip as the officer will look it up: its date, and its colour if known."""
    enclosed: frozenset[int] = frozenset()
    """Every document of the whole packet, so a part's cover can tell "in another part"."""


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
    canvas = fonts.canvas(out, pagesize=PAPER[paper])
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


def _para(
    canvas: Canvas, spans: Sequence[Span], style: TextStyle, x: float, y: float, w: float
) -> float:
    """``spans`` wrapped to ``w`` below ``y`` (the top of the paragraph); returns its bottom."""
    for row in text_runs.wrap(spans, style.size, w):
        y -= style.leading
        text_runs.line(canvas, x, y + style.leading - style.size, row, style.size)
    return y


def _cover(canvas: Canvas, size: tuple[float, float], facts: CoverFacts, plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    kind = _cover_kind(facts)
    reapplying = kind == "214b"
    y = _para(canvas, [(HEADINGS[kind], BOLD)], TITLE, MARGIN, height - MARGIN, w) - 4 * mm
    if plan.parts > 1:
        part = f"PART {plan.part} OF {plan.parts}"
        y = _para(canvas, [(part, BOLD)], TITLE, MARGIN, y, w) - 4 * mm
    y -= 4 * mm
    rows = [
        ("Case", facts.title),
        ("Embassy / consulate", facts.post),
        ("Visa class", facts.visa_class),
    ]
    if kind == "221g":
        rows.append(("221(g) slip", facts.slip))
    rows.append(("Date prepared" if reapplying else "Date of submission", facts.submitted_on))
    rows += [("Applicant", a) for a in facts.applicants]
    for name, value in rows:
        y = _para(canvas, [(f"{name}: ", BOLD), (value or "—", REGULAR)], BODY, MARGIN, y, w)
        y -= 2 * mm
    if reapplying:
        y = _para(canvas, [(DISCLOSURE, REGULAR)], BODY, MARGIN, y - 4 * mm, w)
        if facts.changes:
            y = _list(canvas, "What has changed since the refusal", facts.changes, MARGIN, y, w)
    sections = tuple(f"{s.letter} — {s.title}" for s in plan.sections)
    if kind == "221g" and facts.requested:
        listed = tuple(
            f"{item.label}: {locate(plan, item, facts.enclosed)}" for item in facts.requested
        )
        _list(canvas, "Documents requested and where they are", listed, MARGIN, y, w)
    elif kind == "221g":
        _list(canvas, "Documents enclosed", sections, MARGIN, y, w)
    else:
        _list(canvas, "Documents enclosed", sections, MARGIN, y, w)
    whole = (
        f"This part has {plan.page_count} pages"
        if plan.parts > 1
        else (f"This packet has {plan.page_count} pages")
    )
    footer = [(f"{whole}; every page is numbered at the foot.", REGULAR)]
    _para(canvas, footer, BODY, MARGIN, MARGIN + BAND, w)


def _cover_kind(facts: CoverFacts) -> str:
    """Which cover: the refusal's own, or for a case that does not say, a 221(g) one when
    documents were requested."""
    if facts.refusal_type in HEADINGS:
        return facts.refusal_type
    return "221g" if facts.requested else "other"


def _list(canvas: Canvas, title: str, items: Sequence[str], x: float, y: float, w: float) -> float:
    """A bold heading and one bullet per item, as many as fit above the cover's footer."""
    y = _para(canvas, [(title, BOLD)], BODY, x, y - 6 * mm, w) - 2 * mm
    for item in items:
        if y < MARGIN + 3 * BAND:
            break
        y = _para(canvas, [(f"• {item}", REGULAR)], BODY, x + 4 * mm, y, w - 4 * mm)
    return y


def _index(
    canvas: Canvas, size: tuple[float, float], plan: PacketPlan, page: PlannedPage
) -> list[Link]:
    width, height = size
    w = width - 2 * MARGIN
    first, stop = page.index_rows
    title = "INDEX" if first == 0 else "INDEX (continued)"
    y = _para(canvas, [(title, BOLD)], TITLE, MARGIN, height - MARGIN, w) - 6 * mm
    links = []
    for row in plan.index[first:stop]:
        links.append(_index_row(canvas, row, y, w, page.number))
        y -= ROW
    note = [("Page numbers are those stamped at the foot of each page.", ITALIC)]
    text_runs.line(canvas, MARGIN, MARGIN + BAND, note, 9)
    return links


def _index_row(canvas: Canvas, row: IndexRow, y: float, w: float, on_page: int) -> Link:
    style = BOLD if row.level == 0 else REGULAR
    x = MARGIN + 6 * mm * row.level
    pages = [(page_range(row.first, row.last), style)]
    pages_width = text_runs.right(canvas, MARGIN + w, y, pages, 11)
    room = w - 6 * mm * row.level - pages_width - 8 * mm
    start = x + text_runs.fitted(canvas, x, y, row.text, style, 11, room)
    start += 2 * mm
    end = MARGIN + w - pages_width - 2 * mm
    canvas.setDash(1, 2)
    canvas.setLineWidth(0.5)
    if end > start:
        canvas.line(start, y + 1, end, y + 1)
    canvas.setDash()
    return Link(on_page, (x, y - 4, MARGIN + w, y + 11), row.first)


def _tab(canvas: Canvas, size: tuple[float, float], page: PlannedPage, plan: PacketPlan) -> None:
    width, height = size
    w = width - 2 * MARGIN
    y = _para(canvas, [(page.label, BOLD)], TAB, MARGIN, height * 0.66, w) - 8 * mm
    section = next(s for s in plan.sections if s.first_page == page.number)
    for entry in section.documents[:TAB_LIST]:
        text = f"{entry.title} — {page_range(entry.first, entry.last)}"
        y = _para(canvas, [(text, REGULAR)], BODY, MARGIN, y, w)
    hidden = len(section.documents) - TAB_LIST
    if hidden > 0:
        more = [(f"… and {hidden} more documents: see the index.", REGULAR)]
        _para(canvas, more, BODY, MARGIN, y, w)


def _blank(canvas: Canvas, size: tuple[float, float]) -> None:
    width, height = size
    blank = [("This page is intentionally blank.", ITALIC)]
    text_runs.centred(canvas, width / 2, height / 2, blank, 12)
