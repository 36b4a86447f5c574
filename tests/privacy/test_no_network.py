"""Nothing leaves the machine: the whole workflow runs with IP networking made impossible.

Each step runs in a child process under ``no_network.py``, where creating an IPv4/IPv6 socket or
looking up a name raises: new case, applicant, import, CEAC status paste, packet export, follow-up
draft, printing the packet (the window's own print code, to a PDF printer) and the window's
self-test (import, reading, status, export through the real GUI). Unix sockets stay allowed:
they cannot reach another machine, and local plumbing (Python's ``socketpair``, D-Bus) uses them.
The guard sees Python code; native code (Qt, PDFium, Tesseract) is covered by what is loaded:
no Qt network module, no TLS, no HTTP client is ever imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest

GUARD = Path(__file__).with_name("no_network.py")
NETWORK_MODULES = ("PySide6.QtNetwork", "ssl", "http.client", "urllib.request", "ftplib")
PRINT = f"""
import runpy, sys
runpy.run_path({str(GUARD)!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrinter
from desktop_app.gui.workers.print_worker import print_pdf

app = QApplication([])
printer = QPrinter(QPrinter.PrinterMode.HighResolution)
printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
printer.setOutputFileName(sys.argv[2])
print_pdf([Path(sys.argv[1])], printer, lambda done, total: None, lambda: False)
print(sorted(m for m in {NETWORK_MODULES!r} if m in sys.modules))
"""


def _visacase(
    *argv: object, stdin: str = "", report: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VISACASE_LOADED_REPORT": str(report)} if report else None
    return _guarded(str(GUARD), *argv, stdin=stdin, env=env)


def _guarded(
    *argv: object, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, argv)],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
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


def assert_only_what_the_readme_says(loaded: list[str]) -> None:
    """README, "Privacy": no HTTP client, no Qt network module; ``ssl`` only as asyncio's
    optional import (SQLAlchemy imports asyncio), which opens nothing."""
    assert set(loaded) <= {"ssl", "asyncio"}, loaded
    assert "ssl" not in loaded or "asyncio" in loaded


@pytest.mark.slow
def test_the_whole_workflow_runs_without_a_network(tmp_path: Path) -> None:
    case = tmp_path / "offline.visacase"
    letter = tmp_path / "letter.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(letter)

    reports = [tmp_path / f"loaded-{n}.json" for n in range(10)]
    steps = [
        _visacase("new", case, "--title", "Offline", "--post", "Manila", report=reports[0]),
        _visacase(
            "applicant", case, "Ana Reyes", "--application-id", "AA00B7QPGN", report=reports[1]
        ),
        _visacase("add", case, letter, report=reports[2]),
        _visacase(
            "status",
            "add",
            case,
            stdin="Status: Refused\nPlease see the letter you received at the interview.",
            report=reports[3],
        ),
        _visacase("export", case, "-o", tmp_path / "packet.pdf", report=reports[4]),
        _visacase("followup", case, report=reports[5]),
        _visacase("list", case, "--json", report=reports[6]),
        _visacase("check", case, report=reports[7]),
        _guarded("-c", PRINT, tmp_path / "packet.pdf", tmp_path / "printed.pdf"),
        _visacase("--self-test", report=reports[9]),
    ]

    for step in steps:
        assert step.returncode == 0, step.stderr
        assert "NetworkUsedError" not in step.stderr
    for report in reports[:8] + reports[9:]:
        assert_only_what_the_readme_says(json.loads(report.read_text()))
    assert len(json.loads(steps[6].stdout)) == 1
    assert steps[8].stdout == "[]\n"
    assert steps[9].stdout.startswith("OK VisaCase self-test")
    with (
        pikepdf.open(tmp_path / "packet.pdf") as packet,
        pikepdf.open(tmp_path / "printed.pdf") as printed,
    ):
        assert len(printed.pages) == len(packet.pages) > 1
