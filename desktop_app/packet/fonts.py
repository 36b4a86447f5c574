"""The packet's fonts: Noto faces for every script a name is likely to be typed in.

reportlab's built-in Helvetica knows only Latin-1, so a name such as "Zhāng Wěi 张伟" or "Łódź"
printed as boxes. The packet embeds (subsetted to the glyphs used) Noto Sans for Latin, Greek,
Cyrillic and Vietnamese, Noto Sans Devanagari, Noto Sans Arabic, Noto Sans SC (Chinese, with
kana and Hangul) and sixteen more Noto faces (Hebrew, the other scripts of India, those of
Southeast Asia, Georgian, Armenian, Ethiopic), all under the SIL Open Font License;
``resources/fonts/README.md`` says where each file comes from. No single font covers all of
them, so each style is a *chain*: a character is drawn in the first font of the chain that has
it (see :func:`font_for`). Latin, Devanagari, Arabic and Chinese come in bold (the bold Chinese
face holds the ideographs of everyday Chinese, with kana and Hangul); bold text in another script,
or a rarer ideograph, is drawn in its regular face with the outline stroked too (``text_runs``).

Each face is registered with reportlab the first time a character asks for it: reading a face
costs milliseconds per hundred kilobytes (the Chinese one alone is 7 MB), and most packets use
two or three faces of the twenty-four. reportlab shapes text
in these fonts through HarfBuzz (``uharfbuzz``), which joins Arabic letters and forms Devanagari
conjuncts.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
"""Beside the ``desktop_app`` package, in a checkout and in the frozen bundle alike."""
REGULAR, BOLD, ITALIC = "regular", "bold", "italic"
SCRIPTS = (
    "Hebrew",
    "Bengali",
    "Gujarati",
    "Gurmukhi",
    "Tamil",
    "Telugu",
    "Kannada",
    "Malayalam",
    "Sinhala",
    "Thai",
    "Lao",
    "Khmer",
    "Myanmar",
    "Georgian",
    "Armenian",
    "Ethiopic",
)
"""Further scripts, in one weight each (bold text in them is emboldened when drawn)."""
FILES = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSans-Italic": "NotoSans-Italic.ttf",
    "NotoSansDevanagari": "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold": "NotoSansDevanagari-Bold.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansSC": "NotoSansSC-Regular.ttf",
    "NotoSansSC-Bold": "NotoSansSC-Bold.ttf",
} | {f"NotoSans{script}": f"NotoSans{script}-Regular.ttf" for script in SCRIPTS}
OTHERS = tuple(f"NotoSans{script}" for script in SCRIPTS)
UPRIGHT = ("NotoSans", "NotoSansDevanagari", "NotoSansArabic", "NotoSansSC", *OTHERS)
CHAINS = {
    REGULAR: UPRIGHT,
    BOLD: (
        "NotoSans-Bold",
        "NotoSansDevanagari-Bold",
        "NotoSansArabic-Bold",
        "NotoSansSC-Bold",
        *UPRIGHT[3:],
    ),
    ITALIC: ("NotoSans-Italic", *UPRIGHT),
}
"""The fonts tried for each style, first to last. The italic face holds only what the packet's
fixed English text needs; a name in italic text falls back to the upright faces."""
BOLD_FACES = frozenset(CHAINS[BOLD][:4])
"""The faces that are bold themselves; bold text in any other is emboldened when drawn."""
JOINERS = {"\u200c", "\u200d", "\u034f"}


def register() -> None:
    """Register the face every canvas starts in; the others follow as characters need them."""
    _face(CHAINS[REGULAR][0])


@cache
def _face(name: str) -> TTFont:
    """The face ``name``, registered with reportlab (once per process)."""
    face = TTFont(name, str(FONTS_DIR / FILES[name]))
    pdfmetrics.registerFont(face)
    return face


def canvas(out: Path, **options: object) -> Canvas:
    """A canvas in invariant mode (the same pages give the same bytes) whose initial font is
    Noto Sans, so no page refers to a Helvetica it never uses."""
    register()
    return Canvas(str(out), invariant=1, initialFontName=CHAINS[REGULAR][0], **options)


@cache
def _covered(font: str) -> frozenset[int]:
    return frozenset(_face(font).face.charToGlyph)


def covers(font: str, char: str) -> bool:
    return ord(char) in _covered(font)


def font_for(char: str, style: str, previous: str | None) -> str:
    """The font to draw ``char`` in ``style``, given the font of the character before it.

    Marks, joiners, spaces, punctuation and digits stay in the previous font when it is of the
    same style and has them, so an Arabic name's spaces and a Devanagari vowel sign are shaped
    with the letters around them; anything else goes to the first font of the chain that has it
    (or, when none has, to the previous or first font, which draws its "missing" box)."""
    chain = CHAINS[style]
    if previous in chain and _follows(char) and covers(previous, char):
        return previous
    fallback = previous if previous in chain else chain[0]
    return next((font for font in chain if covers(font, char)), fallback)


def fonts_for(text: str, style: str, previous: str | None) -> list[str]:
    """:func:`font_for` of each character of ``text`` in turn, the first following ``previous``.

    Text that the style's first font has throughout, after a character in that font or in a
    font the style does not use, is all in that font: most of a packet, answered in one step."""
    chain = CHAINS[style]
    fresh = previous == chain[0] or previous not in chain
    if fresh and _covered(chain[0]).issuperset(map(ord, text)):
        return [chain[0]] * len(text)
    fonts: list[str] = []
    for char in text:
        previous = font_for(char, style, previous)
        fonts.append(previous)
    return fonts


def _follows(char: str) -> bool:
    return char in JOINERS or unicodedata.category(char)[0] in "MZPNSC"
