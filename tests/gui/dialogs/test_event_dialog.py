"""The add-event dialog asks for a day, whom it is about and what happened — nothing more."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.gui.dialogs.event_dialog import EventDialog, EventEntry
from desktop_app.services import applicants

TODAY = dt.date(2026, 11, 22)


def _dialog(qtbot, case, kind: str = "email_sent") -> EventDialog:
    applicants.add_applicant(case, "Maria L. Santos")
    applicants.add_applicant(case, "Daniel R. Santos", role="dependent")
    dialog = EventDialog(kind, applicants.list_applicants(case), TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_it_cannot_be_accepted_until_it_says_what_happened(qtbot, case) -> None:
    dialog = _dialog(qtbot, case)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    assert not ok.isEnabled()
    dialog.text.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.text.setPlainText("Asked the embassy for an update")
    assert ok.isEnabled()


def test_the_answer_carries_the_chosen_day_applicant_and_text(qtbot, case) -> None:
    dialog = _dialog(qtbot, case, "passport_tracking")
    dialog.day.setDate(QDate(2026, 11, 3))
    dialog.applicant.setCurrentIndex(dialog.applicant.findText("Daniel R. Santos"))
    dialog.text.setPlainText("  Ready for pickup at the visa application center \n")

    daniel = applicants.list_applicants(case)[1].id
    assert dialog.answer() == EventEntry(
        "passport_tracking",
        dt.date(2026, 11, 3),
        daniel,
        "Ready for pickup at the visa application center",
    )


def test_it_starts_on_today_for_the_whole_case(qtbot, case) -> None:
    dialog = _dialog(qtbot, case, "note")
    dialog.text.setPlainText("Officer said two weeks")

    assert dialog.windowTitle() == "Note"
    assert dialog.answer() == EventEntry("note", TODAY, None, "Officer said two weeks")
    assert dialog.applicant.count() == 3
    assert dialog.text.accessibleName() == "What happened"


def test_it_can_start_on_the_applicant_being_looked_at(qtbot, case) -> None:
    applicants.add_applicant(case, "Maria L. Santos")
    daniel = applicants.add_applicant(case, "Daniel R. Santos", role="dependent")
    dialog = EventDialog("note", applicants.list_applicants(case), TODAY, None, daniel)
    qtbot.addWidget(dialog)

    assert dialog.applicant.currentText() == "Daniel R. Santos"
