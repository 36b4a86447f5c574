"""A progress bar with its Cancel button, following one background task at a time.

It shows only while a task runs; Cancel asks the task to stop at its next check. It is a
progress row of ``run_in_background``, which ends it whatever way the task ends — finished,
failed, crashed or cancelled; ``idle`` then tells the owner it may start another.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop_app.gui.workers.task import Task


class TaskProgress(QWidget):
    started = Signal(object)
    idle = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.task: Task | None = None
        self._text = ""
        self.hide()

    def begin(self, task: Task, text: str) -> None:
        """Show ``text`` ("Printing page {0} of {1}…") as ``task`` reports; call before it runs."""
        self.task = task
        self._text = text
        task.signals.progress.connect(self._progress)  # a bound slot: gone with the widget
        self.bar.setRange(0, 0)
        self.show()
        self.started.emit(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setFormat(self._text.format(done, total))

    def end(self) -> None:
        self.task = None
        self.hide()
        self.idle.emit()
