"""Letters the system has no font for, drawn with the fonts VisaCase ships.

A fresh Debian, or a minimal Linux desktop, has no Devanagari, Chinese or Arabic font: Qt then
draws a box for every letter of the window in Hindi or Chinese, and of a name written in those
scripts in any language. The packet's fonts (``resources/fonts``) are given to Qt too, so its
fallback finds them where the system has none; Latin text keeps the system's font. The fonts
of the window's own language are added before the first window (about 9 ms for Devanagari,
16 ms for Chinese); the rest, for names, on a thread while it shows (about 60 ms in all,
which the first window does not wait for).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from desktop_app.gui.icons import RESOURCES

FONTS = RESOURCES / "fonts"
LATIN = "NotoSans-"  # the system's own font draws Latin, Greek and Cyrillic
LANGUAGE_FONTS = {"hi": "NotoSansDevanagari-", "zh_CN": "NotoSansSC-"}


def shipped() -> list[Path]:
    """The fonts for scripts beyond Latin that VisaCase ships."""
    return sorted(p for p in FONTS.glob("*.ttf") if not p.name.startswith(LATIN))


def add_for_language(language: str) -> None:
    """Add the fonts the window's language is written in ('' for English needs none)."""
    prefix = LANGUAGE_FONTS.get(language)
    if prefix:
        _add([p for p in shipped() if p.name.startswith(prefix)])


def add_the_rest(language: str) -> threading.Thread:
    """Add every other shipped font on a thread (Qt's font database takes its own lock)."""
    prefix = LANGUAGE_FONTS.get(language, "\0")
    rest = [p for p in shipped() if not p.name.startswith(prefix)]
    thread = threading.Thread(target=_add, args=(rest,), name="fonts", daemon=True)
    thread.start()
    return thread


def _add(paths: list[Path]) -> None:
    for path in paths:
        QFontDatabase.addApplicationFont(str(path))
