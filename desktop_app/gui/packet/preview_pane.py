"""The live preview of the packet: the real built PDF in a QPdfView, with page navigation.

Each build is a new file; the pane loads it and only then deletes the one it showed before, so
the view never points at a file that is being written. While the window masks identifiers, the
PDF shown is built with them masked too, and a note above the pages says that the packet saved
or printed has them in full.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfPageSelector, QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.gui import colours


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Avoids QPdfView spinning in show() at some sizes (see toolchain notes).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Packet preview"))
        self.pages = QPdfPageSelector()
        self.pages.setDocument(self.document)
        self.pages.setAccessibleName(self.tr("Go to page"))
        self.pages.currentPageChanged.connect(self._go_to)
        self.view.pageNavigator().currentPageChanged.connect(self.pages.setCurrentPage)
        self.of_pages = QLabel()
        self.status = QLabel(self.tr("Building the preview…"))
        self.status.setAccessibleName(self.tr("Preview status"))
        self.status.setWordWrap(True)  # a long message wraps rather than squeeze "of 9"
        self.masked_note = QLabel(
            self.tr(
                "Identifiers are masked in the preview, as in the window; the packet you save "
                "or print has them in full."
            )
        )
        self.masked_note.setWordWrap(True)
        colours.mute(self.masked_note)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.pages)
        bar.addWidget(self.of_pages)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.masked_note)
        layout.addWidget(self.view, 1)
        self.shown: Path | None = None

    def show_pdf(self, path: Path, summary: str) -> bool:
        """Show the PDF at ``path``; the previously shown file is deleted once replaced."""
        previous = self.shown
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            self.status.setText(self.tr("The preview could not be opened."))
            return False
        self.shown = path
        if previous is not None and previous != path:
            previous.unlink(missing_ok=True)
        self.pages.setCurrentPage(0)
        self.of_pages.setText(self.tr("of {0}").format(self.document.pageCount()))
        self.status.setText(summary)
        return True

    def show_masked_note(self, shown: bool) -> None:
        self.masked_note.setVisible(shown)

    def release(self) -> None:
        self.document.close()
        self.shown = None

    def _go_to(self, page: int) -> None:
        if page != self.view.pageNavigator().currentPage():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
