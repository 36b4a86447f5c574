"""Paints one timeline row: the date, the line with its dot, a status chip, the text, the days.

Painting rows instead of placing widgets in them is what lets thousands of events scroll
smoothly: only the visible rows are painted, every row has the same height (so the view never
measures them all), and fonts, metrics and colours are worked out once per font and palette.
Colours are mixed from the palette and a hue per tone, so chips read well in light and dark.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.gui.colours import mix
from desktop_app.gui.models.timeline_model import RowRole
from desktop_app.gui.models.timeline_rows import RowKind, TimelineRow, Tone
from desktop_app.gui.translations import display_date

Index = QModelIndex | QPersistentModelIndex
HUES = {
    Tone.REFUSED: QColor("#d64541"),
    Tone.PENDING: QColor("#e0a100"),
    Tone.APPROVED: QColor("#2e9d4f"),
}
DATE_WIDTH = 92
"""The least room for the date column, in pixels; a larger font or longer month names get more."""
LINE_GAP = 14
PADDING = 7
DOT_RADIUS = 5


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


@dataclass(frozen=True)
class Look:
    """Fonts, metrics and colours for one font and palette, shared by every row painted."""

    plain: QFont
    bold: QFont
    small: QFont
    plain_metrics: QFontMetrics
    bold_metrics: QFontMetrics
    small_metrics: QFontMetrics
    ink: QColor
    muted: QColor
    rule: QColor
    base: QColor
    accent: QColor
    on_accent: QColor
    chips: dict[Tone, tuple[QColor, QColor]]
    dots: dict[Tone, QColor]
    date_width: int
    """Room for the widest date of the app's language in bold (today's), at least DATE_WIDTH."""

    @classmethod
    def of(cls, font: QFont, palette: QPalette) -> Look:
        plain, bold, small = QFont(font), QFont(font), QFont(font)  # the option's font dies
        bold.setBold(True)
        small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        base = QColor(palette.color(QPalette.ColorRole.Base))
        text = QColor(palette.color(QPalette.ColorRole.Text))
        return cls(
            plain,
            bold,
            small,
            QFontMetrics(plain),
            QFontMetrics(bold),
            QFontMetrics(small),
            text,
            mix(base, text, 0.62),
            mix(base, text, 0.3),
            base,
            QColor(palette.color(QPalette.ColorRole.Highlight)),
            QColor(palette.color(QPalette.ColorRole.HighlightedText)),
            {tone: chip_colours(tone, palette) for tone in Tone},
            {tone: hue(tone, palette) for tone in Tone},
            max(
                DATE_WIDTH,
                4
                + max(
                    QFontMetrics(bold).horizontalAdvance(display_date(dt.date(2026, month, 28)))
                    for month in range(1, 13)
                ),
            ),
        )

    @property
    def line(self) -> int:
        return self.plain_metrics.height()


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._looks: dict[tuple[str, int], Look] = {}

    def look(self, option: QStyleOptionViewItem) -> Look:
        key = (option.font.key(), option.palette.cacheKey())
        if key not in self._looks:
            self._looks[key] = Look.of(option.font, option.palette)
        return self._looks[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """One height for every row: two lines of text and some air."""
        return QSize(400, 2 * QFontMetrics(option.font).height() + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: TimelineRow = index.data(RowRole)
        look = self.look(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_MouseOver:
            widget = option.widget
            style = widget.style() if widget is not None else None
            if style is not None:
                style.drawPrimitive(
                    QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
                )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = look.on_accent if selected else look.ink
        muted = look.on_accent if selected else look.muted
        rect = option.rect
        today = row.kind == RowKind.TODAY
        dot_y = rect.center().y() if today else rect.top() + PADDING + look.line // 2
        x = rect.left() + look.date_width + LINE_GAP
        last = index.row() == index.model().rowCount() - 1
        self._draw_line(painter, look, row, rect, x, dot_y, index.row() == 0, last)
        painter.setFont(look.bold if today else look.plain)
        painter.setPen(muted if row.kind == RowKind.DEADLINE else ink)
        painter.drawText(
            QRect(rect.left() + 4, dot_y - look.line // 2, look.date_width - 4, look.line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            display_date(row.day),
        )
        if today:
            self._draw_today(painter, look, row, rect, x, dot_y)
        else:
            self._draw_dot(painter, look, row, x, dot_y)
            self._draw_text(painter, look, row, rect, x + LINE_GAP, ink, muted)
        painter.restore()

    def _draw_line(
        self,
        painter: QPainter,
        look: Look,
        row: TimelineRow,
        rect: QRect,
        x: int,
        dot_y: int,
        first: bool,
        last: bool,
    ) -> None:
        """Solid through the past, dashed from today on; it starts and ends at the outer dots."""
        top = dot_y if first else rect.top()
        bottom = dot_y if last else rect.bottom() + 1
        solid, dashed = QPen(look.rule, 2), QPen(look.rule, 2, Qt.PenStyle.DashLine)
        if row.kind == RowKind.TODAY:
            painter.setPen(solid)
            painter.drawLine(x, top, x, dot_y)
            top = dot_y
        ahead = row.kind == RowKind.TODAY or (
            row.kind == RowKind.DEADLINE and row.tone != Tone.NEUTRAL
        )
        painter.setPen(dashed if ahead else solid)
        if bottom > top:
            painter.drawLine(x, top, x, bottom)

    def _draw_dot(self, painter: QPainter, look: Look, row: TimelineRow, x: int, y: int) -> None:
        colour = look.dots[row.tone]
        if row.kind == RowKind.DEADLINE:
            painter.setPen(QPen(colour, 2))
            painter.setBrush(look.base)
        else:
            painter.setPen(QPen(look.base, 2))
            painter.setBrush(colour)
        painter.drawEllipse(QPointF(x, y), DOT_RADIUS, DOT_RADIUS)

    def _draw_today(
        self, painter: QPainter, look: Look, row: TimelineRow, rect: QRect, x: int, y: int
    ) -> None:
        """A line across the row in the accent colour, labelled on a pill at its start."""
        painter.setPen(QPen(look.accent, 2))
        painter.drawLine(x, y, rect.right() - PADDING, y)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.accent)
        painter.drawEllipse(QPointF(x, y), DOT_RADIUS + 1, DOT_RADIUS + 1)
        metrics = look.small_metrics
        height = metrics.height() + 2
        width = metrics.horizontalAdvance(row.chip) + 16
        pill = QRect(x + LINE_GAP, y - height // 2, width, height)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setFont(look.small)
        painter.setPen(look.on_accent)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, row.chip)

    def _draw_text(
        self,
        painter: QPainter,
        look: Look,
        row: TimelineRow,
        rect: QRect,
        left: int,
        ink: QColor,
        muted: QColor,
    ) -> None:
        """Chip, title and the days on the first line; whom it is about on the second."""
        line = look.line
        top = rect.top() + PADDING
        right = rect.right() - PADDING
        aside_width = look.bold_metrics.horizontalAdvance(row.aside) if row.aside else 0
        aside_left = right - aside_width
        if row.aside:
            painter.setFont(look.bold)
            painter.setPen(ink)
            painter.drawText(
                QRect(aside_left, top, aside_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                row.aside,
            )
        small = look.small_metrics
        chip_text = small.elidedText(row.chip, Qt.TextElideMode.ElideRight, 180)
        chip = QRect(left, top, small.horizontalAdvance(chip_text) + 14, line)
        background, foreground = look.chips[row.tone]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(chip, line / 2, line / 2)
        painter.setFont(look.small)
        painter.setPen(foreground)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)
        title_left = chip.right() + 8
        title_width = max(aside_left - 8 - title_left, 0)
        upcoming = row.kind == RowKind.DEADLINE and row.tone != Tone.NEUTRAL
        font, metrics = (
            (look.bold, look.bold_metrics) if upcoming else (look.plain, look.plain_metrics)
        )
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(
            QRect(title_left, top, title_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, title_width),
        )
        width = max(right - left, 0)
        painter.setFont(look.small)
        painter.setPen(muted)
        painter.drawText(
            QRect(left, top + line + PADDING // 2, width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small.elidedText(row.detail, Qt.TextElideMode.ElideRight, width),
        )
