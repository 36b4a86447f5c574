"""The packet dialog as its tests want it: small PDFs that say their name, a case of four such
documents, a print seam that writes a PDF file, and the dialog shown once its preview is built."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen.canvas import Canvas

from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.services import documents
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window

WAIT = 30_000


def text_pdf(path: Path, *lines: str) -> Path:
    """One page per line, each page saying its line."""
    canvas = Canvas(str(path), invariant=1)
    for line in lines:
        canvas.drawString(72, 700, line)
        canvas.showPage()
    canvas.save()
    return path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pack(case: CaseFile, folder: Path) -> CaseFile:
    """A 221(g) letter, two bank statements and an employment letter, each saying its name."""
    for name, kind, pages in (
        ("slip", "notice_221g", 1),
        ("bank-march", "bank_statement", 2),
        ("bank-april", "bank_statement", 1),
        ("employer", "employment_letter", 1),
    ):
        source = text_pdf(folder / f"{name}.pdf", *[f"{name} page {n + 1}" for n in range(pages)])
        documents.add_document(
            case, source, original_name="scan.pdf", kind=kind, title=name, page_count=pages
        )
    return case


class PdfPrinter:
    """The print seam's answer: a QPrinter writing a PDF file, as a test can read it back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.printer: QPrinter | None = None

    def __call__(self, parent: object) -> QPrinter:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.path))
        self.printer.setResolution(72)
        return self.printer


def shown_packet_dialog(qtbot, case: CaseFile, printed: Path | None = None) -> PacketDialog:
    """The dialog over ``case``'s window, shown and with its first preview built; printing
    writes ``printed`` when given."""
    window = open_case_window(qtbot, case, show=False)
    seam = {"printer_seam": PdfPrinter(printed)} if printed is not None else {}
    opened = PacketDialog(window, **seam)
    qtbot.addWidget(opened)
    with qtbot.waitSignal(opened.preview_ready, timeout=WAIT):
        opened.show()
    return opened
