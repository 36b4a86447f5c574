"""What the world does to a command — a reader that quits early, a disk that fills up — ends in
one line (or, for the reader, quietly) and loses nothing.

The full disk is real: a small tmpfs (1 MB; 1.5 MB where a new case file, 440 KB with its 16 KiB
pages, must fit first) mounted inside a user and mount namespace (``unshare -Urm``), so the test
needs no privileges and touches nothing outside its own folder.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from desktop_app.services import cases, documents
from tests.helpers import run_visacase

SIGPIPE_STATUS = 141


def _run_into_closed_pipe(*argv: object) -> subprocess.CompletedProcess[str]:
    """``visacase ARGV | head -c 0``, made certain: the reading end is closed before the start."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", *map(str, argv)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "c.visacase"
    with cases.create_case(path, "Santos") as case:
        pdf = pikepdf.new()
        pdf.add_blank_page()
        pdf.save(tmp_path / "letter.pdf")
        documents.add_document(case, tmp_path / "letter.pdf", original_name="letter.pdf")
    return path


@pytest.mark.parametrize("json", [False, True], ids=["lines", "json"])
def test_a_reader_that_quits_early_ends_the_command_quietly(filled: Path, json: bool) -> None:
    done = _run_into_closed_pipe("list", filled, *(["--json"] if json else []))
    assert (done.returncode, done.stderr) == (SIGPIPE_STATUS, "")


def test_help_into_a_closed_pipe_is_quiet_too() -> None:
    assert _run_into_closed_pipe("export", "--help").stderr == ""


def _namespaces_work() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-Urm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


needs_namespaces = pytest.mark.skipif(
    not _namespaces_work(), reason="this system allows no user and mount namespaces"
)


def _on_a_full_disk(
    tmp_path: Path, script: str, size: str = "1m"
) -> subprocess.CompletedProcess[str]:
    """Run the shell ``script`` with ``$DISK`` a tmpfs of ``size`` and ``$VISACASE`` the
    command."""
    disk = tmp_path / "disk"
    disk.mkdir()
    setup = f'mount -t tmpfs -o size={size} tmpfs "$DISK" && {script}'
    env = {
        **os.environ,
        "DISK": str(disk),
        "VISACASE": f"{sys.executable} -m desktop_app",
        "TMPDIR": str(tmp_path),
    }
    return subprocess.run(
        ["unshare", "-Urm", "sh", "-c", setup],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )


def _noise(path: Path) -> Path:
    pixels = random.Random(13).randbytes(1200 * 1200 * 3)
    Image.frombytes("RGB", (1200, 1200), pixels).save(path, "JPEG", quality=90)
    return path


@needs_namespaces
@pytest.mark.slow
def test_an_export_onto_a_full_disk_is_one_line_and_leaves_nothing(
    filled: Path, tmp_path: Path
) -> None:
    assert run_visacase("add", filled, _noise(tmp_path / "scan.jpg")).returncode == 0
    done = _on_a_full_disk(
        tmp_path, f'$VISACASE export "{filled}" -o "$DISK/p.pdf"; echo "status $?"; ls -A "$DISK"'
    )
    assert done.stderr.startswith("visacase: The packet could not be written (No space left")
    assert done.stderr.count("\n") == 1
    assert done.stdout == "status 2\n"
    assert run_visacase("packets", filled).stdout == "no packets exported yet\n"


@needs_namespaces
@pytest.mark.slow
def test_a_case_file_on_a_full_disk_keeps_what_it_had(tmp_path: Path) -> None:
    scan = _noise(tmp_path / "scan.jpg")
    done = _on_a_full_disk(
        tmp_path,
        '$VISACASE new "$DISK/c.visacase" --title Santos >/dev/null && '
        f'$VISACASE add "$DISK/c.visacase" "{scan}"; echo "status $?"; '
        '$VISACASE check "$DISK/c.visacase"; $VISACASE list "$DISK/c.visacase"; ls -A "$DISK"',
        size="1536k",
    )
    lines = done.stdout.splitlines()
    assert lines[0].endswith(
        "refused — The disk is full, so c.visacase could not be changed; "
        "what was saved before is still there. Free some space and try again."
    )
    assert lines[1:] == ["status 1", "c.visacase: OK", "no documents yet", "c.visacase"]
    assert done.stderr == ""
