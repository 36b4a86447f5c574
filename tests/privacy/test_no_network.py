"""Nothing leaves the machine: the whole workflow runs with IP networking made impossible."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

GUARD = Path(__file__).with_name("no_network.py")


def _visacase(*argv: object, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(GUARD), *map(str, argv)],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_guard_really_blocks_the_network() -> None:
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import runpy; runpy.run_path({str(GUARD)!r}); "
            "import socket; socket.create_connection(('127.0.0.1', 9))",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode != 0
    assert "NetworkUsedError" in probe.stderr


@pytest.mark.slow
def test_the_whole_workflow_runs_without_a_network(tmp_path: Path) -> None:
    case = tmp_path / "offline.visacase"
    letter = tmp_path / "letter.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(letter)

    steps = [
        _visacase("new", case, "--title", "Offline", "--post", "Manila"),
        _visacase("applicant", case, "Ana Reyes", "--application-id", "AA00B7QPGN"),
        _visacase("add", case, letter),
        _visacase(
            "status",
            "add",
            case,
            stdin="Status: Refused\nPlease see the letter you received at the interview.",
        ),
        _visacase("export", case, "-o", tmp_path / "packet.pdf"),
        _visacase("followup", case),
        _visacase("list", case, "--json"),
        _visacase("check", case),
    ]

    for step in steps:
        assert step.returncode == 0, step.stderr
        assert "NetworkUsedError" not in step.stderr
    assert len(json.loads(steps[-2].stdout)) == 1
    assert (tmp_path / "packet.pdf").stat().st_size > 0
