"""Time from launch to the first window shown, for ``python -m desktop_app`` and the built app.

    .venv/bin/python benchmarks/startup.py [RUNS] [--app packaging/dist/VisaCase/VisaCase]

Each run starts the app on the sample case with VISACASE_QUIT_WHEN_SHOWN=1, which makes it print
one line as soon as its window is shown and quit; the time is taken when that line arrives. The
first run builds the user's sample case (a new user's first start) and is reported apart; the
others are warm starts (goal <= 1.5 s). Runs offscreen unless QT_QPA_PLATFORM or DISPLAY is set.
Each run's CPU time (user + system, to the quit) is shown too: on a busy machine the wall time
mostly measures waiting for a core, and CPU time is close to what an idle machine takes.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILT_APP = ROOT / "packaging" / "dist" / "VisaCase" / "VisaCase"
MARKER = "VisaCase window shown"


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to the window, and the CPU seconds the whole run used."""
    cpu_before = cpu_of_children()
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
    return shown, cpu_of_children() - cpu_before


def measure(name: str, command: list[str], runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="visacase-startup-") as home:
        env = {**os.environ, "VISACASE_QUIT_WHEN_SHOWN": "1", "HOME": home}
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = home
        if not os.environ.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        first, _ = time_to_window([*command, "--sample"], env)
        warm = [time_to_window([*command, "--sample"], env) for _ in range(runs)]
    walls, cpus = [w for w, _ in warm], [c for _, c in warm]
    print(
        f"{name:<22} first start {first:5.2f} s | warm over {runs} runs: "
        f"median {statistics.median(walls):5.2f} s, best {min(walls):5.2f} s "
        f"(goal <= 1.5 s), CPU median {statistics.median(cpus):5.2f} s"
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
