"""A document's preview: PDFs in QPdfView, images scaled to fit, anything else described.

The bytes are copied from the case file to a private temporary folder for Qt to read; the folder
goes when the widget does.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QWidget

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
        for widget in (self.placeholder, self.pdf_view, scroll):
            self.addWidget(widget)
        self.setAccessibleName(self.tr("Document preview"))

    def release(self) -> None:
        """Close the shown PDF and delete the temporary copies."""
        self.pdf.close()
        self._tmp.cleanup()

    def show_document(self, doc: DocumentView) -> None:
        target = Path(self._tmp.name) / f"{doc.id}{Path(doc.original_name).suffix}"
        if not target.exists():
            documents.write_document_bytes(self._case, doc.id, target)
        if doc.media_type == "application/pdf":
            self.pdf.close()
            if self.pdf.load(str(target)) == QPdfDocument.Error.None_:
                self.setCurrentIndex(1)
                return
        elif doc.media_type.startswith("image/"):
            pixmap = QPixmap(str(target))
            if not pixmap.isNull():
                self.image.setPixmap(
                    pixmap.scaledToWidth(
                        max(200, self.width() - 40), Qt.TransformationMode.SmoothTransformation
                    )
                )
                self.setCurrentIndex(2)
                return
        self.placeholder.setText(
            self.tr("No preview for {0} ({1}).").format(doc.original_name, doc.media_type)
        )
        self.setCurrentIndex(0)
