"""Adding an applicant: only a name is needed, numbers are checked as typed, undo removes them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.dialogs.applicant_dialog import ApplicantDialog, NewApplicant
from desktop_app.services import applicants
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


def test_a_name_is_enough_and_bad_numbers_are_explained(qtbot) -> None:
    dialog = ApplicantDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()

    dialog.name.setText("Daniel R. Santos")
    assert ok.isEnabled()
    dialog.passport.setText("P1")
    assert not ok.isEnabled() and dialog.passport_hint.isVisibleTo(dialog)
    dialog.passport.setText("p 1234567a")
    dialog.case_id.edit.setText("AA00XYZ")
    assert not ok.isEnabled()
    dialog.case_id.edit.setText("AA00C4K9M4")
    dialog.born.setDate(QDate(2012, 5, 3))

    assert ok.isEnabled()
    assert dialog.answer() == NewApplicant(
        name="Daniel R. Santos",
        role="dependent",
        application_id="AA00C4K9M4",
        case_number=None,
        passport_number="P1234567A",
        date_of_birth=dt.date(2012, 5, 3),
        visa_class=None,
    )


def test_an_added_applicant_is_listed_and_undo_removes_them(qtbot, case: CaseFile) -> None:
    dialogs = FakeDialogs()
    window = MainWindow(case, dialogs=dialogs)
    qtbot.addWidget(window)
    dialogs.applicant_answer = NewApplicant(
        "Daniel R. Santos", "dependent", None, "MNL2023768001", None, None, "B2"
    )

    window.add_applicant()

    [person] = applicants.list_applicants(case)
    assert (person.name, person.case_number, person.role) == (
        "Daniel R. Santos",
        "MNL2023768001",
        "dependent",
    )
    assert "Daniel R. Santos" in window.applicants_label.text()
    window.undo_stack.undo()
    assert applicants.list_applicants(case) == []
    assert "Daniel" not in window.applicants_label.text()
