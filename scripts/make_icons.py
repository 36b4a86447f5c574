"""Draw the app icon from ``resources/visacase.svg``: PNGs, the Windows .ico and the macOS .icns.

Qt's SVG renderer draws each size straight from the vector (a 16 px icon drawn at 16 px is sharper
than a big one scaled down); Pillow packs the .ico and .icns. The results are committed, so run
this only after changing the SVG:  ``.venv/bin/python scripts/make_icons.py [OUT_DIR]``
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from desktop_app.gui.icons import ICONS_DIR, RESOURCES, SIZES

SVG = RESOURCES / "visacase.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def make_icons(out_dir: Path) -> list[Path]:
    """Write every icon file into ``out_dir`` and return their paths."""
    QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    out_dir.mkdir(parents=True, exist_ok=True)
    drawn = {size: render(renderer, size) for size in {*SIZES, *ICO_SIZES, *ICNS_SIZES}}
    written = []
    for size in SIZES:
        path = out_dir / f"visacase-{size}.png"
        drawn[size].save(path, optimize=True)
        written.append(path)
    ico, icns = out_dir / "visacase.ico", out_dir / "visacase.icns"
    largest_ico = drawn[max(ICO_SIZES)]
    largest_ico.save(
        ico, sizes=[(s, s) for s in ICO_SIZES], append_images=[drawn[s] for s in ICO_SIZES]
    )
    drawn[1024].save(icns, append_images=[drawn[s] for s in ICNS_SIZES])
    return [*written, ico, icns]


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS_DIR
    for path in make_icons(out_dir):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
