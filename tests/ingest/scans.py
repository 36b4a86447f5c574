"""Pictures of papers written in Spanish and Vietnamese, for text recognition beyond English."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.ingest import ocr

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
SPANISH_LETTER = (
    "CONSTANCIA DE TRABAJO",
    "Se hace constar que el señor Juan Núñez Peña",
    "labora en esta compañía desde el año 2019.",
    "Ciudad de México, a 12 de marzo de 2024",
)
VIETNAMESE_LETTER = (
    "GIẤY XÁC NHẬN CÔNG TÁC",
    "Ông Nguyễn Văn Thắng, sinh năm 1985",
    "Hà Nội, ngày 12 tháng 3 năm 2024",
)


def picture_of(lines: Sequence[str], path: Path) -> Path:
    """A 300-dpi grey picture of the lines, as a scanner would save a letter, in a PNG."""
    image = Image.new("L", (2000, 170 + 120 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 40)
    for n, line in enumerate(lines):
        draw.text((100, 80 + 120 * n), line, font=font, fill=0)
    image.save(path, "PNG", dpi=(300, 300))
    return path


def needs_language(code: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        code not in ocr.installed_languages() or not FONT.exists(),
        reason=f"needs Tesseract's {code} data (Debian tesseract-ocr-{code}) and DejaVu fonts",
    )
