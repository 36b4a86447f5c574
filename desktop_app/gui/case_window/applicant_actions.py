"""Adding, editing and removing the people on a case from its window, each an undoable step.

Undoing "Add applicant" takes the person away but keeps what was recorded for them since (their
events and notices stay, unassigned); redo gives it all back to them. Removing an applicant takes
their events and notices with them, as the case file does, and undo restores every one.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.services import applicants

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def add(window: MainWindow) -> int | None:
    answer = window.dialogs.new_applicant()
    if answer is None:
        return None
    fields = dataclasses.asdict(answer)
    return window.edits.do(
        QWidget.tr("Add {0}").format(answer.name),
        lambda: applicants.add_applicant(window.case, **fields),
    )


def edit(window: MainWindow, applicant_id: int) -> None:
    person = applicants.get_applicant(window.case, applicant_id)
    answer = window.dialogs.edit_applicant(person)
    if answer is None:
        return
    changes = {
        field: value
        for field, value in dataclasses.asdict(answer).items()
        if getattr(person, field) != value
    }
    if changes:
        window.edits.do(
            QWidget.tr("Edit {0}").format(person.name),
            lambda: applicants.update_applicant(window.case, applicant_id, **changes),
        )


def remove(window: MainWindow, applicant_id: int) -> None:
    person = applicants.get_applicant(window.case, applicant_id)
    window.edits.do(
        QWidget.tr("Remove {0}").format(person.name),
        lambda: applicants.remove_applicant(window.case, applicant_id),
        done=QWidget.tr(
            "Removed {0} with their events and notices. Edit ▸ Undo brings them back."
        ).format(person.name),
    )


def fill_menu(window: MainWindow, menu: QMenu, *, removing: bool) -> None:
    """One entry per applicant, built when the menu opens (people come and go)."""
    menu.clear()
    people = applicants.list_applicants(window.case)
    for person in people:
        action = menu.addAction(person.name)
        action.setEnabled(not window.case.read_only)
        if removing:
            action.triggered.connect(lambda _=False, i=person.id: remove(window, i))
        else:
            action.triggered.connect(lambda _=False, i=person.id: edit(window, i))
    if not people:
        menu.addAction(QWidget.tr("No applicants yet")).setEnabled(False)
