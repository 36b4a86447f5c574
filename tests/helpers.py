"""Test helpers shared across folders."""

from __future__ import annotations

import signal
import subprocess
import sys


def kill_after_lines(script: str, args: list[str], lines: int) -> None:
    """Run ``script`` in a child Python, wait for ``lines`` progress lines, then SIGKILL it."""
    with subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        assert child.stdout is not None
        for _ in range(lines):
            assert child.stdout.readline(), "the child died before reporting progress"
        child.send_signal(signal.SIGKILL)
