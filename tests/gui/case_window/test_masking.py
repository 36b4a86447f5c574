"""While identifiers are masked, no title, text or search result in the window shows one in full;
View → Show full identifiers shows them everywhere, and a masked title is never saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.models.documents_model import DocumentsModel
from desktop_app.gui.models.masking import Masking
from desktop_app.services import applicants, documents, workbook
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window

APP_ID, MASKED_ID = "AA00B7QPGN", "AA00•••PGN"
PASSPORT = "P1234567"
TEXT = f"Application ID {APP_ID}\nPassport {PASSPORT}\nPlease bring your bank statements."


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    applicants.add_applicant(case, "Maria Santos", application_id=APP_ID, passport_number=PASSPORT)
    documents.add_document(
        case, b"%PDF-1.4 x", original_name="ceac.pdf", title=f"CEAC page {APP_ID}", text=TEXT
    )
    win = open_case_window(qtbot, case)
    win.documents_view.selectRow(0)
    return win


def listed_title(win: MainWindow) -> str:
    return win.documents_model.index(0, DocumentsModel.TITLE).data()


def test_masking_hides_ids_by_shape_and_the_cases_own_numbers() -> None:
    masked = Masking(numbers=(PASSPORT,))(TEXT)
    assert APP_ID not in masked and PASSPORT not in masked
    assert MASKED_ID in masked and "bank statements" in masked
    assert Masking(reveal=True, numbers=(PASSPORT,))(TEXT) == TEXT


def test_the_documents_list_masks_an_id_in_a_title(window) -> None:
    assert listed_title(window) == f"CEAC page {MASKED_ID}"


def test_the_details_panel_masks_the_title_and_the_text(window) -> None:
    shown = window.details.text.toPlainText()
    assert APP_ID not in shown and PASSPORT not in shown
    assert MASKED_ID in shown and "bank statements" in shown
    assert window.details.title.text() == f"CEAC page {MASKED_ID}"


def test_search_results_mask_ids_in_titles_and_snippets(qtbot, window) -> None:
    window.search.field.setText("bank")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0)
    hit = window.search.model.index(0)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        assert APP_ID not in hit.data(role) and PASSPORT not in hit.data(role)
    assert MASKED_ID in hit.data()


def test_showing_full_identifiers_shows_them_everywhere(qtbot, window) -> None:
    window.search.field.setText("bank")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0)

    window.reveal_ids.setChecked(True)

    assert listed_title(window) == f"CEAC page {APP_ID}"
    assert window.details.title.text() == f"CEAC page {APP_ID}"
    assert PASSPORT in window.details.text.toPlainText()
    assert APP_ID in window.search.model.index(0).data()


def test_a_masked_title_cannot_be_edited_so_the_mask_is_never_saved(window, case) -> None:
    title = window.details.title
    assert title.isReadOnly()
    assert "Ctrl+Shift+I" in title.toolTip()
    title.editingFinished.emit()
    assert documents.list_documents(case)[0].title == f"CEAC page {APP_ID}"


def test_with_identifiers_shown_the_title_is_edited_and_saved_in_full(window, case) -> None:
    window.reveal_ids.setChecked(True)
    title = window.details.title
    assert not title.isReadOnly()
    title.setText(f"CEAC status {APP_ID}")
    title.editingFinished.emit()
    assert documents.list_documents(case)[0].title == f"CEAC status {APP_ID}"
    window.reveal_ids.setChecked(False)
    assert listed_title(window) == f"CEAC status {MASKED_ID}"


def test_a_search_for_part_of_an_id_does_not_reveal_the_rest(qtbot, window) -> None:
    window.search.field.setText("B7QP")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0)
    shown = window.search.model.index(0).data()
    assert "B7QP" not in shown.replace("«", "").replace("»", "")
    assert MASKED_ID in shown


def test_the_workbook_masks_ids_in_changes_and_evidence_titles(window, case) -> None:
    change = workbook.add_change(case, f"New passport {PASSPORT} after the refusal")
    [doc] = documents.list_documents(case)
    workbook.link_evidence(case, change, doc.id)
    window.tabs.setCurrentWidget(window.workbook)  # a hidden tab reads nothing

    shown = window.workbook.changes.index(0).data()
    offered = window.workbook.document.itemText(0)
    assert PASSPORT not in shown and APP_ID not in shown
    assert f"CEAC page {MASKED_ID}" in shown and offered == f"CEAC page {MASKED_ID}"

    window.reveal_ids.setChecked(True)

    assert f"New passport {PASSPORT}" in window.workbook.changes.index(0).data()
    assert window.workbook.document.itemText(0) == f"CEAC page {APP_ID}"


def test_the_workbook_names_its_undo_steps_masked(window) -> None:
    window.workbook.new_change.setText(f"New passport {PASSPORT}")
    window.workbook.add_change()
    assert PASSPORT not in window.undo_stack.undoText()
    assert "New passport" in window.undo_stack.undoText()
