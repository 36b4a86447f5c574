"""The preview: a PDF with page thumbnails, page number and zoom; images; anything else named."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.services import documents, sample_content
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window
from tests.ingest import samples


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    return open_case_window(qtbot, case)


def test_a_long_pdf_gets_a_picture_of_every_page_and_a_click_shows_that_page(
    qtbot, window, case: CaseFile
) -> None:
    statement = documents.add_document(
        case, sample_content.bank_statement_pdf(), original_name="statement.pdf"
    ).id
    window.show_document(statement)
    thumbnails = window.preview.thumbnails

    assert thumbnails.count() == 6 and thumbnails.isVisibleTo(window)
    qtbot.waitUntil(lambda: not thumbnails.item(5).icon().isNull())
    thumbnails.setCurrentRow(4)

    qtbot.waitUntil(lambda: window.preview.page_box.value() == 5)
    assert window.preview.page_count.text() == "of 6"


def test_a_one_page_pdf_needs_no_thumbnails(qtbot, window, case: CaseFile) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    window.show_document(slip)

    assert not window.preview.thumbnails.isVisibleTo(window)


def test_zooming_in_and_out_changes_the_scale(qtbot, window, case: CaseFile) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    window.show_document(slip)
    view = window.preview.pdf_view
    start = view.zoomFactor()

    [zoom_in] = [
        b for b in window.preview.findChildren(QToolButton) if b.accessibleName() == "Zoom in"
    ]
    zoom_in.click()

    assert view.zoomFactor() == pytest.approx(start * 1.25)


def test_an_email_shows_as_the_page_the_packet_draws_for_it(qtbot, window, case: CaseFile) -> None:
    email = documents.add_document(
        case,
        bytes(samples.email(sender="Zhāng Wěi 张伟 <zw@example.cn>", subject="Documents 张伟")),
        original_name="reply.eml",
        media_type="message/rfc822",
    ).id
    window.show_document(email)
    preview = window.preview

    assert preview.currentIndex() == 1 and preview.pdf.pageCount() == 1
    page = preview.pdf.getAllText(0).text()
    assert "Zhāng Wěi 张伟 <zw@example.cn>" in page and "Subject:" in page
    assert "We confirm receipt of your documents." in page


def test_a_file_that_is_no_document_kind_is_named_instead(qtbot, window, case: CaseFile) -> None:
    notes = documents.add_document(
        case, b"plain notes", original_name="notes.txt", media_type="text/plain"
    ).id
    window.show_document(notes)

    assert window.preview.currentIndex() == 0
    assert "No preview for notes.txt (text/plain)." in window.preview.placeholder.text()
