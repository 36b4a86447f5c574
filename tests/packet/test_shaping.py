"""A run is shaped exactly as reportlab shapes it, whether or not HarfBuzz changes anything."""

from __future__ import annotations

import pytest
from reportlab.lib.abag import ABag
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

from desktop_app.packet import shaping, text_runs
from desktop_app.packet.fonts import BOLD, ITALIC, REGULAR
from tests.packet.test_text_runs import NUMBERED, TRICKY

PLAIN = ("page 17 of 206", "000123", "Maria Santos · AA00B7QPGN", "Statement of account")
KERNED = ("A · BANK STATEMENTS", "SANTOS-000123", "WAVE Tower", "office", "Avenue")
"""Kerning pairs (AV, Te, ...) and a ligature (ffi): HarfBuzz moves or merges these glyphs."""


def _reportlab(text: str, font: str) -> tuple[str, float]:
    """What reportlab's shaping alone gives: the glyphs, and their advance at 1 point."""
    word = [0, (ABag(fontName=font, fontSize=shaping.SIZE), text)]
    glyphs = shapeFragWord(word, features=shaping.FEATURES)[1][1]
    if isinstance(glyphs, ShapedStr):
        return glyphs, sum(d.x_advance for d in glyphs.__shapeData__) / 1000
    return glyphs, stringWidth(glyphs, font, 1)


def _runs() -> list[text_runs.Run]:
    texts = (*PLAIN, *KERNED, *TRICKY, *NUMBERED, "\u00a0nbsp", "tab\there")
    return [
        run
        for style in (REGULAR, BOLD, ITALIC)
        for text in texts
        for run in text_runs.layout(((text, style),))
    ]


@pytest.mark.parametrize("run", _runs(), ids=lambda run: f"{run.font}:{run.text}")
def test_a_run_comes_out_with_reportlab_s_own_glyphs_and_advances(run: text_runs.Run) -> None:
    glyphs, advance = shaping.shape(run.text, run.font)
    expected, expected_advance = _reportlab(run.text, run.font)
    assert (str(glyphs), advance) == (str(expected), expected_advance)
    assert isinstance(glyphs, ShapedStr) == isinstance(expected, ShapedStr)
    if isinstance(expected, ShapedStr):
        assert glyphs.__shapeData__ == expected.__shapeData__


def test_plain_text_is_handed_back_as_typed_and_kerned_text_is_shaped() -> None:
    for text in PLAIN:
        glyphs, _ = shaping.shape(text, "NotoSans")
        assert type(glyphs) is str and glyphs == text
    for text in ("A · BANK STATEMENTS", "SANTOS-000123"):
        glyphs, _ = shaping.shape(text, "NotoSans-Bold")
        assert isinstance(glyphs, ShapedStr)
