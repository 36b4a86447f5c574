"""A document's preview: PDFs in QPdfView with page and zoom controls, images scaled to fit,
emails as the pages the packet draws for them, anything else described. The packet's page
drawing (reportlab) loads with the first email shown, not with the window.

Pictures are scaled to the screen's device pixel ratio, so a 2x screen shows them sharp.

The bytes are copied from the case file to a private temporary folder for Qt to read; the folder
goes when the widget does.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kind_reading import EMAIL_TYPES
from desktop_app.errors import UserFacingError
from desktop_app.gui.widgets.page_thumbnails import PageThumbnails
from desktop_app.services import documents
from desktop_app.services.documents import DocumentView
from desktop_app.store.casefile import CaseFile


class Preview(QStackedWidget):
    def __init__(self, case: CaseFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case = case
        self._tmp = tempfile.TemporaryDirectory(prefix="visacase-preview-")
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Avoids QPdfView spinning in show() at some sizes (see toolchain notes).
        self.pdf_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pdf_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.placeholder = QLabel(
            self.tr(
                "Select a document to see it here.\n\n"
                "Drop scans, photos or PDFs on the window to add them."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        for widget in (self.placeholder, self._pdf_page(), scroll):
            self.addWidget(widget)
        self.setAccessibleName(self.tr("Document preview"))

    def _pdf_page(self) -> QWidget:
        """The PDF view under a slim bar: page n of N, zoom out / fit width / zoom in."""
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setMinimum(1)
        self.page_box.valueChanged.connect(lambda n: self.go_to_page(n - 1))
        self.page_count = QLabel()
        self.thumbnails = PageThumbnails(self.pdf)
        self.thumbnails.page_chosen.connect(self.go_to_page)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_shown)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_count)
        bar.addStretch(1)
        for text, name, slot in (
            ("−", self.tr("Zoom out"), lambda: self._zoom(1 / 1.25)),
            (self.tr("Fit width"), self.tr("Fit to width"), self._fit_width),
            ("+", self.tr("Zoom in"), lambda: self._zoom(1.25)),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        pages = QHBoxLayout()
        pages.addWidget(self.thumbnails)
        pages.addWidget(self.pdf_view, 1)
        layout.addLayout(pages, 1)
        return page

    def _page_shown(self, page: int) -> None:
        self.page_box.setValue(page + 1)
        self.thumbnails.show_current(page)

    def _zoom(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(min(8.0, max(0.1, self.pdf_view.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (from 0) of the PDF on screen."""
        if 0 <= page < self.pdf.pageCount():
            self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.zoomFactor())

    def release(self) -> None:
        """Close the shown PDF and delete the temporary copies."""
        self.pdf.close()
        self._tmp.cleanup()

    def show_document(self, doc: DocumentView) -> None:
        target = Path(self._tmp.name) / f"{doc.id}{Path(doc.original_name).suffix}"
        if doc.media_type in EMAIL_TYPES:
            if self._show_pdf(self._email_pages(doc)):
                return
        elif not target.exists():
            documents.write_document_bytes(self._case, doc.id, target)
        if doc.media_type == "application/pdf":
            if self._show_pdf(target):
                return
        elif doc.media_type.startswith("image/"):
            pixmap = QPixmap(str(target))
            if not pixmap.isNull():
                self.image.setPixmap(self._fitted(pixmap))
                self.setCurrentIndex(2)
                return
        self.placeholder.setText(
            self.tr("No preview for {0} ({1}).").format(doc.original_name, doc.media_type)
        )
        self.setCurrentIndex(0)

    def _fitted(self, pixmap: QPixmap) -> QPixmap:
        """The picture as wide as the pane, in device pixels so it is sharp on any screen."""
        ratio = self.devicePixelRatioF()
        width = max(200, self.width() - 40)
        fitted = pixmap.scaledToWidth(
            round(width * ratio), Qt.TransformationMode.SmoothTransformation
        )
        fitted.setDevicePixelRatio(ratio)
        return fitted

    def _email_pages(self, doc: DocumentView) -> Path | None:
        """The email drawn as the packet draws it (once per email shown), or None if it
        cannot be read."""
        from desktop_app.services import email_pages

        pages = Path(self._tmp.name) / f"{doc.id}-email.pdf"
        if not pages.exists():
            try:
                email_pages.write_email_preview(self._case, doc, pages)
            except UserFacingError:
                return None
        return pages

    def _show_pdf(self, path: Path | None) -> bool:
        """Show the PDF at ``path`` with its page bar; False if it cannot be shown."""
        if path is None:
            return False
        self.pdf.close()
        if self.pdf.load(str(path)) != QPdfDocument.Error.None_:
            return False
        self.page_box.setMaximum(max(1, self.pdf.pageCount()))
        self.page_count.setText(self.tr("of {0}").format(self.pdf.pageCount()))
        self.thumbnails.reload()
        self.thumbnails.setVisible(self.pdf.pageCount() > 1)
        self.setCurrentIndex(1)
        return True
