"""Generated scans for the size-budget tests: a page of words on noisy paper, and a photo."""

from __future__ import annotations

import functools
import io
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = Path(__file__).parents[2] / "resources" / "fonts" / "NotoSans-Regular.ttf"
WORDS = [
    "statement",
    "account",
    "balance",
    "deposit",
    "salary",
    "employer",
    "transfer",
    "branch",
    "interest",
]
DPI = 200


@functools.cache
def text_scan(seed: int, *, picture: bool = False) -> bytes:
    """A letter-size page of dark words on grainy off-white paper, slightly skewed, as a
    colour JPEG at 200 dpi (about 0.7 MB); ``picture`` pastes a photo-like patch onto it."""
    rng = random.Random(seed)
    width, height = int(8.5 * DPI), int(11 * DPI)
    page = Image.effect_noise((width, height), 18).point(lambda v: 205 + v // 6).convert("RGB")
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), int(DPI * 0.16))
    for line in range(38):
        words = " ".join(rng.choice(WORDS) for _ in range(7))
        draw.text((DPI * 0.8, DPI * 0.8 + line * DPI * 0.25), words, fill=(35, 35, 40), font=font)
    if picture:
        patch = Image.radial_gradient("L").resize((width // 4, height // 5)).convert("RGB")
        page.paste(patch, (width // 2, height // 3))
    page = page.rotate(0.4, fillcolor="white", resample=Image.Resampling.BICUBIC)
    out = io.BytesIO()
    page.save(out, "JPEG", quality=85, dpi=(DPI, DPI))
    return out.getvalue()


@functools.cache
def photo_scan(seed: int = 0) -> bytes:
    """A page-sized photograph stand-in: smooth tones under heavy grain, every gray in use;
    each ``seed`` turns the tones a different way, so each is a different file."""
    size = (int(8.5 * DPI), int(11 * DPI))
    tones = Image.linear_gradient("L").rotate(seed * 37).resize(size)
    grain = Image.effect_noise(size, 60)
    out = io.BytesIO()
    Image.blend(tones, grain, 0.4).convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def gray(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        return img.convert("L")
