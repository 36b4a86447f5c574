"""A window opens at the size it reads best at where its screen has room for it, and within the
screen, its frame included, where the screen is smaller: the case window asks for 1280×800, which
a 1280×800 laptop cannot show with a title bar, nor a 1280×720 one (a 1920×1080 screen at 150 %)
at all, so there it opens maximized. The tests' screens are those two laptops
(``tests/screens.json``)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.dialogs.help_dialogs import GuideDialog
from desktop_app.gui.window_size import FRAME_ROOM, resize_within_screen
from tests.gui.fakes import FakeDialogs
from tests.gui.layouts import sample_case
from tests.gui.packets import shown_packet_dialog


def _fits(widget: QWidget) -> bool:
    room = widget.screen().availableGeometry()
    return (
        widget.width() + FRAME_ROOM <= room.width()
        and widget.height() + FRAME_ROOM <= room.height()
    )


def _small_laptop():
    return next(s for s in QGuiApplication.screens() if s.availableGeometry().height() == 720)


def test_on_a_laptop_the_case_window_opens_maximized_and_restores_within_the_screen(
    qtbot, tmp_path
) -> None:
    window = MainWindow(sample_case(tmp_path), dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()

    assert room.height() < 800 + FRAME_ROOM  # less than the window asks for, its frame included
    assert window.isMaximized()
    assert window.frameGeometry().height() <= room.height()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized())
    assert _fits(window)
    window.close()


def test_a_case_window_put_back_where_the_user_left_it_is_not_maximized(qtbot, tmp_path) -> None:
    first = MainWindow(sample_case(tmp_path), dialogs=FakeDialogs())
    qtbot.addWidget(first)
    first.showNormal()
    first.resize(900, 600)
    first.close()  # its place is saved

    window = MainWindow(dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert not window.isMaximized()
    assert (window.width(), window.height()) == (900, 600)


def test_the_packet_dialog_opens_within_its_screen(qtbot, packed_case) -> None:
    dialog = shown_packet_dialog(qtbot, packed_case)

    assert _fits(dialog)
    dialog.close()


def test_a_window_its_screen_has_room_for_gets_the_size_it_asks_for(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)

    assert (dialog.width(), dialog.height()) == (720, 640)


def test_on_a_smaller_screen_only_the_side_it_lacks_is_shortened(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setScreen(_small_laptop())

    assert not resize_within_screen(widget, 1000, 800)
    assert (widget.width(), widget.height()) == (1000, 720 - FRAME_ROOM)
    assert resize_within_screen(widget, 900, 600)
    assert (widget.width(), widget.height()) == (900, 600)
