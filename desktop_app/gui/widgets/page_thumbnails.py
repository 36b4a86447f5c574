"""Small pictures of a PDF's pages beside the preview; clicking one shows that page.

Thumbnails are drawn a few at a time between events, so a long statement never freezes the
window while its pages are drawn, and at the screen's device pixel ratio, so a 2x screen shows
them sharp rather than blown up from 1x.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

WIDTH = 96
PER_TICK = 4


class PageThumbnails(QListWidget):
    page_chosen = Signal(int)  # from 0

    def __init__(self, pdf: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf = pdf
        self._next = 0
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setIconSize(QSize(WIDTH, int(WIDTH * 1.3)))
        self.setFixedWidth(WIDTH + 36)
        self.setSpacing(4)
        self.setAccessibleName(self.tr("Pages"))
        self.currentRowChanged.connect(self._chosen)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_some)

    def reload(self) -> None:
        """One item per page of the document now loaded; pictures follow."""
        self._timer.stop()
        self.blockSignals(True)
        self.clear()
        for page in range(self._pdf.pageCount()):
            item = QListWidgetItem(str(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.addItem(item)
        self.blockSignals(False)
        self._next = 0
        if self.count():
            self._timer.start()

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.page_chosen.emit(row)

    def show_current(self, page: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(page)
        self.blockSignals(False)

    def _draw_some(self) -> None:
        for page in range(self._next, min(self._next + PER_TICK, self.count())):
            self.item(page).setIcon(QIcon(self._picture(page)))
        self._next += PER_TICK
        if self._next >= self.count():
            self._timer.stop()

    def _picture(self, page: int) -> QPixmap:
        """The page drawn on white (QtPdf leaves the background transparent), with one
        device pixel per screen pixel."""
        ratio = self.devicePixelRatioF()
        points = self._pdf.pagePointSize(page)
        height = int(WIDTH * points.height() / points.width()) if points.width() else WIDTH
        drawn = self._pdf.render(page, QSize(round(WIDTH * ratio), round(height * ratio)))
        sheet = QImage(drawn.size(), QImage.Format.Format_RGB32)
        sheet.fill(QColor("white"))
        painter = QPainter(sheet)
        painter.drawImage(0, 0, drawn)
        painter.end()
        picture = QPixmap.fromImage(sheet)
        picture.setDevicePixelRatio(ratio)
        return picture
