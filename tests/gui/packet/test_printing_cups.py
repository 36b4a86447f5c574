"""Printing to a real CUPS queue: the job is the packet's PDF, only the chosen pages, text kept.

The test starts its own CUPS scheduler (a private configuration, socket and spool in a
temporary folder) with one cups-pdf queue named PDF, whose output lands in a folder the test
reads with pdfinfo and pdftotext. Without CUPS installed the tests are skipped, except on CI,
where dev.sh installs it (Debian ``cups printer-driver-cups-pdf``) and a missing scheduler fails.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.gui.workers.print_worker import print_pdf
from desktop_app.services import documents
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs
from tests.gui.packets import text_pdf

WAIT = 15_000
CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CUPS_PDF_CONFIGS = Path("/etc/cups")


def _require(present: bool, what: str) -> None:
    if present:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what}: CI must print to a real queue; dev.sh installs it.")
    pytest.skip(what)


def _reset_libcups_server() -> None:
    """libcups reads CUPS_SERVER once per thread and keeps it: make Qt's calls read it again."""
    ctypes.CDLL(ctypes.util.find_library("cups")).cupsSetServer(None)


def _write(path: Path, text: str) -> None:
    path.write_text(text)


@pytest.fixture
def cups_output(qtbot, monkeypatch) -> Iterator[Path]:
    """A running private cupsd with the queue PDF; yields the folder its jobs land in."""
    _require(CUPSD.exists() and CUPS_PDF.exists(), "cupsd and cups-pdf are not installed")
    _require(os.access(CUPS_PDF_CONFIGS, os.W_OK), "cups-pdf configurations cannot be written")
    home = Path(tempfile.mkdtemp(prefix="visacase-cups-"))
    for name in ("conf", "spool", "cache", "state", "log", "out"):
        (home / name).mkdir()
    home.chmod(0o755)  # the scheduler's filters run as the lp user and must reach the spool
    instance = f"visacase-test-{os.getpid()}"
    instance_config = CUPS_PDF_CONFIGS / f"cups-pdf-{instance}.conf"
    _write(instance_config, f"Out {home / 'out'}\nAnonDirName {home / 'out'}\nLog {home / 'log'}\n")
    socket = home / "cups.sock"
    _write(
        home / "conf" / "cupsd.conf",
        f"Listen {socket}\nBrowsing No\nWebInterface No\nLogLevel warn\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n",
    )
    _write(
        home / "conf" / "cups-files.conf",
        "".join(
            f"{key} {home / folder}\n"
            for key, folder in (
                ("ServerRoot", "conf"),
                ("RequestRoot", "spool"),
                ("TempDir", "spool"),
                ("CacheDir", "cache"),
                ("StateDir", "state"),
                ("ErrorLog", "log/error_log"),
                ("AccessLog", "log/access_log"),
                ("PageLog", "log/page_log"),
            )
        )
        + "SystemGroup root\n",
    )
    monkeypatch.setenv("CUPS_SERVER", str(socket))
    _reset_libcups_server()
    scheduler = subprocess.Popen(
        [CUPSD, "-f", "-c", home / "conf/cupsd.conf", "-s", home / "conf/cups-files.conf"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(
            lambda: _lp("lpstat", "-r").stdout == "scheduler is running\n", timeout=WAIT
        )
        added = _lp("lpadmin", "-p", "PDF", "-v", f"cups-pdf:/{instance}", "-E", "-m", CUPS_PDF_PPD)
        assert added.returncode == 0, added.stderr
        yield home / "out"
    finally:
        scheduler.terminate()
        scheduler.wait(timeout=10)
        instance_config.unlink()
        shutil.rmtree(home, ignore_errors=True)
        monkeypatch.delenv("CUPS_SERVER")
        _reset_libcups_server()


def _lp(*command: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(map(str, command)), capture_output=True, text=True, check=False)


def _finished(out: Path) -> Path | None:
    """The printed file, once the queue has no job left to finish."""
    printed = sorted(out.glob("*.pdf"))
    return printed[0] if printed and not _lp("lpstat", "-o", "PDF").stdout.strip() else None


def _words(pdf: Path, *pages: str) -> list[list[str]]:
    """The words on each page, in any order (a printer's PDF writer may lay them out anew)."""
    text = _lp("pdftotext", *pages, pdf, "-").stdout
    return [sorted(re.findall(r"\w+", page)) for page in text.split("\f") if page.strip()]


@pytest.fixture
def dialog(qtbot, case: CaseFile, tmp_path: Path) -> tuple[PacketDialog, Path]:
    """The packet dialog on a case of two documents, printing pages 2–3 on the queue PDF, and
    the packet it shows."""
    for name, kind, pages in (("bank", "bank_statement", 3), ("employer", "employment_letter", 1)):
        lines = [f"{name} page {n + 1}" for n in range(pages)]
        source = text_pdf(tmp_path / f"{name}.pdf", *lines)
        documents.add_document(
            case, source, original_name=source.name, kind=kind, title=name, page_count=pages
        )
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)

    def pages_two_and_three(parent: object) -> QPrinter:
        printer = QPrinter(QPrinterInfo.printerInfo("PDF"), QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(2, 3)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return printer

    opened = PacketDialog(window, printer_seam=pages_two_and_three)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.preview_ready, timeout=30_000) as ready:
        opened.show()
    return opened, ready.args[0]


def test_a_page_range_prints_exactly_those_pages_as_pdf_with_their_text(
    qtbot, cups_output, dialog
) -> None:
    dialog, packet = dialog
    with qtbot.waitSignal(dialog.printed, timeout=WAIT) as printed:
        dialog.print_button.click()
    qtbot.waitUntil(lambda: _finished(cups_output) is not None, timeout=WAIT)

    job = _finished(cups_output)
    assert printed.args == [2]
    assert "Pages:           2" in _lp("pdfinfo", job).stdout
    assert _words(job) == _words(packet, "-f", "2", "-l", "3")
    total = len(_words(packet))
    told = dialog.parent().dialogs.messages
    assert ("Print", f"Printed pages 2–3 of {total} on PDF.") in told


def test_a_queue_that_refuses_the_job_is_a_message(qtbot, cups_output, dialog) -> None:
    dialog, _ = dialog
    assert _lp("cupsreject", "PDF").returncode == 0

    dialog.print_button.click()

    refused = ("Print", 'PDF did not take the job: Destination "PDF" is not accepting jobs.')
    qtbot.waitUntil(lambda: refused in dialog.parent().dialogs.messages, timeout=WAIT)
    assert list(cups_output.iterdir()) == []


def test_copies_chosen_in_the_dialog_come_out_collated(qtbot, cups_output, dialog) -> None:
    _, packet = dialog
    printer = QPrinter(QPrinterInfo.printerInfo("PDF"), QPrinter.PrinterMode.HighResolution)
    printer.setFromTo(2, 3)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setCopyCount(2)

    printed = print_pdf([packet], printer, lambda *_: None, lambda: False)
    qtbot.waitUntil(lambda: _finished(cups_output) is not None, timeout=WAIT)

    assert (printed.pages, printed.copies) == ((2, 3), 2)
    assert printed.job_bytes < packet.stat().st_size
    assert _words(_finished(cups_output)) == _words(packet, "-f", "2", "-l", "3") * 2
