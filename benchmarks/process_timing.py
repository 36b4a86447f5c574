"""Timing whole processes against a floor, for the start-up benchmarks.

A start-up figure alone says little on a shared machine, so each is taken beside its floor (the
least a process of the same kind can cost), the two run in turn — floor, command, floor, command —
so that both see the same load, and the ratio is taken run by run. Each run's wall time, CPU time
(user + system, the operating system's count) and peak memory (its maximum resident set) come from
``wait4`` on that process alone.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mib: float


def run_once(command: Sequence[str], env: Mapping[str, str], marker: str | None = None) -> Run:
    """One run; with ``marker`` the wall time stops when that line is printed, else at exit."""
    started = time.perf_counter()
    with subprocess.Popen(
        command,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        seen = marker is None
        for line in process.stdout:
            if not seen and line.strip() == marker:
                wall, seen = time.perf_counter() - started, True
        if marker is None:
            wall = time.perf_counter() - started
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    if not seen:
        raise SystemExit(f"{command[0]} exited ({process.returncode}) without printing {marker!r}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


@dataclass(frozen=True)
class Comparison:
    runs: list[Run]
    floor: list[Run]

    def median(self, figure: str, runs: list[Run] | None = None) -> float:
        return statistics.median(getattr(r, figure) for r in (self.runs if runs is None else runs))

    def ratio(self, figure: str) -> float:
        """The median of the run-by-run ratios to the floor."""
        pairs = zip(self.runs, self.floor, strict=True)
        return statistics.median(getattr(a, figure) / getattr(b, figure) for a, b in pairs)


def compare(
    command: Sequence[str],
    floor: Sequence[str],
    env: Mapping[str, str],
    runs: int,
    marker: str | None = None,
) -> Comparison:
    """``runs`` counted runs of each in turn, after one warm-up run of each."""
    run_once(floor, env, marker)
    run_once(command, env, marker)
    pairs = [(run_once(command, env, marker), run_once(floor, env, marker)) for _ in range(runs)]
    return Comparison([a for a, _ in pairs], [b for _, b in pairs])


def report(name: str, result: Comparison, goal: str) -> str:
    """One line: the command's medians, the floor's, the ratios, the peak memory and the goal."""
    floor = result.floor
    return (
        f"{name}: wall {result.median('wall'):.3f} s (floor {result.median('wall', floor):.3f} s),"
        f" CPU {result.median('cpu'):.3f} s (floor {result.median('cpu', floor):.3f} s);"
        f" ratio wall {result.ratio('wall'):.2f}x, CPU {result.ratio('cpu'):.2f}x;"
        f" peak {max(r.peak_mib for r in result.runs):.0f} MiB"
        f" (floor {max(r.peak_mib for r in floor):.0f} MiB); goal {goal}"
    )


def load_average() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"
