"""Paints one timeline row: the date, the line with its dot, a status chip, the text, the days.

Painting rows instead of placing widgets in them is what lets thousands of events scroll
smoothly: only the visible rows are painted, from a few cached fonts and metrics. Colours are
mixed from the current palette and a hue per tone, so chips read well in light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.gui.models.timeline_model import RowRole
from desktop_app.gui.models.timeline_rows import RowKind, TimelineRow, Tone

Index = QModelIndex | QPersistentModelIndex
HUES = {
    Tone.REFUSED: QColor("#d64541"),
    Tone.PENDING: QColor("#e0a100"),
    Tone.APPROVED: QColor("#2e9d4f"),
}
DATE_WIDTH = 92
LINE_GAP = 14
PADDING = 7
DOT_RADIUS = 5


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def hue(tone: Tone, palette: QPalette) -> QColor:
    if tone == Tone.DEADLINE:
        return palette.color(QPalette.ColorRole.Highlight)
    if tone == Tone.NEUTRAL:
        return mix(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.45
        )
    return HUES[tone]


def chip_colours(tone: Tone, palette: QPalette) -> tuple[QColor, QColor]:
    """Background and text of a chip: a tint of the hue on the base, the hue deepened in text."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    colour = hue(tone, palette)
    if tone == Tone.NEUTRAL:
        return mix(base, text, 0.09), text
    return mix(base, colour, 0.2), mix(colour, text, 0.45)


class TimelineDelegate(QStyledItemDelegate):
    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return option.font, bold, small

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        line = QFontMetrics(option.font).height()
        row: TimelineRow = index.data(RowRole)
        if row.kind == RowKind.TODAY:
            return QSize(400, line + 2 * PADDING)
        return QSize(400, 2 * line + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: TimelineRow = index.data(RowRole)
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = mix(palette.color(QPalette.ColorRole.Base), ink, 0.62) if not selected else ink
        plain, bold, small = self._fonts(option)
        rect = option.rect
        line_height = QFontMetrics(plain).height()
        first_y = rect.top() + PADDING + line_height // 2
        if row.kind == RowKind.TODAY:
            first_y = rect.center().y()
        x = rect.left() + DATE_WIDTH + LINE_GAP
        self._draw_line(painter, index, x, rect, first_y, row, palette)
        self._draw_date(
            painter,
            row,
            rect,
            line_height,
            bold if row.kind == RowKind.TODAY else plain,
            ink,
            muted,
        )
        if row.kind == RowKind.TODAY:
            self._draw_today(painter, row, rect, x, first_y, small, palette)
        else:
            self._draw_dot(painter, x, first_y, row, palette)
            self._draw_text(
                painter, row, rect, x + LINE_GAP, (plain, bold, small), ink, muted, palette
            )
        painter.restore()

    def _draw_line(
        self,
        painter: QPainter,
        index: Index,
        x: int,
        rect: QRect,
        dot_y: int,
        row: TimelineRow,
        palette: QPalette,
    ) -> None:
        colour = mix(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.3
        )
        """Solid through the past, dashed from today on; it starts and ends at the outer dots."""
        last = index.row() == index.model().rowCount() - 1
        top = dot_y if index.row() == 0 else rect.top()
        bottom = dot_y if last else rect.bottom() + 1
        ahead = row.kind == RowKind.DEADLINE and row.tone != Tone.NEUTRAL
        solid, dashed = QPen(colour, 2), QPen(colour, 2, Qt.PenStyle.DashLine)
        if row.kind == RowKind.TODAY:
            painter.setPen(solid)
            painter.drawLine(x, top, x, dot_y)
            top = dot_y
        painter.setPen(dashed if ahead or row.kind == RowKind.TODAY else solid)
        if bottom > top:
            painter.drawLine(x, top, x, bottom)

    def _draw_date(
        self,
        painter: QPainter,
        row: TimelineRow,
        rect: QRect,
        line_height: int,
        font: QFont,
        ink: QColor,
        muted: QColor,
    ) -> None:
        painter.setFont(font)
        painter.setPen(ink if row.kind != RowKind.DEADLINE else muted)
        box = QRect(rect.left() + 4, rect.top() + PADDING, DATE_WIDTH - 4, line_height)
        if row.kind == RowKind.TODAY:
            box.moveCenter(QRect(box.left(), rect.top(), box.width(), rect.height()).center())
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            row.day.strftime("%d %b %Y"),
        )

    def _draw_dot(
        self, painter: QPainter, x: int, y: int, row: TimelineRow, palette: QPalette
    ) -> None:
        colour = hue(row.tone, palette)
        base = palette.color(QPalette.ColorRole.Base)
        if row.kind == RowKind.DEADLINE:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(base)
        else:
            painter.setPen(QPen(base, 2))
            painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, y), DOT_RADIUS, DOT_RADIUS)

    def _draw_today(
        self,
        painter: QPainter,
        row: TimelineRow,
        rect: QRect,
        x: int,
        y: int,
        font: QFont,
        palette: QPalette,
    ) -> None:
        """A line across the row in the accent colour, labelled on a pill at its start."""
        colour = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(x, y, rect.right() - PADDING, y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, y), DOT_RADIUS + 1, DOT_RADIUS + 1)
        metrics = QFontMetrics(font)
        pill = QRect(0, 0, metrics.horizontalAdvance(row.chip) + 16, metrics.height() + 2)
        pill.moveCenter(QRect(x + LINE_GAP, y, pill.width(), 0).center())
        pill.moveLeft(x + LINE_GAP)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, row.chip)

    def _draw_text(
        self,
        painter: QPainter,
        row: TimelineRow,
        rect: QRect,
        left: int,
        fonts: tuple[QFont, QFont, QFont],
        ink: QColor,
        muted: QColor,
        palette: QPalette,
    ) -> None:
        plain, bold, small = fonts
        line_height = QFontMetrics(plain).height()
        top = rect.top() + PADDING
        right = rect.right() - PADDING
        aside_width = QFontMetrics(bold).horizontalAdvance(row.aside) if row.aside else 0
        aside_left = right - aside_width
        if row.aside:
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(
                QRect(aside_left, top, aside_width, line_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                row.aside,
            )
        chip_metrics = QFontMetrics(small)
        chip_text = chip_metrics.elidedText(row.chip, Qt.TextElideMode.ElideRight, 180)
        chip = QRect(left, top, chip_metrics.horizontalAdvance(chip_text) + 14, line_height)
        background, foreground = chip_colours(row.tone, palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, line_height / 2, line_height / 2)
        painter.setFont(small)
        painter.setPen(foreground)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        title_left = chip.right() + 8
        title_width = max(aside_left - 8 - title_left, 0)
        upcoming = row.kind == RowKind.DEADLINE and row.tone != Tone.NEUTRAL
        painter.setFont(bold if upcoming else plain)
        painter.setPen(ink)
        painter.drawText(
            QRect(title_left, top, title_width, line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(row.title, Qt.TextElideMode.ElideRight, title_width),
        )
        detail_top = top + line_height + PADDING // 2
        painter.setFont(small)
        painter.setPen(muted)
        width = max(right - left, 0)
        painter.drawText(
            QRect(left, detail_top, width, line_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            chip_metrics.elidedText(row.detail, Qt.TextElideMode.ElideRight, width),
        )
