"""Which keys go where: the rules the keyboard filter (``keyboard``) applies as keys arrive.

- A window's shortcuts win over a text field's own key bindings, except the editing keys a field
  needs (undo, copy, paste, select all…): on X11 a line edit takes Ctrl+E as "end of line", so
  Export did nothing while focus was in the search box, where it lands when a case opens. A
  read-only field keeps only copying and selecting, so Ctrl+Z there undoes the window's last step.
- Enter in a spin box takes the typed value and nothing more: it never presses a dialog's
  default button (the packet dialog's page box used to open Save as PDF).
- Tab leaves a table or list instead of walking it cell by cell.

It loads with the first key pressed (or the first case shown), not with the first window: what
it names — Qt's namespace, whose Python enums alone take ~25 ms to set up, key sequences, the
text field classes — is not needed to put a window on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
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


def window_takes(watched: QObject, event: QEvent) -> bool:
    """For a key about to reach ``watched``: True (and the field does not claim it) when
    ``watched`` is a text field and the key is one of its window's shortcuts."""
    if not isinstance(watched, TEXT_FIELDS):
        return False
    return _window_takes(watched, event)  # type: ignore[arg-type]


def enter_in_spin_box(event: QEvent) -> bool:
    """For a key pressed in a dialog: True (the dialog does not see it) when it is Enter and the
    focus is in a spin box."""
    return (
        isinstance(event, QKeyEvent)
        and event.key() in ENTER
        and _in_spin_box(QApplication.focusWidget())
    )


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
