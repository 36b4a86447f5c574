"""Keys that behave the same wherever focus is: the app's part of keyboard use.

``install`` makes one filter follow focus (once, however many windows call it): it goes on the
focused widget and on its dialog, the only objects whose key events it looks at, as focus
arrives. A filter on the whole application would be called for every event of every object —
and wrapping each object for Python the first time sets up the enums of every widget class,
~30 ms before the first window is on screen. What it does with a key is ``key_rules``, loaded
with the first key pressed (or once a case window's first frame is drawn, ``file_actions``).
"""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class _Keys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            return load_rules().window_takes(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(watched, QDialog):
            return load_rules().enter_in_spin_box(event)
        return False


INSTALLED = "visacaseKeyboardFilter"  # the application's property: the filter follows focus


def install(app: QApplication) -> None:
    """Make the keyboard filter follow focus, once."""
    if app.property(INSTALLED):
        return
    keys = _Keys(app)
    app.focusChanged.connect(lambda _old, now: _watch(keys, now))
    app.setProperty(INSTALLED, True)
    _watch(keys, app.focusWidget())


def _watch(keys: _Keys, focused: QWidget | None) -> None:
    """Filter the focused widget's events, and its dialog's (Enter reaches the dialog after
    the field ignores it); installing again puts the filter first."""
    if focused is None:
        return
    focused.installEventFilter(keys)
    dialog = focused.window()
    if isinstance(dialog, QDialog):
        dialog.installEventFilter(keys)


def load_rules() -> ModuleType:
    """What the filter does with a key (``key_rules``), loaded the first time it is asked for."""
    from desktop_app.gui import key_rules

    return key_rules
