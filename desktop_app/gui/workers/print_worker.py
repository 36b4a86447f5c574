"""Printing a PDF page by page off the GUI thread, at the printer's own resolution.

Each page is rendered with QtPdf in the worker, at the size it takes on the printer's page in
device pixels (capped, so a 2400-dpi driver cannot ask for a gigabyte image), then painted onto
white (QtPdf renders with a transparent background) and drawn with a QPainter on the QPrinter.
Qt allows painting on a QPrinter from another thread; the GUI thread leaves the printer alone
until the task has finished. Cancel aborts the print job between pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from desktop_app.errors import UserFacingError
from desktop_app.gui.workers.task import Work

MAX_DPI = 600
"""Above this a page image costs more memory than any printer's output gains from it."""


class PrintCancelledError(UserFacingError):
    """The user pressed Cancel; the print job was aborted."""


def print_pdf(
    pdfs: list[Path],
    printer: QPrinter,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> int:
    """Print every page of ``pdfs`` (the parts of one packet) as one job on ``printer``;
    returns the number of pages printed."""
    documents = [_load(pdf) for pdf in pdfs]
    pages = [(document, n) for document in documents for n in range(document.pageCount())]
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise UserFacingError("The printer could not be started; check that it is ready.")
        for done, (document, n) in enumerate(pages):
            if cancelled():
                printer.abort()
                raise PrintCancelledError("Printing was cancelled.")
            if done:
                printer.newPage()
            _paint_page(painter, document, n)
            progress(done + 1, len(pages))
    finally:
        if painter.isActive():
            painter.end()
        for document in documents:
            document.close()
    return len(pages)


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
