"""Shaping a run of text through HarfBuzz as reportlab does, without its cost when nothing changes.

reportlab's ``shapeFragWord`` turns every glyph HarfBuzz gives back into Python objects (its name,
its scaled advance and offsets) before it finds out whether shaping changed anything, and hands
back the text untouched when it did not. For most of a packet's runs nothing changes — "page 17 of
206", a Bates number, a plain English title — yet each is shaped once (the page numbers once per
page), and that cost more than drawing them. So a run is shaped here first, in the same HarfBuzz
font with the same features, and compared with its characters drawn one by one: one glyph per
character, each the character's own glyph at its own advance, with no offset. That is reportlab's
own test of "unchanged", so such a run is drawn exactly as before; any other run is shaped by
reportlab again, which builds the glyphs and positions it draws.
"""

from __future__ import annotations

from functools import cache

import uharfbuzz
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

SIZE = 10  # shaped advances are kept per 1000 units of the em, whatever the size
FEATURES = {"kern": True, "liga": True}
"""reportlab's default also turns on discretionary ligatures, with which Noto Sans Arabic adds
vowel marks the user did not type."""


def shape(text: str, font: str) -> tuple[str, float]:
    """``text``'s glyphs in ``font`` (a ``ShapedStr`` when HarfBuzz changed anything) and its
    advance at a font size of 1 point."""
    if _unchanged(text, font):
        return text, stringWidth(text, font, 1)
    word = [0, (ABag(fontName=font, fontSize=SIZE), text)]
    glyphs = shapeFragWord(word, features=FEATURES)[1][1]
    if isinstance(glyphs, ShapedStr):
        return glyphs, sum(d.x_advance for d in glyphs.__shapeData__) / 1000
    return glyphs, stringWidth(glyphs, font, 1)


def _unchanged(text: str, font: str) -> bool:
    """Whether HarfBuzz draws ``text`` as its characters' own glyphs, one each, unmoved."""
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(_harfbuzz_font(font), buffer, FEATURES)
    glyphs = buffer.glyph_infos
    if len(glyphs) != len(text):
        return False
    ttf = getFont(font)
    chars, widths = ttf.face.glyphToChar, ttf.face.charWidths
    for char, glyph, position in zip(text, glyphs, buffer.glyph_positions, strict=True):
        code = ord(char)
        if position.x_offset or position.y_offset or chars.get(glyph.codepoint, [None])[0] != code:
            return False
        if ttf.pdfScale(position.x_advance) != widths[code]:
            return False
    return True


@cache
def _harfbuzz_font(font: str) -> uharfbuzz.Font:
    """The HarfBuzz font reportlab shapes ``font`` in (a HarfBuzz font holds no state a shaping
    changes, so one serves every run)."""
    return getFont(font).hbFont(SIZE)
