"""Screenshots of the real app on the sample case, for the README and for looking at it.

    .venv/bin/python scripts/screenshots.py [OUT_DIR [LANGUAGE]] [--dark] [--size WxH]
                                          [--font-scale F]
                                          (default docs/screenshots, en, light, 1400x860, 1)

Starts a virtual X screen (Xvfb) unless one is already set in DISPLAY, opens a fresh copy of the
sample case in the case window with a private settings folder, and saves the main window, the
timeline, the 221(g) checklist and the packet dialog (once its preview of the real PDF is
built). LANGUAGE is one the app ships (es, pt_BR, zh_CN, hi, vi), to look for text a
translation made too long for its place. --dark draws every window in Fusion with a dark
palette and names the files "-dark", to look for text and colours that only read on light.
--size sets the case window's size, and --font-scale multiplies the app's font size, as a user
who sets a larger font on the desktop gets it: to look for text a small screen or a large font
clips.
Needs Debian's xvfb and the Qt xcb libraries that ./dev.sh installs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]


def start_screen() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("screenshots: install Xvfb first (apt-get install xvfb)")
    display = ":97"
    screen = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return screen


def settle(seconds: float) -> None:
    """Let Qt lay out and paint (QPdfView renders pages asynchronously)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def window_size(text: str) -> tuple[int, int]:
    """ "1280x800" as (1280, 800)."""
    width, _, height = text.partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"{text!r} is not WIDTHxHEIGHT, e.g. 1280x800")
    return int(width), int(height)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of the app on the sample case.")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("language", nargs="?", default="en")
    parser.add_argument("--dark", action="store_true", help="a dark palette in the Fusion style")
    parser.add_argument(
        "--size", type=window_size, default=(1400, 860), help="the case window's size, WxH"
    )
    parser.add_argument("--font-scale", type=float, default=1.0, help="times the usual font size")
    return parser.parse_args(argv)


def use_dark_palette(app: QApplication) -> None:
    """Fusion with a dark palette, as a dark desktop theme gives the app."""
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole
    app.setStyle("Fusion")
    palette = QPalette()
    for roles, colour in (
        ((role.Window, role.Button), "#353535"),
        ((role.Base,), "#242424"),
        ((role.AlternateBase, role.ToolTipBase), "#2f2f2f"),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText), "#e8e8e8"),
        ((role.BrightText,), "#ff6b6b"),
        ((role.PlaceholderText,), "#9a9a9a"),
        ((role.Highlight,), "#2a82da"),
        ((role.HighlightedText,), "#ffffff"),
        ((role.Link,), "#6cb4ff"),
    ):
        for each in roles:
            palette.setColor(each, QColor(colour))
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, each, QColor("#7f7f7f"))
    app.setPalette(palette)


def main(
    out: Path, language: str, dark: bool, size: tuple[int, int] = (1400, 860), scale: float = 1.0
) -> None:
    screen = start_screen()
    home = Path(tempfile.mkdtemp(prefix="visacase-shots-"))
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        shoot(out, home, language, "-dark" if dark else "", size, scale)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if screen is not None:
            screen.terminate()


def shoot(
    out: Path, home: Path, language: str, suffix: str, size: tuple[int, int], scale: float
) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui import translations
    from desktop_app.gui.app.welcome import WelcomeWindow
    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.gui.packet.packet_dialog import open_packet_dialog
    from desktop_app.services import sample_case

    app = QApplication([sys.argv[0]])
    translations.load(app, "" if language == "en" else language)
    if scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(font)
    if suffix:
        use_dark_palette(app)
    out.mkdir(parents=True, exist_ok=True)
    welcome = WelcomeWindow()
    welcome.show()
    settle(0.5)
    welcome.grab().save(str(out / f"welcome{suffix}.png"))
    welcome.close()

    case = sample_case.build_sample_case(home / "Santos family.visacase")
    window = MainWindow(case)
    window.resize(*size)
    window.show()
    settle(2.0)
    window.grab().save(str(out / f"main-window{suffix}.png"))
    for name, tab in (("timeline", window.timeline_panel), ("checklist", window.checklist)):
        window.tabs.setCurrentWidget(tab)
        settle(0.8)
        window.grab().save(str(out / f"{name}{suffix}.png"))

    dialog = open_packet_dialog(window)
    if dialog is None:
        sys.exit("screenshots: the packet dialog did not open")
    loop = QEventLoop()
    dialog.preview_ready.connect(lambda *_: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    settle(2.0)
    dialog.grab().save(str(out / f"packet-dialog{suffix}.png"))
    dialog.close()
    window.close()
    app.processEvents()
    print(f"screenshots saved in {out}")


if __name__ == "__main__":
    args = parse_args(sys.argv[1:])
    main(args.out, args.language, args.dark, args.size, args.font_scale)
