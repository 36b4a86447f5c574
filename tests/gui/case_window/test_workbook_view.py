"""The 214(b) workbook tab: every tick, change, link and answer is saved through the service."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop_app.gui.case_window.workbook_view import WorkbookPanel
from desktop_app.gui.models.changes_model import ChangeIdRole, EvidenceRole
from desktop_app.gui.models.documents_model import DOCUMENT_IDS_MIME
from desktop_app.services import cases, documents, workbook
from tests.gui.fakes import FakeDialogs

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def panel(qtbot, case):
    cases.update_case(case, refusal_type="214b")
    documents.add_document(case, b"%PDF-1.4 x", original_name="c.pdf", title="Promotion letter")
    view = WorkbookPanel(case, FakeDialogs(), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def test_ticking_a_point_saves_it(panel, case) -> None:
    panel.points["root_cause"].click()

    done = {p.key for p in workbook.show(case, TODAY).points if p.done}
    assert done == {"root_cause"}
    assert "not done: Honest root cause" not in panel.readiness.text()


def test_a_change_is_added_then_proven_by_a_linked_document(panel, case, qtmodeltester) -> None:
    qtmodeltester.check(panel.changes)
    panel.new_change.setText("Promoted to operations manager in May 2026")
    panel.new_change.returnPressed.emit()

    assert panel.new_change.text() == ""
    index = panel.change_list.currentIndex()
    assert "No evidence yet" in index.data()
    assert "nothing changed has evidence" in panel.readiness.text()

    panel.document.setCurrentIndex(panel.document.findText("Promotion letter"))
    panel.link_evidence(True)

    index = panel.change_list.currentIndex()
    [change] = workbook.list_changes(case)
    assert index.data(ChangeIdRole) == change.id
    assert index.data(EvidenceRole) == list(change.evidence) != []
    assert "Evidence: Promotion letter" in index.data()
    assert "evidence" not in panel.readiness.text()


def test_an_empty_change_is_refused_with_a_sentence(panel, case) -> None:
    panel.new_change.setText("   ")
    panel.add_change()

    assert workbook.list_changes(case) == []
    assert panel.dialogs.messages[-1][0] == "214(b) workbook"


def test_linking_without_a_selected_change_says_what_to_select(panel) -> None:
    panel.link_evidence(True)

    assert "Select a change" in panel.dialogs.messages[-1][1]


def test_the_answer_is_kept_when_editing_finishes(panel, case) -> None:
    panel.answer.setText("Since May I manage the Manila office.")
    panel.answer.editingFinished.emit()

    assert cases.get_case_info(case).workbook_answer == "Since May I manage the Manila office."
    assert panel.answer_hint.text().startswith("7 words")
    assert "no one-sentence answer yet" not in panel.readiness.text()


def test_a_complete_workbook_says_complete_never_that_a_visa_will_follow(panel, case) -> None:
    change = workbook.add_change(case, "Promoted in May")
    workbook.link_evidence(case, change, documents.list_documents(case)[0].id)
    workbook.set_answer(case, "I was promoted in May.")
    for key in workbook.workbook.KEYS:
        workbook.set_point(case, key, True)

    panel.reload()

    assert "The workbook is complete." in panel.readiness.text()
    assert "Nobody can promise a visa" in panel.notice.text()
    assert all(check.isChecked() for check in panel.points.values())


def test_a_221g_case_is_told_the_workbook_is_not_its_path(panel, case) -> None:
    cases.update_case(case, refusal_type="221g")
    panel.reload()

    assert "not a final decision" in panel.readiness.text()


def test_what_the_user_typed_is_shown_as_text_not_markup(panel, case) -> None:
    workbook.add_change(case, "<b>Bought</b> a flat & a car")
    proven = workbook.add_change(case, "Second change")
    workbook.link_evidence(case, proven, documents.list_documents(case)[0].id)
    panel.reload()

    assert "no evidence yet for: &lt;b&gt;Bought&lt;/b&gt; a flat &amp; a car" in (
        panel.readiness.text()
    )


def _drop_on(view, row: int, mime) -> QDropEvent:
    from PySide6.QtCore import QPointF

    where = QPointF(view.visualRect(view.model().index(row, 0)).center())
    drop = QDropEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    view.dropEvent(drop)
    return drop


def test_a_document_dropped_on_a_change_becomes_its_evidence(panel, case) -> None:
    workbook.add_change(case, "First")
    second = workbook.add_change(case, "Promoted in May")
    panel.reload()
    document = documents.list_documents(case)[0].id
    mime = QMimeData()
    mime.setData(DOCUMENT_IDS_MIME, str(document).encode())

    drop = _drop_on(panel.change_list, 1, mime)

    assert drop.isAccepted()
    assert {c.id: c.evidence for c in workbook.list_changes(case)}[second] == (document,)
    assert "Evidence: Promotion letter" in panel.change_list.currentIndex().data()


def test_files_from_the_desktop_are_left_to_the_window(panel, case, tmp_path) -> None:
    workbook.add_change(case, "Promoted in May")
    panel.reload()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "payslip.pdf"))])

    drop = _drop_on(panel.change_list, 0, mime)

    assert not drop.isAccepted()
    assert workbook.list_changes(case)[0].evidence == ()
