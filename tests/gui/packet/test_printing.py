"""Printing a packet off the GUI thread where the platform needs pages: the chosen pages, on
white, at the printer's resolution."""

from __future__ import annotations

import threading
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen.canvas import Canvas

from desktop_app.errors import UserFacingError
from desktop_app.gui.workers.print_worker import (
    finished_message,
    is_cups_queue,
    print_pdf,
    printing_work,
)
from desktop_app.gui.workers.task import Task, start
from desktop_app.services.printing import PrintCancelledError, Printed


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

    assert finished.args[0].pages == (1, 2, 3)
    assert threading.main_thread() not in threads
    with pikepdf.open(tmp_path / "printed.pdf") as pdf:
        assert len(pdf.pages) == 3


def test_the_parts_of_a_split_packet_print_as_one_job(tmp_path) -> None:
    parts = [_source(tmp_path / "part1.pdf", 2), _source(tmp_path / "part2.pdf", 3)]

    printer = _pdf_printer(tmp_path / "printed.pdf")
    assert print_pdf(parts, printer, lambda *_: None, lambda: False).total == 5

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


def test_only_the_pages_chosen_in_the_dialog_are_printed(tmp_path) -> None:
    parts = [_source(tmp_path / "part1.pdf", 2), _source(tmp_path / "part2.pdf", 3)]
    printer = _pdf_printer(tmp_path / "printed.pdf")
    printer.setFromTo(2, 3)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)

    printed = print_pdf(parts, printer, lambda *_: None, lambda: False)

    assert printed == Printed(pages=(2, 3), total=5, copies=1, destination="printed.pdf")
    with pikepdf.open(tmp_path / "printed.pdf") as pdf:
        assert len(pdf.pages) == 2


def test_a_range_past_the_last_page_is_a_message(tmp_path) -> None:
    printer = _pdf_printer(tmp_path / "printed.pdf")
    printer.setFromTo(7, 9)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)

    with pytest.raises(UserFacingError, match="has 3 pages; choose pages between 1 and 3"):
        print_pdf([_source(tmp_path / "in.pdf", 3)], printer, lambda *_: None, lambda: False)


def test_printing_to_a_file_is_not_sent_to_a_print_queue(tmp_path) -> None:
    assert not is_cups_queue(_pdf_printer(tmp_path / "printed.pdf"))


@pytest.mark.parametrize(
    ("printed", "message"),
    [
        (Printed((2, 3), 14, 1, "PDF"), "Printed pages 2–3 of 14 on PDF."),
        (Printed((1, 2, 3), 3, 1, "PDF"), "Printed all 3 pages on PDF."),
        (
            Printed((1, 4, 5), 9, 2, "Office"),
            "Printed pages 1, 4–5 of 9 on Office. 2 copies of each.",
        ),
    ],
)
def test_the_finished_message_says_which_pages_went_where(printed: Printed, message: str) -> None:
    assert finished_message(printed) == message
