"""Several documents selected at once are removed, read again or given a kind or an applicant
in one step, which Edit ▸ Undo takes back whole; the details show the one last clicked."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest

from desktop_app.gui.case_window import selection_fields
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.services import applicants, documents
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window


def _letters(case: CaseFile, count: int) -> list[int]:
    return [
        documents.add_document(case, f"%PDF-1.4 letter {n}".encode(), original_name=f"l{n}.pdf").id
        for n in range(count)
    ]


def _select(window: MainWindow, rows: list[int]) -> None:
    """Click the first row, then Ctrl-click the others, as a user does."""
    view = window.documents_view
    view.selectRow(rows[0])
    for row in rows[1:]:
        view.selectionModel().setCurrentIndex(
            window.documents_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _ids(window: MainWindow, rows: list[int]) -> list[int]:
    return [window.documents_model.document(r).id for r in rows]


def test_delete_removes_every_selected_document_in_one_step(qtbot, case: CaseFile) -> None:
    every = _letters(case, 4)
    window = open_case_window(qtbot, case)
    window.activateWindow()  # the Delete key goes to the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.documents_view.setFocus()
    _select(window, [0, 2, 3])
    kept = _ids(window, [1])
    assert window.remove_document_action.text() == "&Remove 3 documents"

    QTest.keyClick(window.documents_view, Qt.Key.Key_Delete)

    assert [d.id for d in documents.list_documents(case)] == kept
    assert window.statusBar().currentMessage() == (
        "Removed 3 documents. Edit ▸ Undo brings them back."
    )
    window.undo_stack.undo()
    assert sorted(d.id for d in documents.list_documents(case)) == sorted(every)
    assert window.undo_stack.index() == 0  # one step, taken back whole


def test_an_attachment_selected_with_its_email_goes_with_the_email(qtbot, case: CaseFile) -> None:
    email = documents.add_document(case, b"From: a@example.org\n\nhi", original_name="m.eml").id
    attached = documents.add_document(
        case, b"%PDF-1.4 attached", original_name="a.pdf", parent_id=email
    ).id
    window = open_case_window(qtbot, case)
    rows = [window.documents_model.row_of(i) for i in (email, attached)]
    _select(window, rows)

    window.remove_document_action.trigger()

    assert documents.list_documents(case) == []
    assert "“m” and its 1 attachment(s)" in window.statusBar().currentMessage()


def test_ctrl_z_keeps_the_documents_selected(qtbot, case: CaseFile) -> None:
    _letters(case, 3)
    window = open_case_window(qtbot, case)
    window.activateWindow()  # the shortcut goes to the active window
    qtbot.waitUntil(window.isActiveWindow)
    _select(window, [0, 1])
    selection_fields.set_kind(window, "bank_statement", "Bank statement")

    QTest.keyClick(window.documents_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.undo_stack.index() == 0
    assert window.documents_view.selected_rows() == [0, 1]  # Ctrl held must not toggle them off
    assert window.remove_document_action.isEnabled()
    window.documents_view.selectRow(1)  # Qt still takes Ctrl to be down, as it was for the key
    assert window.documents_view.selected_rows() == [1]  # chosen alone, not toggled off


def test_a_kind_is_set_on_every_selected_document_and_undone_to_each_ones_own(
    qtbot, case: CaseFile
) -> None:
    ids = _letters(case, 3)
    documents.update_document(case, ids[1], kind="employment_letter")
    window = open_case_window(qtbot, case)
    _select(window, [window.documents_model.row_of(i) for i in ids])
    [statement] = [a for a in window.kind_menu.actions() if a.text() == "Bank statement"]

    statement.trigger()

    assert {documents.get_document(case, i).kind for i in ids} == {"bank_statement"}
    assert window.statusBar().currentMessage() == (
        "Done: Set kind “Bank statement” on 3 document(s)"
    )
    assert window.documents_view.selected_rows() == [0, 1, 2]  # still selected, for the next
    window.undo_stack.undo()
    kinds = [documents.get_document(case, i).kind for i in ids]
    assert kinds == ["other", "employment_letter", "other"]


def test_the_applicant_menu_lists_the_case_as_it_is_when_it_opens(qtbot, case: CaseFile) -> None:
    ids = _letters(case, 2)
    window = open_case_window(qtbot, case)
    maria = applicants.add_applicant(case, "Maria L. Santos", role="principal")
    _select(window, [0, 1])
    window.applicant_menu.aboutToShow.emit()
    names = [a.text() for a in window.applicant_menu.actions()]
    assert names == ["Whole case", "Maria L. Santos"]

    window.applicant_menu.actions()[1].trigger()

    assert [documents.get_document(case, i).applicant_id for i in ids] == [maria, maria]
    window.undo_stack.undo()
    assert [documents.get_document(case, i).applicant_id for i in ids] == [None, None]


def test_the_details_show_the_document_last_clicked(qtbot, case: CaseFile) -> None:
    _letters(case, 3)
    window = open_case_window(qtbot, case)
    _select(window, [0, 2])
    first, last = (documents.get_document(case, i) for i in _ids(window, [0, 2]))
    assert first.title != last.title
    assert window.details.title.text() == last.title
    assert window.documents_view.selected_rows() == [0, 2]


def test_nothing_selected_leaves_the_actions_off(qtbot, case: CaseFile) -> None:
    _letters(case, 2)
    window = open_case_window(qtbot, case)
    window.documents_view.clearSelection()
    for action in (
        window.remove_document_action,
        window.read_again_action,
        window.kind_menu.menuAction(),
        window.applicant_menu.menuAction(),
    ):
        assert not action.isEnabled(), action.text()


def test_ctrl_a_on_the_list_selects_every_document(qtbot, case: CaseFile) -> None:
    _letters(case, 4)
    window = open_case_window(qtbot, case)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.documents_view.setFocus()

    QTest.keyClick(window.documents_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    assert window.documents_view.selected_rows() == [0, 1, 2, 3]
    assert window.remove_document_action.text() == "&Remove 4 documents"
