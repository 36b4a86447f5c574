"""Pictures of papers written in Spanish, for tests of text recognition beyond English."""

from __future__ import annotations

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


def spanish_letter(path: Path) -> Path:
    """A 300-dpi grey picture of a Mexican employment letter, saved as a PNG at ``path``."""
    image = Image.new("L", (2000, 650), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 40)
    for n, line in enumerate(SPANISH_LETTER):
        draw.text((100, 80 + 120 * n), line, font=font, fill=0)
    image.save(path, "PNG", dpi=(300, 300))
    return path


needs_spanish_data = pytest.mark.skipif(
    "spa" not in ocr.installed_languages() or not FONT.exists(),
    reason="needs Tesseract's Spanish data (tesseract-ocr-spa) and DejaVu fonts",
)
