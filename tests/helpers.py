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


def run_visacase(
    *argv: object, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The ``visacase`` command in a child process, as a user's shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *map(str, argv)],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
    )
