"""While the window masks identifiers, the packet dialog's labels and warnings do too, and a label
naming one cannot be renamed (the mask would become the label); the preview says it shows them in
full, being the packet as it prints."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.services import applicants, documents
from desktop_app.store.casefile import CaseFile
from tests.gui.packets import shown_packet_dialog

APP_ID, MASKED_ID = "AA00B7QPGN", "AA00•••PGN"
PASSPORT = "P1234567"
TITLE = f"Employer letter for {APP_ID}, passport {PASSPORT}"


@pytest.fixture
def dialog(qtbot, packed_case: CaseFile) -> PacketDialog:
    applicants.add_applicant(
        packed_case, "Maria Santos", application_id=APP_ID, passport_number=PASSPORT
    )
    [employer] = [d for d in documents.list_documents(packed_case) if d.title == "employer"]
    documents.update_document(packed_case, employer.id, title=TITLE)
    return shown_packet_dialog(qtbot, packed_case)


def employer_row(dialog: PacketDialog):
    for section in range(dialog.order.rowCount()):
        parent = dialog.order.index(section, 0)
        for row in range(dialog.order.rowCount(parent)):
            index = dialog.order.index(row, 0, parent)
            if index.data(Qt.ItemDataRole.EditRole) == TITLE:
                return index
    raise AssertionError("the employer letter is not in the packet")


def warnings(dialog: PacketDialog) -> str:
    return "\n".join(dialog.warnings.item(n).text() for n in range(dialog.warnings.count()))


def test_a_label_naming_an_id_is_shown_masked_and_cannot_be_renamed(dialog) -> None:
    row = employer_row(dialog)
    assert row.data() == f"Employer letter for {MASKED_ID}, passport P1•••567"
    assert not row.flags() & Qt.ItemFlag.ItemIsEditable
    assert "Ctrl+Shift+I" in row.data(Qt.ItemDataRole.ToolTipRole)
    assert not dialog.order.setData(row, "Employer letter")
    assert dialog.order.sections()[-1].documents[0][1] == TITLE


def test_the_warnings_mask_ids_in_the_titles_they_name(dialog) -> None:
    said = warnings(dialog)
    assert "Employer letter for" in said
    assert APP_ID not in said and PASSPORT not in said and MASKED_ID in said


def test_showing_full_identifiers_shows_them_in_the_dialog_too(dialog) -> None:
    assert dialog.preview.masked_note.isVisible()

    dialog.parent().reveal_ids.setChecked(True)

    row = employer_row(dialog)
    assert row.data() == TITLE and row.flags() & Qt.ItemFlag.ItemIsEditable
    assert APP_ID in warnings(dialog)
    assert not dialog.preview.masked_note.isVisible()
