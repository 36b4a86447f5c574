"""Time from launch to the first window shown, for ``python -m desktop_app`` and the built app.

    .venv/bin/python benchmarks/startup.py [RUNS] [--app packaging/dist/VisaCase/VisaCase]

Each run starts the app on the sample case with VISACASE_QUIT_WHEN_SHOWN=1, which makes it print
one line as soon as its window is shown and quit; the time is taken when that line arrives. The
first run builds the user's sample case (a new user's first start) and is reported apart; the
others are warm starts (goal <= 1.5 s). Runs offscreen unless QT_QPA_PLATFORM or DISPLAY is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILT_APP = ROOT / "packaging" / "dist" / "VisaCase" / "VisaCase"
MARKER = "VisaCase window shown"


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == MARKER:
                shown = time.perf_counter() - started
                break
        else:
            raise SystemExit(f"{command[0]} exited ({process.wait()}) without showing a window")
        process.wait(timeout=30)
    return shown


def measure(name: str, command: list[str], runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="visacase-startup-") as home:
        env = {**os.environ, "VISACASE_QUIT_WHEN_SHOWN": "1", "HOME": home}
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = home
        if not os.environ.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        first = time_to_window([*command, "--sample"], env)
        warm = [time_to_window([*command, "--sample"], env) for _ in range(runs)]
    print(
        f"{name:<24} first start {first:5.2f} s   warm: median {statistics.median(warm):5.2f} s, "
        f"best {min(warm):5.2f} s over {runs} runs (goal <= 1.5 s)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--app", type=Path, default=BUILT_APP, help="the built app's binary")
    args = parser.parse_args()
    measure("python -m desktop_app", [sys.executable, "-m", "desktop_app"], args.runs)
    if args.app.exists():
        measure("built app", [str(args.app)], args.runs)
    else:
        print(f"built app: {args.app} not found; run packaging/build-linux.sh first")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
