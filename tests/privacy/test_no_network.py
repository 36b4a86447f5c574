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


def _visacase(*argv: object, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return _guarded(str(GUARD), *argv, stdin=stdin)


def _guarded(*argv: object, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, argv)],
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
        _guarded("-c", PRINT, tmp_path / "packet.pdf", tmp_path / "printed.pdf"),
        _visacase("--self-test"),
    ]

    for step in steps:
        assert step.returncode == 0, step.stderr
        assert "NetworkUsedError" not in step.stderr
    assert len(json.loads(steps[6].stdout)) == 1
    assert steps[8].stdout == "[]\n"
    assert steps[9].stdout.startswith("OK VisaCase self-test")
    with (
        pikepdf.open(tmp_path / "packet.pdf") as packet,
        pikepdf.open(tmp_path / "printed.pdf") as printed,
    ):
        assert len(printed.pages) == len(packet.pages) > 1
