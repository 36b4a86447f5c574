"""How fast the command line answers, against Python loading argparse and nothing else.

    .venv/bin/python benchmarks/cli_startup.py [RUNS]

Times ``visacase --version``, ``visacase export --help`` (goal: <= 2.5x the floor, which is
``python -c "import argparse"``) and ``visacase list CASE`` on a small case made for the run (goal:
<= 0.4 s), each in turn with the floor so that both see the same load. Each line gives wall and CPU
time, the ratio to the floor run by run, and the peak memory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from process_timing import compare, load_average, report

ROOT = Path(__file__).resolve().parents[1]
FLOOR = [sys.executable, "-c", "import argparse"]
VISACASE = [sys.executable, "-m", "desktop_app"]


def make_case(folder: Path, env: dict[str, str]) -> Path:
    """A case holding a few documents (the app's icons), made with the command line itself."""
    case = folder / "bench.visacase"
    icons = sorted((ROOT / "resources" / "icons").glob("*.png"))
    for argv in (["new", str(case), "--title", "Benchmark"], ["add", str(case), *map(str, icons)]):
        subprocess.run([*VISACASE, *argv], env=env, check=True, capture_output=True)
    return case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("runs", nargs="?", type=int, default=10)
    args = parser.parse_args()
    print(load_average())
    with tempfile.TemporaryDirectory(prefix="visacase-cli-") as home:
        env = {**os.environ, "HOME": home, "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home}
        case = make_case(Path(home), env)
        for argv, goal in (
            (["--version"], "<= 2.5x the floor"),
            (["export", "--help"], "<= 2.5x the floor"),
            (["list", str(case)], "<= 0.4 s"),
        ):
            result = compare([*VISACASE, *argv], FLOOR, env, args.runs)
            shown = " ".join("CASE" if a == str(case) else a for a in argv)
            print(report(f"visacase {shown}", result, goal))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
