"""A progress bar with its Cancel button, following one background task at a time.

It shows only while a task runs; Cancel asks the task to stop at its next check. Whatever way
the task ends — finished, failed or cancelled — ``idle`` tells the owner it may start another.
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
        self.hide()

    def follow(self, task: Task, text: str) -> None:
        """Show ``text`` ("Printing page {0} of {1}…") as ``task`` reports; call before it runs."""
        self.task = task
        task.signals.progress.connect(lambda done, total: self._progress(text, done, total))
        for ended in (task.signals.finished, task.signals.failed, task.signals.crashed):
            ended.connect(self._ended)
        self.bar.setRange(0, 0)
        self.show()
        self.started.emit(task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, text: str, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.bar.setFormat(text.format(done, total))

    def _ended(self) -> None:
        self.task = None
        self.hide()
        self.idle.emit()
