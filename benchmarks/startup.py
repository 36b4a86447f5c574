"""Time from launch to the first window shown, against a bare PySide6 window started the same way.

    .venv/bin/python benchmarks/startup.py [RUNS] [--app packaging/dist/VisaCase/VisaCase]

Each run starts the app with VISACASE_QUIT_WHEN_SHOWN=1, which makes it print "VisaCase window
shown" as soon as its first window is on screen and, when it opens a case, "VisaCase case shown"
once the case is in that window (every pane filled); then it quits. Two starts are timed: the
welcome window (``visacase`` alone) and the sample case (``--sample``; the first run builds the
user's sample case, and is a warm-up, not counted). The sample case gives two figures, both
reported: its window on screen ("Opening …") and its case shown. Each figure is taken when its
line arrives: wall time, CPU time (user + system of every thread, from /proc at that moment) and
peak memory so far (an app that fills its window before showing it prints only the first line:
its case is shown when its window is). The floor is an empty ``QMainWindow`` printing the same
line, started the same way as the app and in turn with it, so that both see the same load (goal:
the app <= 1.3x the floor): from source, the same interpreter running it; for the built app, that
window frozen by the same PyInstaller into one stripped folder (built once into a temporary
folder, under a minute), since a frozen program pays its bootloader and archive on every start
and the built app's ratio against the interpreter alone would count them against the app. The
built app is compared with both, to keep that cost in view. Starts are warm, as an installed
app's are: the bytecode both write in the warm-up run goes to a private folder
(PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set), so no run compiles the app's
modules again and no source tree is written to. On a busy machine the wall time mostly measures
waiting for a core: read the CPU time. Runs offscreen unless QT_QPA_PLATFORM or DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from process_timing import Comparison, Run, load_average, report

ROOT = Path(__file__).resolve().parents[1]
BUILT_APP = ROOT / "packaging" / "dist" / "VisaCase" / "VisaCase"
WINDOW = "VisaCase window shown"
CASE = "VisaCase case shown"
GOAL = "<= 1.3x the bare window"
BARE_WINDOW = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print({WINDOW!r}, flush=True), app.quit()))
app.exec()
"""


def cpu_and_peak(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system, all threads so far) and peak resident MiB of a live process.

    The CPU time is the kernel's per-thread count in nanoseconds (``schedstat``); /proc's
    user and system ticks, a hundredth of a second, are too coarse beside a 0.1 s floor.
    """
    tasks = Path(f"/proc/{pid}/task").glob("*/schedstat")
    cpu = sum(int(task.read_text().split()[0]) for task in tasks) / 1e9
    status = Path(f"/proc/{pid}/status").read_text().splitlines()
    [peak] = [int(line.split()[1]) for line in status if line.startswith("VmHWM:")]
    return cpu, peak / 1024


def run_marked(command: Sequence[str], env: Mapping[str, str], lines: Sequence[str]) -> list[Run]:
    """One run: wall, CPU and peak memory at the moment each of ``lines`` is printed."""
    started = time.perf_counter()
    seen: dict[str, Run] = {}
    with subprocess.Popen(
        command, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() in lines and line.strip() not in seen:
                wall = time.perf_counter() - started
                seen[line.strip()] = Run(wall, *cpu_and_peak(process.pid))
    if WINDOW in seen and process.returncode == 0:  # an app that fills its window before
        seen.setdefault(CASE, seen[WINDOW])  # showing it says only that it is shown
    missing = [line for line in lines if line not in seen]
    if missing:
        raise SystemExit(f"{command[0]} exited ({process.returncode}) without printing {missing}")
    return [seen[line] for line in lines]


def compare(
    command: Sequence[str],
    floor: Sequence[str],
    env: Mapping[str, str],
    runs: int,
    lines: list[str],
) -> list[Comparison]:
    """Per line, ``runs`` counted runs of the app beside the floor, in turn, after a warm-up."""
    run_marked(floor, env, [WINDOW])
    run_marked(command, env, lines)
    pairs = [
        (run_marked(command, env, lines), run_marked(floor, env, [WINDOW])[0]) for _ in range(runs)
    ]
    return [Comparison([a[n] for a, _ in pairs], [b for _, b in pairs]) for n in range(len(lines))]


def frozen_floor(folder: Path) -> list[str]:
    """The bare window built by PyInstaller as the app is: one folder, stripped, no UPX."""
    folder.mkdir()
    script = folder / "bare_window.py"
    script.write_text(BARE_WINDOW)
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--onedir",
            "--strip",
            "--noupx",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
            "--specpath",
            str(folder),
            str(script),
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    if built.returncode:
        raise SystemExit(f"PyInstaller could not build the bare window:\n{built.stderr}")
    return [str(folder / "dist" / "bare_window" / "bare_window")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--app", type=Path, default=BUILT_APP, help="the built app's binary")
    args = parser.parse_args()
    print(load_average())
    with tempfile.TemporaryDirectory(prefix="visacase-startup-") as home:
        floor = [sys.executable, "-c", BARE_WINDOW]
        apps = [("python -m desktop_app", [sys.executable, "-m", "desktop_app"], floor)]
        if args.app.exists():
            apps.append(("built app", [str(args.app)], frozen_floor(Path(home) / "bare")))
            apps.append(("built app beside the interpreter's window", [str(args.app)], floor))
        else:
            print(f"built app: {args.app} not found; run packaging/build-linux.sh first")
        starts = (
            ([], [(WINDOW, "welcome window")]),
            (["--sample"], [(WINDOW, "sample case window shown"), (CASE, "sample case shown")]),
        )
        env = {**os.environ, "VISACASE_QUIT_WHEN_SHOWN": "1", "HOME": home}
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = home
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "bytecode")
        if not os.environ.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for name, command, bare in apps:
            for extra, figures in starts:
                lines = [line for line, _ in figures]
                results = compare([*command, *extra], bare, env, args.runs, lines)
                for (_, figure), result in zip(figures, results, strict=True):
                    print(report(f"{name}, {figure}", result, GOAL))
    print(load_average())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
