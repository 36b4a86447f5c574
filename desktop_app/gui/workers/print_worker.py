"""Printing a packet off the GUI thread: the PDF itself where the system takes PDF, else pages.

On a CUPS queue (Linux, macOS) the chosen pages go to the queue as one PDF through
``services.printing``: the job is about the packet's size and keeps its text. Only where the
platform needs it (Windows, and Qt's own "print to file") is each chosen page rendered with
QtPdf at the size it takes on the printer's page in device pixels (capped, so a 2400-dpi driver
cannot ask for a gigabyte image), painted onto white (QtPdf renders with a transparent
background) and drawn with a QPainter on the QPrinter. Qt allows painting on a QPrinter from
another thread; the GUI thread leaves the printer alone until the task has finished. Either
way the page range and copies come from the print dialog, and Cancel stops between pages.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop_app.errors import UserFacingError
from desktop_app.gui.workers.task import Work
from desktop_app.services import printing
from desktop_app.services.printing import PrintCancelledError, Printed

MAX_DPI = 600
"""Above this a page image costs more memory than any printer's output gains from it."""

SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexAuto: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


def print_pdf(
    pdfs: list[Path],
    printer: QPrinter,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Printed:
    """Print the pages of ``pdfs`` (the parts of one packet) chosen in the print dialog as one
    job on ``printer``."""
    total = printing.page_count(pdfs)
    pages = printing.chosen_pages(page_ranges(printer), total)
    if is_cups_queue(printer):
        return _send_pdf(pdfs, pages, total, printer, progress, cancelled)
    _rasterize(pdfs, pages, printer, progress, cancelled)
    name = printer.outputFileName()
    destination = Path(name).name if name else printer.printerName()
    return Printed(pages, total, printer.copyCount(), destination)


def page_ranges(printer: QPrinter) -> list[tuple[int, int]]:
    """The pages asked for in the print dialog (inclusive, from 1); empty for all."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return []
    return [(chosen.from_, chosen.to) for chosen in printer.pageRanges().toRangeList()]


def is_cups_queue(printer: QPrinter) -> bool:
    """A real printer on a system that prints PDF, not Qt's own PDF writer."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and not printer.outputFileName()
        and bool(printer.printerName())
        and printing.accepts_pdf()
    )


def _send_pdf(
    pdfs: list[Path],
    pages: tuple[int, ...],
    total: int,
    printer: QPrinter,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Printed:
    job = printing.PrintJob(
        queue=printer.printerName(),
        copies=printer.copyCount(),
        collate=printer.collateCopies(),
        sides=SIDES.get(printer.duplex(), "one-sided"),
        title=pdfs[0].stem,
    )
    with tempfile.TemporaryDirectory(prefix="visacase-print-") as folder:
        sent = printing.write_pages(pdfs, pages, Path(folder) / "job.pdf", progress, cancelled)
        if cancelled():
            raise PrintCancelledError("Printing was cancelled.")
        printing.submit(sent, job)  # lp has copied the file to the spool when it returns
        size = sent.stat().st_size
    return Printed(pages, total, job.copies, job.queue, size)


def _rasterize(
    pdfs: list[Path],
    pages: Sequence[int],
    printer: QPrinter,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> None:
    documents = [_load(pdf) for pdf in pdfs]
    every = [(document, n) for document in documents for n in range(document.pageCount())]
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserFacingError("The printer could not be started; check that it is ready.")
        for done, page in enumerate(pages):
            if cancelled():
                printer.abort()
                raise PrintCancelledError("Printing was cancelled.")
            if done:
                printer.newPage()
            _paint_page(painter, *every[page - 1])
            progress(done + 1, len(pages))
    finally:
        if painter.isActive():
            painter.end()
        for document in documents:
            document.close()


def _load(pdf: Path) -> QPdfDocument:
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise UserFacingError("The packet could not be read for printing; build it again.")
    return document


def _paint_page(painter: QPainter, document: QPdfDocument, n: int) -> None:
    """Fit page ``n`` into the printable area, keeping its shape, on a white background."""
    area = QRectF(painter.viewport())
    points = document.pagePointSize(n)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(area.center())
    pixels = scale * min(1.0, MAX_DPI / (scale * 72))
    size = QSize(max(1, round(points.width() * pixels)), max(1, round(points.height() * pixels)))
    painter.drawImage(target, _on_white(document.render(n, size)))


def _on_white(rendered: QImage) -> QImage:
    """QtPdf leaves the page transparent; printers and PDF writers want an opaque page."""
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    with_white = QPainter(page)
    with_white.drawImage(0, 0, rendered)
    with_white.end()
    return page


def printing_work(pdfs: list[Path], printer: QPrinter) -> Work:
    """The work of printing ``pdfs``, for a task; keep ``printer`` alive and untouched until the
    task reports back."""
    return lambda progress, cancelled: print_pdf(pdfs, printer, progress, cancelled)


def finished_message(printed: Printed) -> str:
    """ "Printed pages 2–3 of 14 on PDF." — what was printed, as the user can check it."""
    if len(printed.pages) == printed.total:
        text = QWidget.tr("Printed all {0} pages on {2}.")
    else:
        text = QWidget.tr("Printed pages {1} of {0} on {2}.")
    text = text.format(printed.total, printing.page_list(printed.pages), printed.destination)
    if printed.copies > 1:
        text += " " + QWidget.tr("{0} copies of each.").format(printed.copies)
    return text
