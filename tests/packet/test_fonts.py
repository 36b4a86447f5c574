"""The packet's fonts: shipped with their licence, and each script finds a face that has it."""

from __future__ import annotations

import pytest

from desktop_app.packet import fonts
from desktop_app.packet.fonts import BOLD, ITALIC, REGULAR


def test_every_font_is_shipped_with_the_licence_and_named_in_the_readme() -> None:
    readme = (fonts.FONTS_DIR / "README.md").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in (fonts.FONTS_DIR / "OFL.txt").read_text()
    for file in fonts.FILES.values():
        assert (fonts.FONTS_DIR / file).is_file(), file
        script = file.removeprefix("NotoSans").split("-")[0]
        assert file in readme or script in readme, file
    assert {p.name for p in fonts.FONTS_DIR.glob("*.ttf")} == set(fonts.FILES.values())


@pytest.mark.parametrize(
    ("char", "regular", "bold"),
    [
        ("Ł", "NotoSans", "NotoSans-Bold"),
        ("ễ", "NotoSans", "NotoSans-Bold"),
        ("Ж", "NotoSans", "NotoSans-Bold"),
        ("श", "NotoSansDevanagari", "NotoSansDevanagari-Bold"),
        ("م", "NotoSansArabic", "NotoSansArabic-Bold"),
        ("张", "NotoSansSC", "NotoSansSC-Bold"),
        ("張", "NotoSansSC", "NotoSansSC-Bold"),  # traditional, in Big5's common level
        ("喆", "NotoSansSC", "NotoSansSC"),  # in neither: bold falls back to the regular face
        ("김", "NotoSansSC", "NotoSansSC-Bold"),
        ("ש", "NotoSansHebrew", "NotoSansHebrew"),
        ("த", "NotoSansTamil", "NotoSansTamil"),
        ("ก", "NotoSansThai", "NotoSansThai"),
        ("አ", "NotoSansEthiopic", "NotoSansEthiopic"),
    ],
)
def test_each_script_is_drawn_in_a_face_that_has_it(char: str, regular: str, bold: str) -> None:
    assert fonts.font_for(char, REGULAR, None) == regular
    assert fonts.font_for(char, BOLD, None) == bold
    assert fonts.covers(regular, char)


@pytest.mark.parametrize("style", [REGULAR, BOLD, ITALIC])
@pytest.mark.parametrize("previous", [None, "NotoSans", "NotoSans-Bold", "NotoSansArabic"])
@pytest.mark.parametrize(
    "text", ["page 17 of 206", " 12, (x)", "Łódź — Zhāng 张伟", "محمد 12", "Name: ", "‍ा"]
)
def test_a_stretch_of_text_gets_the_fonts_its_characters_get_one_by_one(
    text: str, style: str, previous: str | None
) -> None:
    one_by_one: list[str] = []
    for char in text:
        one_by_one.append(fonts.font_for(char, style, one_by_one[-1] if one_by_one else previous))
    assert fonts.fonts_for(text, style, previous) == one_by_one
