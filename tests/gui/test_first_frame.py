"""Work a window's first frame does not need runs once that frame is drawn, and only once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui.first_frame import LATEST_MS, after_first_frame


class Counted(QWidget):
    """A window that counts how often it was painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        self.painted += 1
        super().paintEvent(event)


def _later_than_the_latest(qtbot) -> None:
    """Let the event loop run past the time the work is promised by at the latest."""
    timer = QTimer()
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=LATEST_MS * 10):
        timer.start(LATEST_MS * 2)


def test_the_work_waits_for_the_first_paint(qtbot) -> None:
    window = Counted()
    qtbot.addWidget(window)
    paints_seen: list[int] = []
    after_first_frame(window, lambda: paints_seen.append(window.painted), latest_ms=60_000)

    window.show()
    assert paints_seen == []  # shown, not yet drawn

    qtbot.waitUntil(lambda: paints_seen != [])
    assert paints_seen[0] >= 1


def test_a_window_that_is_never_drawn_gets_its_work_all_the_same(qtbot) -> None:
    window = Counted()  # never shown: the window system never exposes it
    qtbot.addWidget(window)
    ran: list[bool] = []
    after_first_frame(window, lambda: ran.append(True))

    qtbot.waitUntil(lambda: ran != [], timeout=LATEST_MS * 10)
    assert window.painted == 0


def test_the_work_runs_once_though_the_window_is_drawn_and_the_time_is_up(qtbot) -> None:
    window = Counted()
    qtbot.addWidget(window)
    ran: list[bool] = []
    after_first_frame(window, lambda: ran.append(True))
    window.show()

    qtbot.waitUntil(lambda: window.painted > 0)
    _later_than_the_latest(qtbot)
    window.update()
    qtbot.waitUntil(lambda: window.painted > 1)
    QApplication.processEvents()

    assert ran == [True]


def test_no_work_runs_for_a_window_deleted_before_it_was_drawn(qtbot) -> None:
    window = Counted()
    ran: list[bool] = []
    after_first_frame(window, lambda: ran.append(True))

    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    _later_than_the_latest(qtbot)

    assert ran == []
