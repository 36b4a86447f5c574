"""The welcome window of a launch straight into a case (``visacase FILE``, ``--sample``).

The case window is on screen sooner without a welcome window behind it: ``WelcomeLater`` stands
in for it (it can ask questions, as a host of ``file_actions`` must) and builds it — loading its
module, with the list and button classes it names — only when it is first shown, when the last
case window closes or the case could not be opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.gui.dialogs.asking import Dialogs

if TYPE_CHECKING:
    from desktop_app.gui.app.welcome import WelcomeWindow


class WelcomeLater:
    """The welcome window of a launch straight into a case, built only when it is first shown:
    the case window is on screen sooner without it."""

    def __init__(self) -> None:
        self.dialogs = Dialogs()
        self.window: WelcomeWindow | None = None

    def show_again(self) -> None:
        if self.window is None:
            from desktop_app.gui.app.welcome import WelcomeWindow

            self.window = WelcomeWindow()
            self.window.show()
        else:
            self.window.show_again()
