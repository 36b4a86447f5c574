"""Ctrl+V in a case window: a picture becomes a document, copied files are imported, and text is
read as a CEAC status page (shown with its meaning before anything is saved)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop_app.gui.case_window import import_flow
from desktop_app.gui.case_window.status_paste import paste_status

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def paste(window: MainWindow, mime: QMimeData) -> None:
    if window.case.read_only:
        window.dialogs.inform(QWidget.tr("Paste"), QWidget.tr("This case is open read-only."))
    elif mime.hasUrls() and any(url.isLocalFile() for url in mime.urls()):
        window.import_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
    elif mime.hasImage():
        _import_image(window, mime.imageData())
    else:
        paste_status(window, mime.text())


def _import_image(window: MainWindow, image: QImage) -> None:
    """Save the picture as a PNG named after the moment it was pasted, then import that file."""
    folder = Path(tempfile.mkdtemp(prefix="visacase-paste-"))
    path = folder / f"Pasted image {dt.datetime.now():%Y-%m-%d %H.%M.%S}.png"
    if not image.save(str(path), "PNG"):
        shutil.rmtree(folder, ignore_errors=True)
        window.dialogs.inform(QWidget.tr("Paste"), QWidget.tr("The picture could not be read."))
        return
    task = import_flow.import_paths(
        window, [path], on_end=lambda: shutil.rmtree(folder, ignore_errors=True)
    )
    if task is None:  # nothing started: the case file has gone
        shutil.rmtree(folder, ignore_errors=True)
