"""Which processes are alive in a process group: how tests see that ending a child process ended
what it started too (Linux's /proc)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

needs_proc = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads process groups from /proc"
)


def alive_in_group(group: int) -> list[str]:
    """The command names of the live (not zombie) processes of process group ``group``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :]
        state, _parent, pgrp = rest.split()[:3]
        if int(pgrp) == group and state not in "ZX" and int(entry.name) != os.getpid():
            found.append(name)
    return found


def gone_soon(group: int, within: float = 5.0) -> list[str]:
    """What is still alive in ``group`` once it has had ``within`` seconds to end."""
    deadline = time.monotonic() + within
    while (alive := alive_in_group(group)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive
