"""The 221(g) checklist takes drops: a document from the list, or files from the desktop, dropped
on a requested item answers it."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.models.requests_model import ItemIdRole
from desktop_app.services import documents, notices
from desktop_app.store.casefile import CaseFile
from tests.gui.case_windows import open_case_window
from tests.gui.fakes import FakeDialogs

pytestmark = pytest.mark.filterwarnings("ignore:Function.*deprecated:DeprecationWarning")


@pytest.fixture
def window(qtbot, case: CaseFile) -> MainWindow:
    notice = notices.record_notice(case)
    notices.add_requested_item(case, code="employment_letter", notice_id=notice)
    notices.add_requested_item(case, code="bank_statements", notice_id=notice)
    win = open_case_window(qtbot, case)
    win.tabs.setCurrentWidget(win.checklist)
    qtbot.waitExposed(win)
    return win


def _drop_on_row(win: MainWindow, row: int, mime: QMimeData) -> QDropEvent:
    view = win.checklist_view
    at = QPointF(view.visualRect(view.model().index(row, 0)).center())
    copy, buttons, mods = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dragEnterEvent(QDragEnterEvent(at.toPoint(), copy, mime, buttons, mods))
    move = QDragMoveEvent(at.toPoint(), copy, mime, buttons, mods)
    view.dragMoveEvent(move)
    assert move.isAccepted()
    drop = QDropEvent(at, copy, mime, buttons, mods)
    view.dropEvent(drop)
    return drop


def _item_id(win: MainWindow, row: int) -> int:
    return win.requests_model.data(win.requests_model.index(row), ItemIdRole)


def _linked(case: CaseFile) -> dict[str, tuple[int, ...]]:
    return {i.code: i.document_ids for i in notices.list_requested_items(case)}


def test_a_document_dragged_from_the_list_onto_an_item_answers_it_and_can_be_undone(
    window: MainWindow, case: CaseFile
) -> None:
    letter = documents.add_document(case, b"%PDF-1.4 l", original_name="letter.pdf").id
    window.refresh()
    dragged = window.documents_model.mimeData(
        [window.documents_model.index(window.documents_model.row_of(letter), 0)]
    )

    drop = _drop_on_row(window, 0, dragged)

    assert drop.isAccepted()
    assert _linked(case) == {"employment_letter": (letter,), "bank_statements": ()}
    tip = window.requests_model.data(window.requests_model.index(0), Qt.ItemDataRole.ToolTipRole)
    assert "letter" in tip
    window.undo_stack.undo()
    assert _linked(case)["employment_letter"] == ()


def test_dropping_the_same_document_twice_links_it_once(window: MainWindow, case: CaseFile) -> None:
    letter = documents.add_document(case, b"%PDF-1.4 l", original_name="letter.pdf").id
    window.link_documents(_item_id(window, 1), [letter])
    steps = window.undo_stack.count()

    window.link_documents(_item_id(window, 1), [letter])

    assert window.undo_stack.count() == steps
    assert _linked(case)["bank_statements"] == (letter,)


def test_files_dropped_on_an_item_are_imported_and_answer_it(
    qtbot, window: MainWindow, case: CaseFile, tmp_path: Path
) -> None:
    statement = tmp_path / "statement.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(statement)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(statement))])

    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        _drop_on_row(window, 1, mime)

    [doc] = documents.list_documents(case)
    assert _linked(case)["bank_statements"] == (doc.id,)


def test_the_tab_says_what_the_slip_is_and_how_to_send_the_reply(case: CaseFile, qtbot) -> None:
    import datetime as dt

    notices.record_notice(
        case, notice_date=dt.date(2026, 8, 18), colour="yellow", channel="vac_dropoff"
    )
    win = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(win)

    summary = win.checklist.summary.text()
    assert "18 Aug 2026" in summary and "yellow slip" in summary
    assert "visa application center" in summary


def test_without_a_slip_the_tab_says_how_to_start(case: CaseFile, qtbot) -> None:
    win = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(win)

    assert "No 221(g) slip recorded yet" in win.checklist.summary.text()
