"""Screenshots of the real app on the sample case, for the README and for looking at it.

    .venv/bin/python scripts/screenshots.py [OUT_DIR [LANGUAGE]] [--dark] [--size WxH]
                                            [--font-scale F]
                                    (default docs/screenshots, en, light, 1400x860, 1.0)

Starts a virtual X screen (Xvfb) unless one is already set in DISPLAY, opens a fresh copy of the
sample case in the case window with a private settings folder, and saves the welcome window, the
main window (on a document with suggestions to confirm), the timeline, the 221(g) checklist, the
214(b) workbook (its top and its end), the New case dialog with a mistyped ID and the packet
dialog (once its preview of the real PDF is built). LANGUAGE is one the app ships (es, pt_BR,
zh_CN, hi, vi), to look for text a translation made too long for its place. --dark draws every
window in Fusion with a dark palette and names the files "-dark", to look for text and colours
that only read on light. --size sets the case window's size (1280x800 is a common laptop), and
--font-scale multiplies the application font (1.5 for someone who has asked for larger text);
files drawn in another size or font are named after them, e.g. main-window-1280x800-x1.5.png.
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

    from desktop_app.gui.case_window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1400, 860)


def start_screen(size: tuple[int, int]) -> subprocess.Popen[bytes] | None:
    """A virtual screen: as large as the window asked for, so dialogs fit it as on a laptop."""
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("screenshots: install Xvfb first (apt-get install xvfb)")
    display = ":97"
    width, height = (1600, 1000) if size == SIZE else size
    screen = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
    )
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


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshots of the app on the sample case.")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("language", nargs="?", default="en")
    parser.add_argument("--dark", action="store_true", help="a dark palette in the Fusion style")
    parser.add_argument("--size", type=window_size, default=SIZE, help="window size, e.g. 1280x800")
    parser.add_argument("--font-scale", type=float, default=1.0, help="application font × this")
    return parser.parse_args(argv)


def window_size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1280x800: {text}") from None


def suffix_for(args: argparse.Namespace) -> str:
    """What the file names say about how they were drawn: nothing for the README's own."""
    suffix = "-dark" if args.dark else ""
    if args.size != SIZE:
        width, height = args.size
        suffix += f"-{width}x{height}"
    if args.font_scale != 1.0:
        suffix += f"-x{args.font_scale:g}"
    return suffix


def scale_font(app: QApplication, scale: float) -> None:
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)


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


def main(args: argparse.Namespace) -> None:
    screen = start_screen(args.size)
    home = Path(tempfile.mkdtemp(prefix="visacase-shots-"))
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        shoot(args, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if screen is not None:
            screen.terminate()


def shoot(args: argparse.Namespace, home: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui import fonts, translations
    from desktop_app.gui.app.welcome import WelcomeWindow
    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.gui.packet.packet_dialog import open_packet_dialog
    from desktop_app.services import sample_case

    out, language, suffix = args.out, args.language, suffix_for(args)
    app = QApplication([sys.argv[0]])
    translations.load(app, "" if language == "en" else language)
    fonts.add_for_language(language)
    fonts.add_the_rest(language).join()
    if args.dark:
        use_dark_palette(app)
    scale_font(app, args.font_scale)
    out.mkdir(parents=True, exist_ok=True)
    welcome = WelcomeWindow()
    welcome.show()
    settle(0.5)
    welcome.grab().save(str(out / f"welcome{suffix}.png"))
    welcome.close()

    case = sample_case.build_sample_case(home / "Santos family.visacase")
    window = MainWindow(case)
    window.resize(*args.size)
    window.show()
    settle(2.0)
    shoot_tabs(window, out, suffix)
    shoot_new_case(window, out, suffix)

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


def shoot_tabs(window: MainWindow, out: Path, suffix: str) -> None:
    """The window on a document with suggestions, then each tab (the workbook's end too)."""
    window.documents_view.selectRow(suggested_row(window))
    settle(0.8)
    window.grab().save(str(out / f"main-window{suffix}.png"))
    for name, tab in (
        ("timeline", window.timeline_panel),
        ("checklist", window.checklist),
        ("workbook", window.workbook),
    ):
        window.tabs.setCurrentWidget(tab)
        settle(0.8)
        window.grab().save(str(out / f"{name}{suffix}.png"))
    scroll = window.workbook.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    settle(0.5)
    window.grab().save(str(out / f"workbook-end{suffix}.png"))


def shoot_new_case(window: MainWindow, out: Path, suffix: str) -> None:
    """The New case dialog saying what is wrong with a half-typed application ID."""
    from desktop_app.gui.dialogs.new_case_dialog import NewCaseDialog

    new_case = NewCaseDialog(window)
    new_case.show()
    new_case.case_id.edit.setText("AA00B7Q")
    settle(0.5)
    new_case.grab().save(str(out / f"new-case{suffix}.png"))
    new_case.close()


def suggested_row(window: MainWindow) -> int:
    """The first document with a suggestion waiting, to show the suggestions panel (else 0)."""
    from desktop_app.services import reading

    model = window.documents_model
    for row in range(model.rowCount()):
        found = reading.list_suggestions(window.case, model.document(row).id)
        if any(s.status == "pending" for s in found):
            return row
    return 0


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))
