"""What the benchmarks share: a photo-like 300-dpi scan, and the peak memory of this process."""

from __future__ import annotations

import io
import random
import resource
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter


def scan_jpeg(rng: random.Random) -> bytes:
    """A letter-size grey page of blurred text lines at 300 dpi, as a scanner writes it."""
    img = Image.new("L", (2550, 3300), 240)
    draw = ImageDraw.Draw(img)
    for line in range(60):
        y = 200 + line * 48
        draw.rectangle((200, y, 200 + rng.randrange(800, 2100), y + 18), fill=rng.randrange(20, 90))
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=75, dpi=(300, 300))
    return out.getvalue()


def peak_mib() -> float:
    """This process's peak RSS. Linux's VmHWM starts afresh at exec; ru_maxrss would include
    the parent's memory at fork time."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
