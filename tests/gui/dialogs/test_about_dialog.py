"""Help → About shows the version, the GPL, every third-party notice, and Qt's own About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import __version__
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.dialogs.about_dialog import AboutDialog
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


def test_about_shows_the_version_the_licence_and_the_notices(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"VisaCase {__version__}" in dialog.heading.text()
    assert "GNU General Public License, version 3" in dialog.heading.text()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    shown = dialog.notices.toPlainText()
    for component in (
        "extract-msg",
        "PySide6_Essentials",
        "img2pdf",
        "Qt 6: LGPL-3.0",
        "Tesseract",
    ):
        assert component in shown


def test_the_built_app_shows_the_notices_it_was_built_with(qtbot, tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text("the licence\n")
    (tmp_path / "THIRD-PARTY-NOTICES.txt").write_text("what the build shipped\n")
    dialog = AboutDialog(root=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.licence.toPlainText() == "the licence\n"
    assert dialog.notices.toPlainText() == "what the build shipped\n"


def test_about_qt_opens_qts_own_about_box_over_the_dialog(qtbot, tmp_path: Path) -> None:
    asked: list[QWidget] = []
    dialog = AboutDialog(root=tmp_path, about_qt=asked.append)
    qtbot.addWidget(dialog)
    dialog.about_qt_button.click()
    assert asked == [dialog]


def test_the_help_menu_opens_about_and_offers_about_qt(qtbot, case: CaseFile) -> None:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    about, about_qt = help_menu.actions()[-2:]
    assert about_qt.menuRole() == QAction.MenuRole.AboutQtRole
    about.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    shown = QApplication.activeModalWidget()
    assert shown.parent() is window and shown.isVisible()
    shown.close()
