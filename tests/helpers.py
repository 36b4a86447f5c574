"""Test helpers shared across folders."""

from __future__ import annotations

import os
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
    *argv: object,
    timeout: float = 120,
    env: dict[str, str] | None = None,
    drop_privileges: bool = False,
) -> subprocess.CompletedProcess[str]:
    """The ``visacase`` command in a child process, as a user's shell would run it (with
    ``drop_privileges``, as a user who cannot override file permissions: see ``unprivileged``)."""
    command = [sys.executable, "-m", "desktop_app", *map(str, argv)]
    return subprocess.run(
        unprivileged(command) if drop_privileges else command,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env=env,
    )


def unprivileged(command: list[str]) -> list[str]:
    """``command`` run without the power to ignore file permissions.

    As root (how CI runs) the command goes into a new user namespace (``unshare -U``): it keeps
    its user id on disk but loses CAP_DAC_OVERRIDE, so a read-only file or folder is read-only to
    it, exactly as to anyone else. Any other user needs nothing.
    """
    return ["unshare", "-U", *command] if os.geteuid() == 0 else command
