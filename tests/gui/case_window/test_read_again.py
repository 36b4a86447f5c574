"""Read text again: a scan read by an earlier version of VisaCase kept no words, so its packet
pages cannot be searched; the window reads it again in the background and says so."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services import documents, page_words, preflight, reading
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window
from tests.ingest import scans
from tests.services.test_page_words import _forget_words, _scanned_letter


@scans.needs_language("eng")
def test_a_scan_read_by_an_earlier_version_is_read_again_from_the_window(
    qtbot, case: CaseFile, tmp_path: Path
) -> None:
    doc, _ = _scanned_letter(case, tmp_path)
    reading.read_documents(case)
    text_before = documents.get_document_text(case, doc)
    _forget_words(case)
    window = open_case_window(qtbot, case)
    window.documents_view.selectRow(0)
    case_menu = window.menuBar().actions()[0].menu()

    assert window.read_again_action in window.documents_view.actions()  # its context menu
    assert window.read_again_action in case_menu.actions()
    with qtbot.waitSignal(window.reading_finished, timeout=60_000):
        window.read_again_action.trigger()

    assert page_words.without_words(case) == []
    assert documents.get_document_text(case, doc) == text_before
    assert not any("earlier version" in f.message for f in preflight.preflight(case))
    assert window.statusBar().currentMessage() == "Read the text of “letter” again."


@scans.needs_language("eng")
def test_reading_again_a_scan_that_kept_its_words_says_there_was_nothing_to_do(
    qtbot, case: CaseFile, tmp_path: Path
) -> None:
    _scanned_letter(case, tmp_path)
    reading.read_documents(case)
    window = open_case_window(qtbot, case)
    window.documents_view.selectRow(0)

    with qtbot.waitSignal(window.reading_finished, timeout=60_000):
        window.read_again_action.trigger()

    assert window.statusBar().currentMessage() == (
        "“letter” has its text and searchable words already."
    )


def test_reading_again_needs_a_selected_document(qtbot, case: CaseFile, tmp_path: Path) -> None:
    window = open_case_window(qtbot, case)

    assert not window.read_again_action.isEnabled()
    _scanned_letter(case, tmp_path)
    window.refresh()
    window.documents_view.selectRow(0)
    assert window.read_again_action.isEnabled()
