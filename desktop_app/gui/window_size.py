"""A top-level window's first size: what it reads best at, or the room its screen has.

A window asks for the size its panes read best at, but many laptops have less: 1280×800, or
1366×768 less a task bar, or a 1920×1080 screen at 150 % scaling, which Qt sees as 1280×720. Qt
does not shrink a window to its screen, so one taller than the room opens with its bottom (the
status bar, a dialog's buttons) under the task bar or below the screen's edge, where nobody
finds it. A dialog is made smaller; the case window, whose panes want every pixel, opens
maximized, as a small laptop's user would make it, its normal size within the screen for when
they restore it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_ROOM = 60  # the frame and title bar the system draws around a window, and a dock beside it


def resize_within_screen(widget: QWidget, width: int, height: int) -> bool:
    """Give ``widget`` the size ``width`` × ``height``, or less where its screen has less room;
    False when it had to be made smaller."""
    room = widget.screen().availableGeometry()
    size = (min(width, room.width() - FRAME_ROOM), min(height, room.height() - FRAME_ROOM))
    widget.resize(*size)
    return size == (width, height)
