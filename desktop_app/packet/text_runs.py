"""Lines of text in any script: split into runs by font and direction, shaped, drawn, measured.

A line is a sequence of *spans*, ``(text, style)`` pairs ("Applicant:" in bold, then the name).
It is laid out in three steps:

1. every character gets a font from its style's chain (``packet.fonts``) and a bidi level from
   the Unicode bidirectional algorithm run over the whole line (``packet.reading_order``);
2. characters are grouped into runs of one font and one level, and the runs put in visual order;
3. each run is shaped by HarfBuzz (``packet.shaping``), right-to-left runs in visual order.

So that copying or ``pdftotext`` gives back the characters as typed, a run whose glyphs are not
simply its characters (joined Arabic letters, a Devanagari conjunct with its reordered vowel
sign, a precomposed Vietnamese letter) is wrapped in a marked-content span carrying them as
``/ActualText``; so is each right-to-left stretch of the line as a whole, numbers inside it
included, spelled as ``reading_order.actual_text`` explains.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from weakref import WeakKeyDictionary

from bidi.mirror import MIRRORED
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from desktop_app.packet.fonts import BOLD, BOLD_FACES, JOINERS, fonts_for, register
from desktop_app.packet.reading_order import actual_text, levels, visual_order
from desktop_app.packet.shaping import shape

Span = tuple[str, str]
"""Some text and the style (``fonts.REGULAR``, ``BOLD`` or ``ITALIC``) to draw it in."""
ELLIPSIS = "…"
IDEOGRAPHS = (("\u3040", "\u9fff"), ("\uac00", "\ud7a3"), ("\uf900", "\ufaff"))
"""Kana, CJK ideographs and Hangul syllables: a line may break between any two of them."""
EMBOLDEN = 0.04
"""Outline stroke, in ems, that makes a regular face look bold beside the real bold faces."""
DRAWN_KEPT = 256
"""Runs whose operators a canvas keeps, the most recently drawn: a stamp's label and name come
back on every page and stay; page numbers and a scan's words are drawn once and pass."""
_DRAWN: WeakKeyDictionary[Canvas, OrderedDict[tuple[Run, float, int], str]] = WeakKeyDictionary()
"""For each canvas, the operators after the origin of the runs it drew, by size and mode."""


@dataclass(frozen=True)
class Run:
    """Characters drawn in one font at one bidi level; ``text`` is in logical (typed) order."""

    text: str
    font: str
    level: int
    """0 for the line's left-to-right text, odd for right-to-left text, 2 for a number or a
    Latin word inside right-to-left text."""
    emboldened: bool = False
    """Bold text in a script with no bold face: drawn with its outline stroked as well."""

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


def line(
    canvas: Canvas,
    x: float,
    y: float,
    spans: Sequence[Span],
    size: float,
    *,
    invisible: bool = False,
) -> float:
    """Draw ``spans`` as one line starting at ``x`` on baseline ``y``; returns its width.
    ``invisible`` text (render mode 3) is found by search and copying but never seen."""
    start = x
    for stretch, span in _marked(layout(tuple(spans))):
        if span:
            canvas.addLiteral(span)
        for run, glyphs, advance in stretch:
            _draw(canvas, run, glyphs, x, y, size, invisible=invisible)
            x += advance * size
        if span:
            canvas.addLiteral("EMC")
    return x - start


def right(canvas: Canvas, x: float, y: float, spans: Sequence[Span], size: float) -> float:
    """Draw ``spans`` ending at ``x``; returns its width."""
    return line(canvas, x - width(spans, size), y, spans, size)


def centred(canvas: Canvas, x: float, y: float, spans: Sequence[Span], size: float) -> float:
    return line(canvas, x - width(spans, size) / 2, y, spans, size)


def fitted(
    canvas: Canvas, x: float, y: float, text: str, style: str, size: float, room: float
) -> float:
    """Draw ``text`` in one style, shortened to ``room`` (see :func:`fit`); returns its width."""
    return line(canvas, x, y, [(fit(text, style, size, room), style)], size)


def width(spans: Sequence[Span], size: float) -> float:
    return sum(_shaped(run)[1] for run in layout(tuple(spans))) * size


