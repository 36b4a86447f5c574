"""An email drawn as pages: its headers, then its text, wrapped onto as many pages as it needs.

An officer reads an email in the packet as printed mail: who sent it, to whom, when and about
what, then what it says. The headers are given as plain ``(name, value)`` pairs and the body as
text, so this module knows nothing of MIME or Outlook (``services.email_pages`` reads the email);
names and subjects in any script are drawn through ``packet.text_runs``. The text stays above the
stamp band, so the stamp at the foot of each page never covers a line. The same function draws
the packet's page and the window's preview of an email, so the two cannot differ.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.packet import fonts, text_runs
from desktop_app.packet.fonts import BOLD, ITALIC, REGULAR
from desktop_app.packet.pages import MARGIN, PAPER
from desktop_app.packet.stamps import BAND

HEADER_SIZE, HEADER_LEADING = 11.0, 15.0
BODY_SIZE, BODY_LEADING = 10.5, 14.0
NAME_COLUMN = 22 * mm
"""Where header values start, so they line up under one another."""
RULE_GAP = 4 * mm
LONG_WORD = 160
"""Characters of an unbroken word wrapped at a time."""
HEADER_LINES = 4
"""Lines a header may take (a To of fifty addresses would push the text off the page)."""
MAX_PAGES = 60
"""An email's text beyond this many pages is left out with a note (a mailing list digest, a
forwarded thread of hundreds of messages); the whole text stays in the case file."""


@dataclass(frozen=True)
class EmailContent:
    """What an email's page shows: its headers in order, and its text."""

    headers: tuple[tuple[str, str], ...]
    text: str
    subject: str = ""
    """Repeated at the top of every page after the first."""


def draw_email(content: EmailContent, paper: str, out: Path, *, max_pages: int = MAX_PAGES) -> int:
    """Draw ``content`` as a PDF of ``paper``-sized pages at ``out``, at most ``max_pages`` of
    them; returns the page count."""
    width, height = PAPER[paper]
    room = width - 2 * MARGIN
    bottom = MARGIN + BAND
    canvas = fonts.canvas(out, pagesize=PAPER[paper])
    y = height - MARGIN
    for name, value in content.headers:
        y = _header(canvas, name, value, y, room)
    y -= RULE_GAP
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y, MARGIN + room, y)
    y -= RULE_GAP
    pages = 1
    for spans in _body_lines(content.text, room):
        last = pages == max_pages
        if y - BODY_LEADING < bottom + (BODY_LEADING if last else 0):
            if last:
                note = [("The rest of this email’s text is kept in the case file.", ITALIC)]
                text_runs.line(canvas, MARGIN, y - BODY_LEADING, note, BODY_SIZE)
                break
            canvas.showPage()
            pages += 1
            y = _continued(canvas, content.subject, height - MARGIN, room)
        y -= BODY_LEADING
        if spans:
            text_runs.line(canvas, MARGIN, y, spans, BODY_SIZE)
    canvas.showPage()
    canvas.save()
    return pages


def _header(canvas: Canvas, name: str, value: str, y: float, room: float) -> float:
    """One header: the bold name, and its value wrapped beside it; returns the lowest line."""
    rows = text_runs.wrap([(value or "—", REGULAR)], HEADER_SIZE, room - NAME_COLUMN) or [[]]
    if len(rows) > HEADER_LINES:
        rows = [*rows[: HEADER_LINES - 1], [("…", REGULAR)]]
    y -= HEADER_LEADING
    text_runs.line(canvas, MARGIN, y, [(f"{name}:", BOLD)], HEADER_SIZE)
    for n, row in enumerate(rows):
        if n:
            y -= HEADER_LEADING
        text_runs.line(canvas, MARGIN + NAME_COLUMN, y, row, HEADER_SIZE)
    return y


def _continued(canvas: Canvas, subject: str, top: float, room: float) -> float:
    """The line that opens a continuation page; returns the height the text starts under."""
    label = f"{subject} (continued)" if subject else "Email (continued)"
    text_runs.fitted(canvas, MARGIN, top - HEADER_LEADING, label, ITALIC, BODY_SIZE, room)
    return top - HEADER_LEADING - RULE_GAP


def _body_lines(text: str, room: float) -> Iterator[Sequence[text_runs.Span]]:
    """The text's lines as drawn: each of its lines wrapped to ``room``, blank ones kept."""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.expandtabs(4).rstrip()
        if not line:
            yield ()
            continue
        for piece in _pieces(line):
            yield from text_runs.wrap([(piece, REGULAR)], BODY_SIZE, room)


def _pieces(line: str) -> list[str]:
    """``line``, cut every ``LONG_WORD`` characters (never before a mark) when it has a word
    longer than that — a link, a code, a pasted scan in base64 — which wrapping would measure
    whole at every cut, in time that grows with the square of its length."""
    if max(map(len, line.split()), default=0) <= LONG_WORD:
        return [line]
    pieces: list[str] = []
    while line:
        cut = min(LONG_WORD, len(line))
        while 1 < cut < len(line) and unicodedata.category(line[cut])[0] == "M":
            cut -= 1
        pieces.append(line[:cut])
        line = line[cut:]
    return pieces
