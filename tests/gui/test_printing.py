"""Printing a packet off the GUI thread: every page, on white, at the printer's resolution."""

from __future__ import annotations

import threading
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen.canvas import Canvas

from desktop_app.errors import UserFacingError
from desktop_app.gui.workers.print_worker import PrintCancelledError, print_pdf, printing_work
from desktop_app.gui.workers.task import Task, start


def _source(path: Path, pages: int) -> Path:
    canvas = Canvas(str(path), invariant=1)
    for n in range(pages):
        canvas.drawString(72, 700, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def _pdf_printer(path: Path, dpi: int = 72) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def test_a_print_task_prints_every_page_off_the_gui_thread(qtbot, qapp, tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "printed.pdf")
    task = Task(printing_work([_source(tmp_path / "in.pdf", 3)], printer))
    threads: set[threading.Thread] = set()
    task.signals.progress.connect(
        lambda *_: threads.add(threading.current_thread()), Qt.ConnectionType.DirectConnection
    )

    with qtbot.waitSignal(task.signals.finished, timeout=30_000) as finished:
        start(task)

    assert finished.args == [3]
    assert threading.main_thread() not in threads
    with pikepdf.open(tmp_path / "printed.pdf") as pdf:
        assert len(pdf.pages) == 3


def test_the_parts_of_a_split_packet_print_as_one_job(tmp_path) -> None:
    parts = [_source(tmp_path / "part1.pdf", 2), _source(tmp_path / "part2.pdf", 3)]

    printer = _pdf_printer(tmp_path / "printed.pdf")
    assert print_pdf(parts, printer, lambda *_: None, lambda: False) == 5

    with pikepdf.open(tmp_path / "printed.pdf") as pdf:
        assert len(pdf.pages) == 5


def test_pages_are_rendered_at_the_printer_resolution_on_white(tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "printed.pdf", dpi=100)

    print_pdf([_source(tmp_path / "in.pdf", 1)], printer, lambda *_: None, lambda: False)

    with pikepdf.open(tmp_path / "printed.pdf") as pdf:
        [image] = [pikepdf.PdfImage(obj) for obj in pdf.pages[0].get_images().values()]
        assert image.width == pytest.approx(printer.pageRect(QPrinter.Unit.DevicePixel).width(), 2)
        assert "/SMask" not in image.obj  # opaque: nothing for a printer to show as black
        assert image.as_pil_image().convert("RGB").getpixel((5, 5)) == (255, 255, 255)


def test_cancelling_aborts_the_print_between_pages(tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "printed.pdf")
    printed: list[int] = []

    with pytest.raises(PrintCancelledError):
        print_pdf(
            [_source(tmp_path / "in.pdf", 4)],
            printer,
            lambda done, total: printed.append(done),
            lambda: len(printed) >= 1,
        )

    assert printed == [1]


def test_an_unreadable_packet_is_a_message_not_a_crash(tmp_path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")

    with pytest.raises(UserFacingError, match="could not be read"):
        print_pdf([broken], _pdf_printer(tmp_path / "out.pdf"), lambda *_: None, lambda: False)
