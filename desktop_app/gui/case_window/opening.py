"""What a case window shows while its case is being read: one plain sentence where the panes
will be, "Opening Okafor.visacase…", and the file's name in the title bar.

The window is on screen the moment the user asks for a case; the panes take its place as soon as
the case is read (``MainWindow.load``), so a slow disk or a large case never looks like nothing
happened. Nothing in the window acts on the case until then: its menus hold only New, Open,
Close and Help.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.gui import colours

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def show_opening(window: MainWindow, text: str) -> None:
    """Say ``text`` ("Opening …") in the middle of the window until its case is in."""
    window.setWindowTitle(QWidget.tr("VisaCase — {0}").format(text))
    label = QLabel(text)
    _centre(label)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    colours.mute(label)
    label.setAccessibleName(text)
    window.setCentralWidget(label)


def _centre(label: QLabel) -> None:
    """Centre the label's text, through its ``alignment`` property: given the flag's value as
    Qt's meta-object knows it, not as ``Qt.AlignmentFlag.AlignCenter``, whose namespace takes
    ~25 ms to set up for Python before the window could be on screen."""
    meta = QLabel.staticMetaObject
    alignment = meta.property(meta.indexOfProperty("alignment"))
    centre, _known = alignment.enumerator().keysToValue("AlignCenter")
    label.setProperty("alignment", centre)


def opening_text(name: str) -> str:
    return QWidget.tr("Opening {0}…").format(name)


def opening_sample_text() -> str:
    return QWidget.tr("Opening the sample case…")
