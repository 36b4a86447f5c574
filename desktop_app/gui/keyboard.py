"""Keys that behave the same wherever focus is: the app's part of keyboard use.

- A window's shortcuts win over a text field's own key bindings, except the editing keys a field
  needs (undo, copy, paste, select all…): on X11 a line edit takes Ctrl+E as "end of line", so
  Export did nothing while focus was in the search box, where it lands when a case opens. A
  read-only field keeps only copying and selecting, so Ctrl+Z there undoes the window's last step.
- Enter in a spin box takes the typed value and nothing more: it never presses a dialog's
  default button (the packet dialog's page box used to open Save as PDF).
- Tab leaves a table or list instead of walking it cell by cell.

``install`` makes one filter follow focus (once, however many windows call it): it goes on the
focused widget and on its dialog, the only objects whose key events it looks at, as focus
arrives. A filter on the whole application would be called for every event of every object —
and wrapping each object for Python the first time sets up the enums of every widget class,
~30 ms before the first window is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Key = QKeySequence.StandardKey
EDITING_KEYS = (
    Key.Undo,
    Key.Redo,
    Key.Cut,
    Key.Copy,
    Key.Paste,
    Key.SelectAll,
    Key.Delete,
    Key.Backspace,
    Key.DeleteStartOfWord,
    Key.DeleteEndOfWord,
)
READING_KEYS = (Key.Copy, Key.SelectAll)
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _Keys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and isinstance(watched, TEXT_FIELDS):
            return _window_takes(watched, event)  # type: ignore[arg-type]
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QDialog)
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER
        ):
            return _in_spin_box(QApplication.focusWidget())
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


def leave_views_with_tab(window: QWidget) -> None:
    """Tab moves on from every table and list in ``window`` (arrows still move inside)."""
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def _window_takes(field: QWidget, event: QKeyEvent) -> bool:
    """True (and the field does not claim the key) when the key is one of the window's
    shortcuts and not an editing key this field needs."""
    if not event.modifiers() & COMMAND_MODIFIERS:
        return False  # typing stays in the field
    keeps = READING_KEYS if field.isReadOnly() else EDITING_KEYS  # type: ignore[attr-defined]
    if any(event.matches(key) for key in keeps):
        return False
    pressed = QKeySequence(event.keyCombination())
    if pressed in _shortcuts(field.window()):
        event.ignore()
        return True
    return False


def _shortcuts(window: QWidget) -> list[QKeySequence]:
    keys = [
        key
        for action in window.findChildren(QAction)
        if action.isEnabled() and action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut
        for key in action.shortcuts()
    ]
    keys += [s.key() for s in window.findChildren(QShortcut) if s.isEnabled()]
    return keys


def _in_spin_box(widget: QWidget | None) -> bool:
    while widget is not None and not widget.isWindow():
        if isinstance(widget, QAbstractSpinBox):
            return True
        widget = widget.parentWidget()
    return False
