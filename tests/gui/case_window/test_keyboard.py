"""The main flows walked with the keyboard only: open a recent case with Enter, leave tables with
Tab, remove and undo, paste a status, export — window shortcuts working wherever focus is, and
Enter in a spin box never pressing a dialog's default button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QSpinBox, QVBoxLayout

from desktop_app.gui import keyboard, settings
from desktop_app.gui.app import file_actions
from desktop_app.gui.app.welcome import WelcomeWindow
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.services import documents, events, reading
from desktop_app.services.sample_case import LONG_REFUSED, build_sample_case
from tests.gui.case_windows import wait_until_opened
from tests.gui.fakes import FakeDialogs

CTRL = Qt.KeyboardModifier.ControlModifier


class EndOfLineOnCtrlE(QObject):
    """What X11's key bindings make a line edit do: claim Ctrl+E as "end of line"."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == CTRL
        ):
            event.accept()
            return True
        return False


def _active(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def welcome(qtbot, tmp_path: Path) -> WelcomeWindow:
    """The welcome window, with the sample case as its one recent case."""
    build_sample_case(tmp_path / "Santos.visacase").close()
    settings.remember_case(tmp_path / "Santos.visacase")
    window = WelcomeWindow(dialogs=FakeDialogs())
    qtbot.addWidget(window)
    _active(qtbot, window)
    return window


@pytest.fixture
def opened(qtbot, welcome: WelcomeWindow) -> MainWindow:
    """A case window opened from the welcome window's recent list with Enter alone."""
    assert welcome.recent.hasFocus()

    QTest.keyClick(welcome.recent, Qt.Key.Key_Return)

    [window] = wait_until_opened(qtbot)
    _active(qtbot, window)
    return window


def _export_spy(window: MainWindow) -> list[bool]:
    [export] = [
        a for a in window.findChildren(type(window.reveal_ids)) if a.text() == "&Export packet…"
    ]
    export.triggered.disconnect()  # the packet dialog itself is tested on its own
    pressed: list[bool] = []
    export.triggered.connect(lambda: pressed.append(True))
    return pressed


def test_window_shortcuts_work_from_the_search_box_even_where_it_claims_them(opened) -> None:
    field = opened.search.field
    claims = EndOfLineOnCtrlE(field)
    field.installEventFilter(claims)
    pressed = _export_spy(opened)
    field.setFocus()
    QTest.keyClicks(field, "bank")

    QTest.keyClick(field, Qt.Key.Key_E, CTRL)

    assert pressed == [True]
    assert field.text() == "bank"


def test_tab_leaves_the_documents_table_in_one_press(opened) -> None:
    table = opened.documents_view
    table.setFocus()
    table.selectRow(0)

    QTest.keyClick(table, Qt.Key.Key_Tab)

    assert not table.hasFocus()
    assert not table.tabKeyNavigation()


def test_remove_a_document_and_undo_it_from_the_keyboard(opened) -> None:
    table = opened.documents_view
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    before = documents.list_documents(opened.case)

    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert len(documents.list_documents(opened.case)) == len(before) - 1

    QTest.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert documents.list_documents(opened.case) == before


def test_paste_a_ceac_status_with_ctrl_shift_v_and_undo_it(opened) -> None:
    QGuiApplication.clipboard().setText(LONG_REFUSED)
    before = events.list_events(opened.case)
    opened.documents_view.setFocus()

    QTest.keyClick(opened.documents_view, Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)

    assert len(events.list_events(opened.case)) == len(before) + 1
    assert opened.statusBar().currentMessage().startswith("Status recorded")
    QTest.keyClick(opened.documents_view, Qt.Key.Key_Z, CTRL)
    assert events.list_events(opened.case) == before


def test_ctrl_f_then_typing_searches_and_ctrl_e_still_exports(opened) -> None:
    pressed = _export_spy(opened)
    opened.documents_view.setFocus()

    QTest.keyClick(opened.documents_view, Qt.Key.Key_F, CTRL)
    QTest.keyClicks(QApplication.focusWidget(), "salary")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)

    assert opened.search.field.text() == "salary"
    assert pressed == [True]


def test_enter_in_a_spin_box_never_presses_the_default_button(qtbot) -> None:
    keyboard.install(QApplication.instance())
    dialog = QDialog()
    qtbot.addWidget(dialog)
    pages = QSpinBox()
    pages.setRange(1, 9)
    save = QPushButton("Save as PDF…")
    save.setDefault(True)
    pressed: list[bool] = []
    save.clicked.connect(lambda: pressed.append(True))
    layout = QVBoxLayout(dialog)
    layout.addWidget(pages)
    layout.addWidget(save)
    _active(qtbot, dialog)
    pages.setFocus()

    QTest.keyClick(pages, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(pages, "4")
    QTest.keyClick(pages, Qt.Key.Key_Return)

    assert pages.value() == 4
    assert pressed == []
    assert dialog.isVisible()
    QTest.keyClick(save, Qt.Key.Key_Return)  # elsewhere Enter still means the default button
    assert pressed == [True]


def test_tab_reaches_a_suggestion_space_accepts_it_and_ctrl_w_returns_to_the_welcome_window(
    opened, welcome
) -> None:
    bank = next(d for d in documents.list_documents(opened.case) if d.kind == "bank_statement")
    table = opened.documents_view
    table.setFocus()
    while opened.documents_model.document(table.currentIndex().row()).id != bank.id:
        QTest.keyClick(table, Qt.Key.Key_Down)
    pending = [s for s in reading.list_suggestions(opened.case, bank.id) if s.status == "pending"]

    for _ in range(60):
        focused = QApplication.focusWidget()
        if focused.accessibleName() == "Accept suggestion":
            break
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    decided = {s.id: s.status for s in reading.list_suggestions(opened.case, bank.id)}
    assert decided[pending[0].id] == "accepted"
    assert opened.statusBar().currentMessage().startswith("Done: Accept")

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL)
    assert file_actions.OPEN_WINDOWS == []
    assert welcome.isVisible()


def test_the_filter_goes_on_the_application_once_however_many_windows_install_it(qapp) -> None:
    keyboard.install(qapp)
    keyboard.install(qapp)

    assert len(qapp.findChildren(keyboard._Keys)) == 1
