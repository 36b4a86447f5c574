"""Every label, button and tick box fits its widget in each of the six languages, on a 1280×800
screen: a translation longer than the English is neither clipped nor allowed to push a window
past the screen's edge."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from desktop_app.gui import settings, translations
from desktop_app.gui.app.welcome import WelcomeWindow
from desktop_app.gui.dialogs.applicant_dialog import ApplicantDialog
from desktop_app.gui.dialogs.event_dialog import KINDS, EventDialog
from desktop_app.gui.dialogs.followup_dialog import FollowUpDialog
from desktop_app.gui.dialogs.new_case_dialog import NewCaseDialog
from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.services import applicants
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window
from tests.gui.packets import shown_packet_dialog

SCREEN = (1280, 800)
LANGUAGES = ["en", *translations.LANGUAGES]
TEXTED = (QLabel, QPushButton, QCheckBox, QRadioButton)
"""Toolbar buttons are left out: a toolbar with no room moves them into its "»" menu."""


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest):
    """The app in one language for one test, then in English again."""
    app = QCoreApplication.instance()
    loaded = translations.load(app, "" if request.param == "en" else request.param)
    yield request.param
    for translator in loaded:
        app.removeTranslator(translator)
    translations.load(app, "")


def _clipped(window: QWidget) -> list[str]:
    """The texts shown in ``window`` that are wider than the widget showing them."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, TEXTED) or not widget.isVisibleTo(window):
            continue
        if not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        needs = widget.sizeHint().width()
        if needs > widget.width():
            found.append(f"{widget.text()!r} needs {needs}, has {widget.width()}")
    return found


def _misfits(window: QWidget) -> list[str]:
    """What does not fit in ``window``, shown, on each page of each of its tabs."""
    window.show()
    QCoreApplication.processEvents()  # the layouts settle on the texts set since
    misfits = []
    if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
        misfits.append(f"{window.windowTitle()}: {window.width()}×{window.height()}")
    tabs = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
    for tab in tabs or [None]:
        for index in range(tab.count()) if tab else [0]:
            if tab:
                tab.setCurrentIndex(index)
                QCoreApplication.processEvents()
            misfits += _clipped(window)
    return sorted(set(misfits))


def test_the_case_window_and_the_packet_dialog_fit(
    qtbot, packed_case: CaseFile, language: str
) -> None:
    applicants.add_applicant(packed_case, "Maria L. Santos", role="principal")
    window = open_case_window(qtbot, packed_case, show=False)
    window.resize(*SCREEN)
    assert _misfits(window) == []
    dialog = shown_packet_dialog(qtbot, packed_case)
    assert _misfits(dialog) == []


def test_the_welcome_window_and_the_dialogs_fit(qtbot, case: CaseFile, language: str) -> None:
    people = applicants.list_applicants(case)
    windows = [
        WelcomeWindow(),
        NewCaseDialog(),
        ApplicantDialog(),
        FollowUpDialog(),
        SettingsDialog(settings.Preferences()),
        *(EventDialog(kind, people, dt.date(2026, 12, 1)) for kind in KINDS),
    ]
    misfits = []
    for window in windows:
        qtbot.addWidget(window)
        misfits += _misfits(window)
    assert misfits == []


@pytest.fixture
def larger_font(qapp):
    """The app's font half as large again, as a desktop set for reading at a distance gives."""
    usual = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(usual.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(usual)


def test_the_case_window_fits_the_screen_at_a_larger_font(
    qtbot, packed_case: CaseFile, language: str, larger_font: None
) -> None:
    applicants.add_applicant(packed_case, "Maria L. Santos", role="principal")
    window = open_case_window(qtbot, packed_case, show=False)
    window.resize(*SCREEN)
    assert _misfits(window) == []
