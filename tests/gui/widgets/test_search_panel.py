"""Searching every document's text from the case window, and jumping to the matching page."""

from __future__ import annotations

import pytest

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.services import documents, reading, sample_content
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    documents.add_document(case, sample_content.slip_221g_pdf(), original_name="slip.pdf")
    documents.add_document(case, sample_content.bank_statement_pdf(), original_name="statement.pdf")
    reading.read_documents(case)
    return open_case_window(qtbot, case)


def test_typing_lists_the_matching_pages_and_choosing_one_opens_it(qtbot, window) -> None:
    window.search.field.setText("statement")
    qtbot.waitUntil(lambda: window.search.model.rowCount() > 0)

    hits = [window.search.model.index(n).data() for n in range(window.search.model.rowCount())]
    assert all("page" in h for h in hits)
    first = window.search.model.index(0)
    window.search.results.clicked.emit(first)

    shown = window.documents_model.document(window.documents_view.currentIndex().row())
    assert shown.original_name == "statement.pdf"
    assert window.tabs.currentWidget() is window.preview


def test_a_search_with_no_match_says_so(qtbot, window) -> None:
    window.search.field.setText("zanzibar")
    qtbot.waitUntil(lambda: window.search.summary.isVisibleTo(window))

    assert "zanzibar" in window.search.summary.text()
    assert not window.search.results.isVisibleTo(window)


def test_clearing_the_field_hides_the_results(qtbot, window) -> None:
    window.search.field.setText("221")
    qtbot.waitUntil(lambda: window.search.results.isVisibleTo(window))

    window.search.field.clear()
    qtbot.waitUntil(lambda: not window.search.summary.isVisibleTo(window))


def test_the_results_pass_the_model_tester(qtbot, qtmodeltester, window) -> None:
    window.search.field.setText("Manila")
    window.search.run()

    assert window.search.model.rowCount() > 0
    qtmodeltester.check(window.search.model)
