"""The case window: drops import in the background, models behave, the self-test passes."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.selftest import run_self_test
from desktop_app.services import documents, events
from desktop_app.store.casefile import CaseFile


@pytest.fixture
def window(qtbot, case: CaseFile):
    messages: list[tuple[str, str]] = []
    win = MainWindow(case, ask=lambda title, text: messages.append((title, text)))
    win.messages = messages
    qtbot.addWidget(win)
    win.show()
    return win


def _drop(win: MainWindow, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPointF(10, 10).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(drop)
    return drop


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent.*deprecated:DeprecationWarning")
def test_dropping_files_imports_them_and_explains_refusals(qtbot, window, tmp_path: Path) -> None:
    good = tmp_path / "letter.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(good)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")

    with qtbot.waitSignal(window.import_finished, timeout=20_000) as finished:
        _drop(window, [good, empty])

    statuses = {o.path.name: o.status for o in finished.args[0]}
    assert statuses == {"letter.pdf": "added", "empty.jpg": "refused"}
    assert window.documents_model.rowCount() == 1
    assert window.messages == [("Some files were not added", "• empty.jpg: this file is empty")]


def test_the_document_table_passes_the_model_tester(qtmodeltester, window, case) -> None:
    documents.add_document(case, b"%PDF-1.4 x", original_name="a.pdf", kind="bank_statement")
    window.refresh()
    qtmodeltester.check(window.documents_model)
    assert window.documents_model.index(0, 1).data() == "Bank statement"


def test_the_timeline_passes_the_model_tester(qtmodeltester, window, case) -> None:
    import datetime as dt

    events.record_event(
        case,
        "ceac_status",
        dt.date(2026, 8, 19),
        payload={
            "status": "Refused",
            "variant": "administrative_processing",
            "text": "verbatim CEAC text",
        },
    )
    window.refresh()
    qtmodeltester.check(window.events_model)
    index = window.events_model.index(0, 0)
    assert "CEAC: Refused (administrative processing)" in index.data()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "verbatim CEAC text"


def test_the_status_bar_always_shows_the_reply_deadline(window, case) -> None:
    import datetime as dt

    events.record_event(case, "refusal_221g", dt.date(2026, 8, 18))
    window.refresh()
    assert window.deadline_label.text().startswith("221(g) reply due 18 Aug 2027")


def test_the_self_test_drives_the_real_window(capsys) -> None:
    assert run_self_test() == 0
    assert capsys.readouterr().out.startswith("OK VisaCase self-test: create case")
