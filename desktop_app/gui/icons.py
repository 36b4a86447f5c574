"""The app's icon: PNGs at the usual sizes, drawn from ``resources/visacase.svg``.

The PNGs are committed (``scripts/make_icons.py`` redraws them) so neither a source checkout nor
a build needs a drawing step. The same relative path works frozen: the bundle keeps ``resources/``
beside the ``desktop_app`` package.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICONS_DIR = RESOURCES / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_path(size: int) -> Path:
    return ICONS_DIR / f"visacase-{size}.png"


def app_icon() -> QIcon:
    """Every size of the icon, so each place (title bar, task bar, Alt+Tab) gets a sharp one."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(icon_path(size)), QSize(size, size))
    return icon
