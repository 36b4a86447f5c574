"""While the window masks identifiers, the packet dialog's labels, warnings and preview do too, and
a label naming one cannot be renamed (the mask would become the label); the packet saved or
printed has them in full, and the preview says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui.packet import sending
from desktop_app.gui.packet.packet_dialog import PacketDialog
from desktop_app.services import applicants, documents
from desktop_app.store.casefile import CaseFile
from tests.gui.packets import WAIT, pdf_text, shown_packet_dialog

APP_ID, MASKED_ID = "AA00B7QPGN", "AA00•••PGN"
PASSPORT = "P1234567"
TITLE = f"Employer letter for {APP_ID}, passport {PASSPORT}"


@pytest.fixture
def dialog(qtbot, packed_case: CaseFile, tmp_path: Path) -> PacketDialog:
    applicants.add_applicant(
        packed_case, "Maria Santos", application_id=APP_ID, passport_number=PASSPORT
    )
    [employer] = [d for d in documents.list_documents(packed_case) if d.title == "employer"]
    documents.update_document(packed_case, employer.id, title=TITLE)
    return shown_packet_dialog(qtbot, packed_case, tmp_path / "printed.pdf")


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


def test_the_preview_masks_identifiers_on_its_cover_labels_and_stamps(dialog) -> None:
    shown = pdf_text(dialog.preview.shown)

    assert PASSPORT not in shown and APP_ID not in shown
    assert "passport P1•••567" in shown  # the cover's applicant line
    assert f"Employer letter for {MASKED_ID}" in shown  # the index and the stamp


def test_the_saved_packet_has_identifiers_in_full_while_the_preview_masks_them(
    qtbot, dialog, tmp_path: Path
) -> None:
    dialog.parent().dialogs.path = tmp_path / "packet.pdf"

    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_button.click()

    saved = pdf_text(tmp_path / "packet.pdf")
    assert f"passport {PASSPORT}" in saved and APP_ID in saved
    assert PASSPORT not in pdf_text(dialog.preview.shown)


def test_the_printed_packet_has_identifiers_in_full_while_the_preview_masks_them(
    qtbot, monkeypatch, dialog
) -> None:
    sent: list[str] = []
    real = sending.printing_work

    def printing_work(pdfs: list[Path], printer):
        sent.extend(pdf_text(pdf) for pdf in pdfs)
        return real(pdfs, printer)

    monkeypatch.setattr(sending, "printing_work", printing_work)
    with qtbot.waitSignal(dialog.printed, timeout=WAIT):
        dialog.print_button.click()

    assert len(sent) == 1 and f"passport {PASSPORT}" in sent[0] and APP_ID in sent[0]


def test_showing_full_identifiers_rebuilds_the_preview_with_them(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT) as ready:
        dialog.parent().reveal_ids.setChecked(True)

    assert f"passport {PASSPORT}" in pdf_text(ready.args[0])
