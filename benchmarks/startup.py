"""Time from launch to the first window shown, against a bare PySide6 window started the same way.

    .venv/bin/python benchmarks/startup.py [RUNS] [--app packaging/dist/VisaCase/VisaCase]

Each run starts the app with VISACASE_QUIT_WHEN_SHOWN=1, which makes it print one line as soon as
its window is shown and quit; the time is taken when that line arrives. Two windows are timed: the
welcome window (``visacase`` alone) and the case window on the sample case (``--sample``; the first
run builds the user's sample case, and is a warm-up, not counted). The floor is the same
interpreter showing an empty ``QMainWindow`` and printing the same line, started in turn with the
app so that both see the same load (goal: the app <= 1.3x the floor). CPU time (user + system) is
shown beside wall time: on a busy machine the wall time mostly measures waiting for a core. Runs
offscreen unless QT_QPA_PLATFORM or DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from process_timing import compare, load_average, report

ROOT = Path(__file__).resolve().parents[1]
BUILT_APP = ROOT / "packaging" / "dist" / "VisaCase" / "VisaCase"
MARKER = "VisaCase window shown"
GOAL = "<= 1.3x the bare window"
BARE_WINDOW = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print({MARKER!r}, flush=True), app.quit()))
app.exec()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--app", type=Path, default=BUILT_APP, help="the built app's binary")
    args = parser.parse_args()
    print(load_average())
    floor = [sys.executable, "-c", BARE_WINDOW]
    apps = [("python -m desktop_app", [sys.executable, "-m", "desktop_app"])]
    if args.app.exists():
        apps.append(("built app", [str(args.app)]))
    else:
        print(f"built app: {args.app} not found; run packaging/build-linux.sh first")
    with tempfile.TemporaryDirectory(prefix="visacase-startup-") as home:
        env = {**os.environ, "VISACASE_QUIT_WHEN_SHOWN": "1", "HOME": home}
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = home
        if not os.environ.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name, command in apps:
            for window, extra in (("welcome window", []), ("sample case window", ["--sample"])):
                result = compare([*command, *extra], floor, env, args.runs, MARKER)
                print(report(f"{name}, {window}", result, GOAL))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
