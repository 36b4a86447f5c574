"""What layout tests look for, at a laptop's 1280×800 and in a larger font: labels whose text
does not fit where they are drawn, and the application font made larger for a while."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop_app.store import casefile
from desktop_app.store.casefile import CaseFile

LAPTOP = (1280, 800)
SCALES = (1.0, 1.5)  # the default font, and one someone who asked for larger text uses
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample.visacase"


def sample_case(folder: Path) -> CaseFile:
    """A copy of the sample case the app ships: documents, suggestions, a timeline, a notice."""
    copy = folder / "Santos family.visacase"
    shutil.copy(SAMPLE, copy)
    return casefile.open_existing(copy)


@contextmanager
def larger_font(app: QApplication, scale: float) -> Iterator[None]:
    before = app.font()
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def cut(label: QLabel) -> bool:
    """Whether a shown label's text needs more room than it has: wider than the label on one
    line, or, wrapped, taller than it."""
    if not label.isVisible() or not label.text():
        return False
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height()
    return label.minimumSizeHint().width() > label.width()


def cut_labels(root: QWidget) -> list[str]:
    """The texts of the shown labels under ``root`` that do not fit."""
    return [label.text() for label in root.findChildren(QLabel) if cut(label)]
