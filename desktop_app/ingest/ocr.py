"""Reading text from scans and photos with Tesseract, when it is installed.

Tesseract is a separate program; if it is missing, import still works and the caller says so
once. OMP_THREAD_LIMIT=1 is set for the child: on two cores Tesseract's own threading is twice
as slow as one thread.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytesseract
from PIL import Image, ImageOps

from desktop_app.errors import DECODER_ERRORS

TIMEOUT_SECONDS = 60


def available() -> bool:
    return shutil.which(pytesseract.pytesseract.tesseract_cmd) is not None


def read_image(path: Path) -> str:
    """The text of every frame of an image, upright per its EXIF orientation."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    texts = []
    try:
        with Image.open(path) as img:
            for n in range(getattr(img, "n_frames", 1)):
                img.seek(n)
                upright = ImageOps.exif_transpose(img.convert("RGB"))
                texts.append(pytesseract.image_to_string(upright, timeout=TIMEOUT_SECONDS))
    except (*DECODER_ERRORS, RuntimeError, pytesseract.TesseractError):
        return ""
    return "\n\f".join(t.strip() for t in texts)
