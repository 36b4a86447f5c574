"""Every script the app is translated into, and the names people write in other scripts, are
drawn with real letters even on a machine with no font for them (a fresh Debian has only
DejaVu): the fonts VisaCase ships are given to Qt, whose fallback then finds them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout

from desktop_app.gui import fonts

System = QFontDatabase.WritingSystem
CHINESE = (
    "Noto Sans CJK SC"  # its cut-down file claims no Chinese code page: Qt lists it under none
)
TEXTS = {
    "Hindi window": (System.Devanagari, "आप जो केस खोलेंगे वे यहाँ दिखेंगे।"),
    "Chinese window": (System.SimplifiedChinese, "您打开的案件会列在这里。"),
    "Chinese name": (System.SimplifiedChinese, "王小明"),
    "Arabic name": (System.Arabic, "محمد عبد الله"),
    "Tamil name": (System.Tamil, "கார்த்திகேயன்"),
    "Thai name": (System.Thai, "สมชาย ใจดี"),
    "Bengali name": (System.Bengali, "রবীন্দ্রনাথ"),
    "Gujarati name": (System.Gujarati, "પટેલ"),
}


def _families_drawing(text: str, font: QFont) -> set[str]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


@pytest.mark.parametrize(("system", "text"), TEXTS.values(), ids=TEXTS.keys())
def test_text_in_other_scripts_is_drawn_with_a_font_made_for_it(qapp, system, text) -> None:
    able = set(QFontDatabase.families(system))
    if system == System.SimplifiedChinese:
        able.add(CHINESE)
    assert able & set(QFontDatabase.families()), "no font: Qt would draw a box for each letter"
    for bold in (False, True):
        font = QFont(qapp.font())
        font.setBold(bold)
        assert _families_drawing(text, font) & able


def test_each_language_the_window_speaks_names_fonts_that_ship() -> None:
    shipped = [p.name for p in fonts.shipped()]
    for prefix in fonts.LANGUAGE_FONTS.values():
        assert any(name.startswith(prefix) for name in shipped), prefix
    assert not any(name.startswith(fonts.LATIN) for name in shipped)  # the system's own
