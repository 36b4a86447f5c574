"""Every change a user makes in a case window is one step of its undo stack, named in Edit ▸ Undo,
and undoing it restores exactly what it took away; redo makes it again."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.errors import UserFacingError
from desktop_app.gui.case_window import applicant_actions, checklist_actions
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.case_window.status_paste import paste_status
from desktop_app.gui.dialogs.applicant_dialog import NewApplicant
from desktop_app.services import (
    applicants,
    documents,
    events,
    notices,
    reading,
    sample_content,
    timeline,
    workbook,
)
from desktop_app.services.sample_case import LONG_REFUSED, build_sample_case
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


@pytest.fixture
def sample(tmp_path: Path):
    opened = build_sample_case(tmp_path / "sample.visacase")
    yield opened
    opened.close()


def _window(qtbot, case: CaseFile) -> MainWindow:
    win = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _undo_text(win: MainWindow) -> str:
    edit = win.menuBar().actions()[1].menu()
    [undo] = [a for a in edit.actions() if a.text().startswith("&Undo")]
    return undo.text().replace("&", "")


def _everything(case: CaseFile) -> tuple[object, ...]:
    return (
        applicants.list_applicants(case),
        documents.list_documents(case),
        events.list_events(case),
        notices.list_notices(case),
        notices.list_requested_items(case),
        [reading.list_suggestions(case, d.id) for d in documents.list_documents(case)],
    )


def test_delete_on_the_documents_list_removes_a_document_and_undo_brings_it_back(
    qtbot, sample
) -> None:
    win = _window(qtbot, sample)
    as_it_was = _everything(sample)
    row = next(n for n, d in enumerate(win.documents_model.documents()) if d.kind == "notice_221g")
    win.documents_view.selectRow(row)
    win.documents_view.setFocus()
    slip = win.documents_model.document(row)

    QTest.keyClick(win.documents_view, Qt.Key.Key_Delete)

    assert slip.id not in {d.id for d in documents.list_documents(sample)}
    assert _undo_text(win) == f"Undo Remove “{slip.title}”"
    assert "Removed" in win.statusBar().currentMessage()
    assert win.remove_document_action in win.documents_view.actions()  # its context menu

    win.undo_stack.undo()
    assert _everything(sample) == as_it_was
    assert win.documents_model.row_of(slip.id) >= 0
    win.undo_stack.redo()
    assert win.documents_model.row_of(slip.id) == -1


def test_an_import_is_one_step_undo_takes_its_documents_back_and_redo_returns_them(
    qtbot, case, tmp_path
) -> None:
    win = _window(qtbot, case)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(sample_content.employment_letter_pdf())
    with qtbot.waitSignal(win.reading_finished, timeout=30_000):
        win.import_paths([letter])
    imported = documents.list_documents(case)
    assert _undo_text(win) == "Undo Import 1 document(s)"

    win.undo_stack.undo()
    assert documents.list_documents(case) == []
    win.undo_stack.redo()
    assert documents.list_documents(case) == imported
    assert documents.get_document_text(case, imported[0].id)  # read after the import, kept


def test_removing_the_last_document_empties_the_details_panel(qtbot, case) -> None:
    documents.add_document(case, b"%PDF-1.4 letter", original_name="letter.pdf")
    win = _window(qtbot, case)
    win.documents_view.selectRow(0)

    win.remove_document_action.trigger()

    assert not win.details.isEnabled()
    assert win.details.title.text() == ""
    assert not win.remove_document_action.isEnabled()  # nothing left to remove


def test_accepting_a_date_that_starts_the_221g_clock_is_named_and_undone(qtbot, case) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    reading.read_documents(case)
    win = _window(qtbot, case)
    win.show_document(slip)
    found = {s.field: s for s in reading.list_suggestions(case, slip)}
    win.details.decided.emit(found["kind"].id, True)
    no_clock = timeline.deadlines(case, dt.date(2026, 11, 22))

    win.details.decided.emit(found["document_date"].id, True)

    assert timeline.deadlines(case, dt.date(2026, 11, 22)) != no_clock
    assert _undo_text(win) == "Undo Accept date 18 Aug 2026"
    win.undo_stack.undo()
    assert timeline.deadlines(case, dt.date(2026, 11, 22)) == no_clock
    assert win.details.suggestions.isVisibleTo(win)  # the suggestion waits again
    win.undo_stack.undo()
    assert documents.get_document(case, slip).kind == "other"
    assert notices.list_notices(case) == []


def test_rejecting_a_suggestion_can_be_undone(qtbot, case) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    reading.read_documents(case)
    win = _window(qtbot, case)
    win.show_document(slip)
    [kind] = [s for s in reading.list_suggestions(case, slip) if s.field == "kind"]

    win.details.decided.emit(kind.id, False)

    assert _undo_text(win) == "Undo Reject kind 221(g) notice"
    win.undo_stack.undo()
    assert [s.status for s in reading.list_suggestions(case, slip) if s.id == kind.id] == [
        "pending"
    ]


def test_a_recorded_ceac_status_is_confirmed_and_can_be_undone(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    before = events.list_events(sample)

    event_id = paste_status(win, LONG_REFUSED)

    assert event_id in {e.id for e in events.list_events(sample)}
    assert win.statusBar().currentMessage().startswith("Status recorded: Refused")
    assert _undo_text(win) == "Undo Record status Refused"
    win.undo_stack.undo()
    assert events.list_events(sample) == before
    assert win.statusBar().currentMessage() == "Undone: Record status Refused"
    win.undo_stack.redo()
    assert win.statusBar().currentMessage() == "Redone: Record status Refused"


def test_a_timeline_event_removed_in_the_window_comes_back(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    before = events.list_events(sample)
    win.timeline_panel.select_event(before[-1].id)

    win.timeline_panel.remove_action.trigger()

    assert events.list_events(sample) == before[:-1]
    win.undo_stack.undo()
    assert events.list_events(sample) == before


def test_the_checklist_unlinks_with_delete_and_undo_links_again(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    win.tabs.setCurrentWidget(win.checklist)
    linked = notices.list_requested_items(sample)[0]
    win.checklist_view.setCurrentIndex(win.requests_model.index(0))
    win.checklist_view.setFocus()

    QTest.keyClick(win.checklist_view, Qt.Key.Key_Delete)

    assert notices.list_requested_items(sample)[0].document_ids == ()
    assert _undo_text(win) == f"Undo Unlink from “{linked.label}”"
    win.undo_stack.undo()
    assert notices.list_requested_items(sample)[0] == linked


def test_the_checklist_context_menu_offers_unlinking_each_document(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    win.tabs.setCurrentWidget(win.checklist)
    rect = win.checklist_view.visualRect(win.requests_model.index(0))

    menu = checklist_actions._menu(win, rect.center())

    assert menu is not None
    [unlink] = menu.actions()
    assert unlink.text().startswith("Unlink “")
    unlink.trigger()
    assert notices.list_requested_items(sample)[0].document_ids == ()
    menu.close()


def test_workbook_entries_are_undone_one_by_one(qtbot, case) -> None:
    win = _window(qtbot, case)
    panel = win.tabs.widget(3)
    win.tabs.setCurrentWidget(panel)  # the workbook is worked on where it is shown
    panel.new_change.setText("Promoted to manager in May")

    panel.add_change()
    panel.points["root_cause"].setChecked(True)

    assert _undo_text(win) == "Undo Tick “" + panel.points["root_cause"].text() + "”"
    win.undo_stack.undo()
    assert not panel.points["root_cause"].isChecked()
    assert [c.text for c in workbook.list_changes(case)] == ["Promoted to manager in May"]
    win.undo_stack.undo()
    assert workbook.list_changes(case) == []
    assert panel.changes.rowCount() == 0


def _ana(**changes: object) -> NewApplicant:
    ana = NewApplicant("Ana Cruz", "dependent", None, None, None, None, None)
    return dataclasses.replace(ana, **changes)


def test_undoing_add_applicant_keeps_their_events_and_redo_gives_them_back(qtbot, case) -> None:
    win = _window(qtbot, case)
    win.dialogs.applicant_answer = _ana()
    win.add_applicant()
    [ana] = applicants.list_applicants(case)
    note = events.record_event(case, "note", dt.date(2026, 3, 1), applicant_id=ana.id)
    slip = notices.record_notice(case, applicant_id=ana.id)

    win.undo_stack.undo()

    assert applicants.list_applicants(case) == []
    assert [(e.id, e.applicant_id) for e in events.list_events(case)] == [(note, None)]
    assert [n.id for n in notices.list_notices(case)] == [slip]
    win.undo_stack.redo()
    assert applicants.list_applicants(case) == [ana]
    assert events.list_events(case)[0].applicant_id == ana.id


def test_an_applicant_is_edited_and_removed_in_the_window_and_both_undo(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    as_it_was = _everything(sample)
    maria = applicants.list_applicants(sample)[0]
    win.dialogs.applicant_answer = _ana(
        name="Maria Luisa Santos",
        role="principal",
        application_id=maria.application_id,
        passport_number=maria.passport_number,
        date_of_birth=maria.date_of_birth,
        visa_class=maria.visa_class,
    )

    applicant_actions.edit(win, maria.id)
    assert applicants.get_applicant(sample, maria.id).name == "Maria Luisa Santos"
    assert "Maria Luisa Santos" in win.applicants_label.text()
    applicant_actions.remove(win, maria.id)
    assert not any(e.applicant_id == maria.id for e in events.list_events(sample))

    assert _undo_text(win) == "Undo Remove Maria Luisa Santos"
    win.undo_stack.undo()
    win.undo_stack.undo()
    assert _everything(sample) == as_it_was


def test_the_edit_menu_lists_applicants_to_edit_and_remove(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    edit = win.menuBar().actions()[1].menu()
    people = next(a.menu() for a in edit.actions() if a.text() == "Edit a&pplicant")

    people.aboutToShow.emit()

    assert [a.text() for a in people.actions()] == ["Maria L. Santos", "Daniel R. Santos"]


def test_ctrl_z_in_a_text_field_is_the_fields_own_and_elsewhere_the_windows(qtbot, sample) -> None:
    win = _window(qtbot, sample)
    win.timeline_panel.select_event(events.list_events(sample)[-1].id)
    win.timeline_panel.remove_action.trigger()
    steps = win.undo_stack.index()
    win.search.field.setFocus()
    QTest.keyClicks(win.search.field, "bank")

    QTest.keyClick(win.search.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert win.search.field.text() == ""
    assert win.undo_stack.index() == steps
    win.details.text.setFocus()  # read only: nothing of its own to undo
    QTest.keyClick(win.details.text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert win.undo_stack.index() == steps - 1


def test_the_empty_details_panel_shows_no_made_up_values(qtbot, case) -> None:
    win = _window(qtbot, case)
    details = win.details

    assert details.kind.currentText() == ""
    assert details.date.text().strip() == ""
    assert details.applicant.currentText() == ""
    assert details.title.text() == ""
    assert details.text.placeholderText() == ""  # no "this document" when there is none


def test_a_step_the_case_has_moved_past_leaves_the_stack_with_a_reason(qtbot, case) -> None:
    documents.add_document(case, b"%PDF-1.4 old", original_name="old.pdf")
    win = _window(qtbot, case)
    win.documents_view.selectRow(0)
    win.remove_document_action.trigger()
    documents.add_document(case, b"%PDF-1.4 new", original_name="new.pdf")  # takes its id

    with qtbot.capture_exceptions() as raised:
        win.undo_stack.undo()

    [(_kind, error, _tb)] = raised
    assert isinstance(error, UserFacingError)
    assert "can no longer be taken back" in error.message
    assert win.undo_stack.count() == 0
    assert [d.original_name for d in documents.list_documents(case)] == ["new.pdf"]
