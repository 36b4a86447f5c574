"""Work a window's first frame does not need, done once that frame is on screen.

A zero-timer started at ``show()`` is too early for that: Qt paints a new window when the window
system reports it exposed, a turn or two of the event loop later, so work queued at ``show()``
runs before the first paint and the window appears no sooner. ``after_first_frame`` waits for
the window's first paint event and queues the work behind it, to run once the frame is drawn. A
window the window system does not expose (minimised, or covered on an X server without a
compositor) gets its work ``LATEST_MS`` after it was asked for all the same. The work runs once,
and never after its window has been deleted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 200


def after_first_frame(
    window: QWidget, work: Callable[[], None], *, latest_ms: int = LATEST_MS
) -> None:
    """Run ``work`` once ``window`` (about to be shown, or just shown) has first been painted,
    or ``latest_ms`` from now if it has not been by then."""
    _FirstPaint(window, work, latest_ms)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None], latest_ms: int) -> None:
        super().__init__(window)  # deleted with the window, and its timers with it
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # behind the rest of the frame
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()
            self.deleteLater()