def fit(text: str, style: str, size: float, room: float) -> str:
    """``text`` cut with an ellipsis so it is at most ``room`` points wide in ``style``.

    It is cut only where a character starts (never between a letter and its marks)."""
    if width([(text, style)], size) <= room:
        return text
    cuts = [i for i in range(len(text)) if i and not _attaches(text[i])]
    low, high = 0, len(cuts)
    while low < high:  # the longest start that fits, by bisection over the cut points
        middle = (low + high + 1) // 2
        if width([(text[: cuts[middle - 1]].rstrip() + ELLIPSIS, style)], size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[: cuts[low - 1]].rstrip() + ELLIPSIS if low else ""


def wrap(spans: Sequence[Span], size: float, room: float) -> list[list[Span]]:
    """``spans`` broken into lines at most ``room`` wide: at spaces, between ideographs, and
    inside a word only when the word alone is too wide."""
    lines: list[list[Span]] = [[]]
    used = 0.0
    for word, style in _pieces(spans):
        piece, wide = word, width([(word, style)], size)
        if used + wide > room and used and not piece.isspace():
            lines.append([])
            used = 0.0
        if not lines[-1] and piece.isspace():
            continue
        while wide > room:  # a word wider than a line: as much as fits, the rest below
            head = fit(piece, style, size, room).removesuffix(ELLIPSIS) or piece[:1]
            lines[-1].append((head, style))
            piece = piece[len(head) :]
            if not piece:
                break
            lines.append([])
            wide = width([(piece, style)], size)
        if not piece:
            used = width(lines[-1], size)
            continue
        if not lines[-1]:
            used = 0.0
        lines[-1].append((piece, style))
        used += wide
    return [_merge(spans) for spans in lines if spans]


@lru_cache(maxsize=4096)
def layout(spans: tuple[Span, ...]) -> tuple[Run, ...]:
    """The runs of ``spans`` in visual order, left to right."""
    register()
    text = "".join(t for t, _ in spans)
    if not text.isprintable():  # tabs, breaks
        text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    if not text:
        return ()
    styles = [style for chunk, style in spans for _ in chunk]
    fonts: list[str] = []
    start = 0
    for chunk, style in spans:
        fonts += fonts_for(text[start : start + len(chunk)], style, fonts[-1] if fonts else None)
        start += len(chunk)
    level = levels(text)
    faux = [s == BOLD and f not in BOLD_FACES for s, f in zip(styles, fonts, strict=True)]
    key = list(zip(fonts, level, faux, strict=True))
    if key.count(key[0]) == len(key):  # one font, one level: most lines
        return (Run(text, fonts[0], level[0], faux[0]),)
    runs: list[list[int]] = []
    for i in visual_order(level):
        step = -1 if level[i] % 2 else 1
        if runs and i == runs[-1][-1] + step and key[i] == key[runs[-1][-1]]:
            runs[-1].append(i)
        else:
            runs.append([i])
    return tuple(Run(text[min(r) : max(r) + 1], fonts[r[0]], level[r[0]], faux[r[0]]) for r in runs)


@lru_cache(maxsize=4096)
def _marked(runs: tuple[Run, ...]) -> tuple[tuple[tuple[tuple[Run, str, float], ...], str], ...]:
    """Each stretch of ``runs`` as its runs with their glyphs and advances, and the operator that
    opens its ``/ActualText`` span ("" for a stretch whose glyphs are its text)."""
    marked = []
    for stretch in _stretches(runs):
        shaped = tuple((run, *_shaped(run)) for run in stretch)
        actual = actual_text([(run.text, run.level) for run in stretch])
        span = ""
        if "".join(str(glyphs) for _, glyphs, _ in shaped) != actual:
            hex_text = actual.encode("utf-16-be").hex().upper()
            span = f"/Span <</ActualText <FEFF{hex_text}>>> BDC"
        marked.append((shaped, span))
    return tuple(marked)


def _stretches(runs: Sequence[Run]) -> list[list[Run]]:
    """The runs grouped as they are marked for extraction: each left-to-right run of the line on
    its own, each right-to-left stretch (with the numbers inside it) as one."""
    stretches: list[list[Run]] = []
    for run in runs:
        if stretches and run.level and stretches[-1][-1].level:
            stretches[-1].append(run)
        else:
            stretches.append([run])
    return stretches


def _draw(
    canvas: Canvas, run: Run, glyphs: str, x: float, y: float, size: float, *, invisible: bool
) -> None:
    """One text object drawing ``glyphs``. Once a canvas has drawn a run at a size, the same run
    is drawn again as the operators reportlab wrote for it, at its new origin: a stamp's label
    and name are the same on every page of a document, and only its page number changes."""
    if run.emboldened:
        canvas.saveState()
        canvas.setLineWidth(size * EMBOLDEN)
    mode = 3 if invisible else 2 if run.emboldened else 0  # 2: fill, then stroke; 3: neither
    origin = f"BT 1 0 0 1 {fp_str(x, y)} Tm"
    drawn = _DRAWN.setdefault(canvas, OrderedDict())
    key = (run, size, mode)
    if key in drawn:
        drawn.move_to_end(key)
        canvas.addLiteral(origin + drawn[key])
    else:
        text = canvas.beginText(x, y)
        text.setFont(run.font, size)
        text.setTextRenderMode(mode)
        text.textOut(glyphs)
        code = text.getCode()
        if code.startswith(origin):  # the rest names the font's subsets of this canvas only
            drawn[key] = code.removeprefix(origin)
            if len(drawn) > DRAWN_KEPT:
                drawn.popitem(last=False)
        canvas.addLiteral(code)
    if run.emboldened:
        canvas.restoreState()


@lru_cache(maxsize=8192)
def _shaped(run: Run) -> tuple[str, float]:
    """The run's glyphs (a ``ShapedStr`` when HarfBuzz changed anything) and its advance at a
    font size of 1 point."""
    text = run.text
    if run.rtl and not any(unicodedata.bidirectional(c) in {"R", "AL"} for c in text):
        # Neutral characters between right-to-left words: HarfBuzz would lay them out left to
        # right, so they are put in visual order and mirrored here.
        text = "".join(MIRRORED.get(c, c) for c in reversed(text))
    return shape(text, run.font)


def _pieces(spans: Sequence[Span]) -> list[Span]:
    """Words, runs of spaces and single ideographs, each with its style: the units of wrapping."""
    pieces: list[Span] = []
    for text, style in spans:
        words: list[str] = []
        for char in text:
            joins = words and not _ideograph(char) and not _ideograph(words[-1][-1])
            if joins and char.isspace() == words[-1][-1].isspace():
                words[-1] += char
            else:
                words.append(char)
        pieces += [(word, style) for word in words]
    return pieces


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for text, style in spans:
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    merged[-1] = (merged[-1][0].rstrip(), merged[-1][1])
    return merged


def _ideograph(char: str) -> bool:
    return any(first <= char <= last for first, last in IDEOGRAPHS)


def _attaches(char: str) -> bool:
    return unicodedata.category(char)[0] == "M" or char in JOINERS
