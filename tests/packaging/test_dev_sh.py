"""``dev.sh`` checks for a screen before installing anything for ``run``, and waits for a busy
package manager with a message instead of failing on apt's lock.

Each test runs the real script from a copy of the checkout's top folder where apt-get, dpkg-query
and sudo are small fakes that log their arguments, and ``.venv`` is already up to date.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="dev.sh is for Debian/Ubuntu")


def _script(path: Path, body: str) -> None:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """dev.sh beside a pyproject.toml whose .venv is installed; apt knows no package yet."""
    top = tmp_path / "checkout"
    (top / ".venv" / "bin").mkdir(parents=True)
    shutil.copy2(ROOT / "dev.sh", top)
    (top / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    digest = hashlib.sha256((top / "pyproject.toml").read_bytes()).hexdigest()
    (top / ".venv" / ".visacase-installed").write_text(digest + "\n")
    _script(top / ".venv" / "bin" / "python", 'exec python3 "$@"')
    _script(top / ".venv" / "bin" / "visacase", 'echo "visacase $*"')
    fakes = tmp_path / "bin"
    fakes.mkdir()
    log = tmp_path / "calls.log"
    _script(fakes / "dpkg-query", "exit 1")  # nothing is installed
    _script(fakes / "apt-get", f'echo "apt-get $*" >> {log}')
    _script(fakes / "sudo", 'exec "$@"')
    return top


def _env(checkout: Path, **extra: str) -> dict[str, str]:
    fakes = checkout.parent / "bin"
    path = os.pathsep.join([str(fakes), os.environ["PATH"]])
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return {**env, "PATH": path, **extra}


def _calls(checkout: Path) -> str:
    log = checkout.parent / "calls.log"
    return log.read_text() if log.exists() else ""


def test_run_without_a_screen_stops_before_installing_anything(checkout: Path) -> None:
    result = subprocess.run(
        ["bash", "dev.sh", "run"],
        cwd=checkout,
        env=_env(checkout),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("dev.sh: no screen found")
    assert _calls(checkout) == ""


def test_a_busy_package_manager_is_waited_for_with_a_message(checkout: Path) -> None:
    lock_path = checkout.parent / "lock-frontend"
    env = _env(checkout, DISPLAY=":9", DEV_SH_APT_LOCKS=str(lock_path))
    with lock_path.open("a") as lock:
        fcntl.lockf(lock, fcntl.LOCK_EX)
        with subprocess.Popen(
            ["bash", "dev.sh", "run"],
            cwd=checkout,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as child:
            assert child.stderr is not None and child.stdout is not None
            assert "apt/dpkg is locked); waiting for it to finish" in child.stderr.readline()
            assert _calls(checkout) == ""
            fcntl.lockf(lock, fcntl.LOCK_UN)
            rest = child.stderr.read()
            assert child.wait(timeout=60) == 0, rest
            assert child.stdout.read() == "visacase --sample\n"
    assert "the other install finished after" in rest
    calls = _calls(checkout).splitlines()
    assert calls[0].startswith("apt-get -o DPkg::Lock::Timeout=600 -qq update")
    assert "install -y --no-install-recommends" in calls[1]
    assert " appstream " in calls[1]
