"""Text colours worked out from the palette, so hints and states read in light and dark alike.

A fixed colour that reads well on white is nearly invisible on a dark palette, and a pale grey
that looks quiet fails on both. WCAG 2 asks for a contrast ratio of at least 4.5:1 for text;
a hint starts from a mix of the palette's own colours and is moved towards the palette's text
colour, in small steps, until it reaches that ratio on its background. A state's colour (a
checklist item, a timeline chip) is read at a glance and must still say red, amber or green: it
keeps its hue and saturation and is only made lighter on a dark background, darker on a light
one, until it reads at ``STATE_CONTRAST`` — moved towards a grey text colour it would fade.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MIN_CONTRAST = 4.5
STATE_CONTRAST = 6.0  # comfortably above the minimum, for colours read at a glance
STEPS = 20
WARNING = QColor("#b3261e")


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance: 0 for black, 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor, text: QColor) -> QColor:
    """``colour`` moved towards ``text`` just far enough to read on ``background``."""
    for step in range(STEPS + 1):
        tried = mix(colour, text, step / STEPS)
        if contrast(tried, background) >= MIN_CONTRAST:
            return tried
    return QColor(text)


def hint(palette: QPalette) -> QColor:
    """Quieter than the window's text (half way to the window colour), yet readable."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return readable(mix(window, text, 0.5), window, text)


def vivid(hue: QColor, background: QColor, target: float = STATE_CONTRAST) -> QColor:
    """``hue`` lighter (on a dark background) or darker (on a light one), its hue and saturation
    kept, just far enough to read at ``target`` on ``background``."""
    h, saturation, lightness, _ = hue.getHslF()
    lighten = contrast(QColor("white"), background) > contrast(QColor("black"), background)
    end = 1.0 if lighten else 0.0
    for step in range(2 * STEPS + 1):
        tried = QColor.fromHslF(h, saturation, lightness + (end - lightness) * step / (2 * STEPS))
        if contrast(tried, background) >= target:
            return tried
    return QColor("white" if lighten else "black")


def on_base(hue: QColor, palette: QPalette) -> QColor:
    """A hue (a state's red, amber or green) as text in a list or text field."""
    return vivid(hue, palette.color(QPalette.ColorRole.Base))


def warning(palette: QPalette) -> QColor:
    """The red of a warning line (a date that cannot be kept), readable on the window."""
    return readable(
        WARNING,
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.WindowText),
    )


def mute(widget: QWidget) -> None:
    """Show a hint label's text in the hint colour, kept when the application palette changes."""
    _Recoloured(widget, hint)


def warn(widget: QWidget) -> None:
    """Show a label's text in the warning colour, kept when the application palette changes."""
    _Recoloured(widget, warning)


class _Recoloured(QObject):
    def __init__(self, widget: QWidget, pick: Callable[[QPalette], QColor]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._pick = pick
        widget.installEventFilter(self)
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply()
        return False

    def _apply(self) -> None:
        palette = self._widget.palette()
        chosen = self._pick(QApplication.palette(self._widget))
        palette.setColor(QPalette.ColorRole.WindowText, chosen)
        self._widget.setPalette(palette)
