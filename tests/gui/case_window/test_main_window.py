"""The case window: drops import in the background, models behave, the self-test passes."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel

from desktop_app.gui.app.selftest import run_self_test
from desktop_app.gui.case_window.case_actions import export_packet
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.case_window.status_paste import paste_status
from desktop_app.services import documents, events, notices
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


@pytest.fixture
def window(qtbot, case: CaseFile):
    win = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(win)
    win.show()
    return win


def test_showing_the_case_again_lists_its_requested_items_once(window, monkeypatch) -> None:
    """The checklist shows them and the timeline's deadlines are settled against them."""
    listed = []
    real = notices.list_requested_items
    monkeypatch.setattr(notices, "list_requested_items", lambda c: listed.append(c) or real(c))

    window.refresh()

    assert listed == [window.case]


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    return QDragEnterEvent(
        QPointF(10, 10).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def _drop(win: MainWindow, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = _drag_enter(mime)
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
    assert window.dialogs.messages == [
        ("Some files were not added", "• empty.jpg: this file is empty")
    ]


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
    qtmodeltester.check(window.timeline_panel.model)
    index = window.timeline_panel.model.index(0, 0)
    assert "Refused  ·  Administrative processing" in index.data()
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "verbatim CEAC text"


def test_the_status_bar_always_shows_the_next_deadline(window, case) -> None:
    import datetime as dt

    from desktop_app.domain.deadlines import one_year_after

    today = dt.date.today()
    refused = today - dt.timedelta(days=100)
    events.record_event(case, "refusal_221g", refused)
    window.refresh()
    due = one_year_after(refused)
    assert window.deadline_label.text() == (
        f"221(g) reply due {due:%d %b %Y} — {(due - today).days} days"
    )


def test_the_self_test_drives_the_real_window(capsys) -> None:
    assert run_self_test() == 0
    assert capsys.readouterr().out.startswith("OK VisaCase self-test: create case")


def test_pasting_ceac_text_shows_its_meaning_then_records_it(window, case) -> None:
    from tests.domain.test_ceac import WHOLE_PAGE

    event_id = paste_status(window, WHOLE_PAGE)

    title, summary = window.dialogs.messages[-1]
    assert title == "CEAC status"
    assert "Status: Refused (administrative processing)" in summary
    assert "not a final decision" in summary
    [seen] = [e for e in events.list_events(case) if e.id == event_id]
    assert seen.payload["text"] == WHOLE_PAGE
    assert window.timeline_panel.model.row_at(0).key == ("event", event_id)


def test_declining_a_pasted_status_records_nothing(window, case) -> None:
    window.dialogs.answer = False
    assert paste_status(window, "Status: Approved") is None
    assert events.list_events(case) == []


def test_exporting_from_the_window_writes_the_packet(qtbot, window, case, tmp_path) -> None:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(tmp_path / "slip.pdf")
    documents.add_document(
        case, tmp_path / "slip.pdf", original_name="slip.pdf", kind="notice_221g", page_count=1
    )
    window.dialogs.path = tmp_path / "out.pdf"

    with qtbot.waitSignal(window.packet_exported, timeout=30_000) as exported:
        export_packet(window)

    assert exported.args[0].path == tmp_path / "out.pdf"
    with pikepdf.open(tmp_path / "out.pdf") as out:
        assert len(out.pages) == 3
    assert window.dialogs.messages[-1][0] == "Packet ready"


def test_identifiers_are_masked_in_the_window(window, case) -> None:
    from desktop_app.services import applicants

    applicants.add_applicant(case, "Maria Santos", application_id="AA00B7QPGN")
    window.refresh()
    shown = window.applicants_label.text()
    assert "AA00•••PGN" in shown
    assert "AA00B7QPGN" not in shown


def test_the_checklist_shows_each_item_and_its_state(qtmodeltester, window, case) -> None:
    import datetime as dt

    from desktop_app.services import notices

    item = notices.add_requested_item(case, code="bank_statements")
    notices.add_requested_item(case, code="police_certificate")
    doc = documents.add_document(case, b"%PDF-1.4 x", original_name="bank.pdf").id
    notices.link_document(case, item, doc)
    window.refresh()

    qtmodeltester.check(window.requests_model)
    rows = [window.requests_model.index(n, 0).data() for n in range(2)]
    assert rows[0].startswith("◐  Bank statements\n") and "Ready to send: bank" in rows[0]
    assert rows[1].startswith("○  Police certificate\n") and "Missing" in rows[1]
    notices.mark_submitted(case, dt.date(2026, 9, 2))
    window.refresh()
    assert "Submitted 02 Sep 2026: bank" in window.requests_model.index(0, 0).data()


def test_new_case_validates_the_id_as_it_is_typed(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.gui.dialogs.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.applicant.setText("Ana Reyes")
    dialog.case_id.edit.setText("AA12")
    assert not ok.isEnabled()
    assert "AA0 followed by 7" in dialog.case_id.hint.text()
    dialog.case_id.edit.setText("aa00 b7qpgn")
    assert ok.isEnabled() and dialog.case_id.hint.text() == ""
    assert (dialog.answer().application_id, dialog.answer().case_number) == ("AA00B7QPGN", None)
    dialog.case_id.edit.setText("mnl2023768001")
    assert (dialog.answer().application_id, dialog.answer().case_number) == (
        None,
        "MNL2023768001",
    )


def test_new_case_from_the_menu_opens_it_in_a_window(window, tmp_path) -> None:
    from desktop_app.gui.app import file_actions
    from desktop_app.gui.dialogs.new_case_dialog import NewCase
    from desktop_app.services import applicants as applicant_service

    window.dialogs.new_case = lambda: NewCase(
        "Ana Reyes", "Ana Reyes", "AA00B7QPGN", None, "U.S. Embassy Lima", "B1/B2", "221g"
    )
    window.dialogs.path = tmp_path / "ana"

    other = file_actions.new_case(window)

    assert other is not None and other.case.path == tmp_path / "ana.visacase"
    [person] = applicant_service.list_applicants(other.case)
    assert (person.name, person.application_id) == ("Ana Reyes", "AA00B7QPGN")
    other.close()
    assert not (tmp_path / ".ana.visacase.lock").exists()


def test_opening_something_that_is_not_a_case_says_so(qtbot, window, tmp_path) -> None:
    from desktop_app.gui.app import file_actions

    junk = tmp_path / "junk.visacase"
    junk.write_bytes(b"not a case")
    opening = file_actions.open_case(window, junk)
    qtbot.waitUntil(lambda: opening.closed)
    assert window.dialogs.messages[-1] == (
        "Open case",
        "junk.visacase is not a VisaCase case file.",
    )


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent.*deprecated:DeprecationWarning")
def test_a_dropped_photo_is_read_and_its_suggestion_can_be_accepted(
    qtbot, window, case, tmp_path
) -> None:
    from desktop_app.services import reading
    from tests.cli.test_reading_cli import _photo

    if not reading.can_ocr():
        pytest.skip("Tesseract is not installed")
    photo = _photo(tmp_path / "slip.png")

    with qtbot.waitSignal(window.reading_finished, timeout=60_000):
        _drop(window, [photo])

    window.documents_view.selectRow(0)
    assert window.details.suggestions.isVisibleTo(window)
    [kind] = [s for s in reading.list_suggestions(case, 1) if s.field == "kind"]
    window.details.decided.emit(kind.id, True)
    assert documents.get_document(case, 1).kind == "notice_221g"
    assert window.documents_model.index(0, 1).data() == "221(g) notice"


def test_editing_a_document_saves_at_once_and_can_be_undone_and_redone(
    qtbot, window, case: CaseFile
) -> None:
    doc_id = documents.add_document(case, b"%PDF-1.4 letter", original_name="scan-0042.pdf").id
    window.show_document(doc_id)
    details = window.details

    details.title.setText("Employment letter — ACME")
    details.title.editingFinished.emit()
    details.kind.setCurrentIndex(details.kind.findData("employment_letter"))
    details.kind.activated.emit(details.kind.currentIndex())

    saved = documents.get_document(case, doc_id)
    assert (saved.title, saved.kind) == ("Employment letter — ACME", "employment_letter")
    assert window.documents_model.document(window.documents_view.currentIndex().row()).id == doc_id

    window.undo_stack.undo()
    assert documents.get_document(case, doc_id).kind == "other"
    assert details.kind.currentData() == "other"
    window.undo_stack.undo()
    assert documents.get_document(case, doc_id).title == "scan-0042"
    window.undo_stack.redo()
    assert documents.get_document(case, doc_id).title == "Employment letter — ACME"


def test_choosing_no_change_records_no_edit(qtbot, window, case: CaseFile) -> None:
    doc_id = documents.add_document(case, b"%PDF-1.4 x", original_name="x.pdf").id
    window.show_document(doc_id)

    window.details.title.editingFinished.emit()
    window.details.kind.activated.emit(window.details.kind.currentIndex())

    assert window.undo_stack.count() == 0


def test_a_document_can_be_given_to_an_applicant_and_dated(qtbot, window, case: CaseFile) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    from desktop_app.services import applicants

    maria = applicants.add_applicant(case, "Maria L. Santos")
    doc_id = documents.add_document(case, b"%PDF-1.4 y", original_name="y.pdf").id
    window.show_document(doc_id)
    details = window.details

    details.applicant.setCurrentIndex(details.applicant.findData(maria))
    details.applicant.activated.emit(details.applicant.currentIndex())
    details.date.setDate(QDate(2023, 3, 14))
    details.date.editingFinished.emit()

    saved = documents.get_document(case, doc_id)
    assert (saved.applicant_id, saved.document_date) == (maria, dt.date(2023, 3, 14))


def test_identifiers_are_masked_until_the_user_shows_them(qtbot, window, case: CaseFile) -> None:
    from desktop_app.services import applicants

    applicants.add_applicant(case, "Maria L. Santos", application_id="AA00B7QPGN")
    window.refresh()
    assert "AA00B7QPGN" not in window.applicants_label.text()
    assert "AA00•••PGN" in window.applicants_label.text()

    window.reveal_ids.setChecked(True)

    assert "AA00B7QPGN" in window.applicants_label.text()


def test_without_text_recognition_the_user_is_told_once(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from PIL import Image

    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    scans = []
    for n in range(2):
        scans.append(tmp_path / f"scan-{n}.png")
        Image.new("L", (300, 400), 255 - n).save(scans[-1])

    for scan in scans:
        with qtbot.waitSignal(window.reading_finished, timeout=20_000):
            window.import_paths([scan])

    told = [text for title, text in window.dialogs.messages if title == "Text recognition"]
    assert len(told) == 1 and "not installed" in told[0]


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent.*deprecated:DeprecationWarning")
def test_a_read_only_window_takes_no_drops_or_pastes(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData

    from desktop_app.gui.case_window import clipboard
    from desktop_app.services import cases

    path = tmp_path / "held.visacase"
    cases.create_case(path, "Held").close()
    win = MainWindow(cases.open_case(path, read_only=True), dialogs=FakeDialogs())
    qtbot.addWidget(win)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "x.pdf"))])
    enter = _drag_enter(mime)
    enter.ignore()

    win.dragEnterEvent(enter)
    clipboard.paste(win, mime)

    assert not enter.isAccepted()
    assert not win.checklist_view.acceptDrops()
    assert win.dialogs.messages == [("Paste", "This case is open read-only.")]
    assert "(read-only)" in win.windowTitle()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_using_the_window_does_not_leak_references_to_none(window) -> None:
    """PySide6 6.12.0 dropped a reference to None per Qt call, which later aborts Python.

    The collector stays off while counting: freeing earlier tests' garbage (which held None)
    lowers the count too, by thousands, without anything leaking."""
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(100):
            window.refresh()
        after = sys.getrefcount(None)
    finally:
        gc.enable()

    assert after > before - 500  # 6.12.0 loses one per setText() and more


def test_numbers_in_suggestions_and_pasted_pages_are_masked_until_shown(
    qtbot, window, case: CaseFile
) -> None:
    import datetime as dt

    from desktop_app.services import reading, sample_content

    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    reading.read_documents(case)
    events.record_event(
        case,
        "ceac_status",
        dt.date(2026, 8, 19),
        payload={"status": "Refused", "text": "AA00B7QPGN"},
    )
    window.show_document(slip)
    shown = " ".join(label.text() for label in window.details.suggestions.findChildren(QLabel))
    tips = [
        window.timeline_panel.model.index(n, 0).data(Qt.ItemDataRole.ToolTipRole) or ""
        for n in range(window.timeline_panel.model.rowCount())
    ]
    assert "AA00B7QPGN" not in shown + " ".join(tips)
    assert "AA00•••PGN" in shown

    window.reveal_ids.setChecked(True)

    shown = " ".join(label.text() for label in window.details.suggestions.findChildren(QLabel))
    assert "AA00B7QPGN" in shown
    assert any(
        "AA00B7QPGN"
        in (window.timeline_panel.model.index(n, 0).data(Qt.ItemDataRole.ToolTipRole) or "")
        for n in range(window.timeline_panel.model.rowCount())
    )
