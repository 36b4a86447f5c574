"""Make the packet's fonts in ``resources/fonts/`` from Debian's Noto packages.

reportlab embeds TrueType outlines only, and Debian ships Noto Sans CJK as CFF outlines in one
20 MB collection per weight, so the Simplified Chinese face is taken out of the collection, cut
down to the characters a name or title plausibly uses (every ideograph of the basic block, kana,
Hangul, CJK punctuation and full-width forms) and its curves turned into TrueType quadratics.
The bold face is cut further, to the ideographs of everyday Chinese (GB 2312's 6,763 and Big5's
5,401 common ones): 3 MB instead of 7. A rarer ideograph in bold text is drawn in the regular
face, emboldened.
The Latin italic is cut to what the packet's fixed English text uses. The other faces are
copied as Debian ships them. The results are committed, so run this only to change the set:

    apt-get install fonts-noto-core fonts-noto-cjk
    .venv/bin/python scripts/make_fonts.py [OUT_DIR]

It needs fontTools, which the app itself does not.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

from desktop_app.packet.fonts import SCRIPTS

CORE = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")
COPIED = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    *(f"NotoSans{script}-Regular.ttf" for script in SCRIPTS),
)
MAX_ERROR = 1.0  # font units: how far a quadratic may stray from the cubic it replaces


def cjk_characters() -> set[int]:
    """Every ideograph of the basic CJK block (all of GBK and Big5: names use rare ones), the
    2,350 Hangul syllables of KS X 1001, kana, CJK punctuation and full-width forms."""
    hangul = set()
    for lead in range(0xB0, 0xC9):
        for trail in range(0xA1, 0xFF):
            try:
                hangul.update(map(ord, bytes((lead, trail)).decode("euc-kr")))
            except UnicodeDecodeError:
                continue
    chars = set(range(0x4E00, 0xA000)) | {c for c in hangul if 0xAC00 <= c <= 0xD7A3}
    for first, last in ((0x3000, 0x30FF), (0x3131, 0x318E), (0xFF01, 0xFFEF)):
        chars.update(range(first, last + 1))
    return chars


def everyday_ideographs() -> set[int]:
    """The ideographs of GB 2312 (simplified) and Big5's common level (traditional)."""
    chars: set[int] = set()
    for encoding, leads, trails in (
        ("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF)),
        ("big5", range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        for lead in leads:
            for trail in trails:
                try:
                    chars.update(map(ord, bytes((lead, trail)).decode(encoding)))
                except UnicodeDecodeError:
                    continue
    return {c for c in chars if 0x4E00 <= c < 0xA000}


def cff_to_truetype(font: TTFont) -> None:
    """Replace the CFF outlines of ``font`` with TrueType ones, in place."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs"):
        setattr(font["maxp"], attr, {"maxZones": 1}.get(attr, 0))
    for attr in ("maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxComponentElements = max(
        (len(g.components) for g in glyphs.values() if g.isComposite()), default=0
    )
    font["maxp"].maxComponentDepth = 1
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: 40,000 of them would weigh 0.5 MB
    font.sfntVersion = "\x00\x01\x00\x00"


def make_cjk(out: Path, weight: str, chars: set[int]) -> None:
    font = TTCollection(str(CJK / f"NotoSansCJK-{weight}.ttc")).fonts[2]
    assert font["name"].getDebugName(1) == "Noto Sans CJK SC"
    options = subset.Options()
    # No "locl" (its Japanese, Korean and traditional forms would double the size) and no
    # vertical metrics: the packet is set horizontally.
    options.layout_features = ["ccmp", "kern", "liga"]
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=chars | set(range(0x20, 0x7F)))
    subsetter.subset(font)
    cff_to_truetype(font)
    font.recalcTimestamp = False  # the same input makes the same bytes
    font.save(str(out / f"NotoSansSC-{weight}.ttf"))


def make_italic(out: Path) -> None:
    font = TTFont(str(CORE / "NotoSans-Italic.ttf"), recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    subsetter = subset.Subsetter(options)
    latin = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180))
    subsetter.populate(unicodes=latin | {0x2013, 0x2014, 0x2026})
    subsetter.subset(font)
    font.save(str(out / "NotoSans-Italic.ttf"))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/fonts")
    out.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        shutil.copyfile(CORE / name, out / name)
    make_italic(out)
    everything = cjk_characters()
    make_cjk(out, "Regular", everything)
    ideographs = set(range(0x4E00, 0xA000))
    make_cjk(out, "Bold", everything - ideographs | everyday_ideographs())
    for path in sorted(out.glob("*.ttf")):
        print(f"{path.name}: {path.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
