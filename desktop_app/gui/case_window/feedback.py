"""One sentence in the status bar after every completed action: what was done, where it went.

The message is transient (it goes after a few seconds, or when the next one comes), so the bar's
permanent parts — the next deadline, a task's progress and Cancel — are never covered for long.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from desktop_app.gui.packet.packet_dialog import PacketDialog

SHOWN_MS = 5000


def tell(window: QMainWindow, message: str) -> None:
    window.statusBar().showMessage(message, SHOWN_MS)


def follow_packet_dialog(window: QMainWindow, dialog: PacketDialog | None) -> None:
    """Printing and marking the packet submitted are confirmed in the case window's bar."""
    if dialog is None:
        return
    dialog.printed.connect(
        lambda pages: tell(window, QWidget.tr("Printed {0} page(s) of the packet.").format(pages))
    )
    dialog.submitted.connect(
        lambda _event: tell(window, QWidget.tr("The packet is recorded as submitted today."))
    )
