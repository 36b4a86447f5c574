"""The case window holds its layout on a 1280×800 laptop, in the default font and a larger one:
no label is cut, the suggestions read as sentences, the panes keep their widths from one
document to the next, and the timeline shows every action it has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.models.documents_model import DocumentsModel
from desktop_app.services import reading
from tests.gui.fakes import FakeDialogs
from tests.gui.layouts import LAPTOP, SCALES, cut_labels, larger_font, sample_case

SENTENCE_CHARS = 25  # a quote narrower than this many characters reads a word or two per line


@pytest.fixture(params=SCALES, ids=lambda scale: f"font×{scale:g}")
def window(request, qtbot, qapp: QApplication, tmp_path) -> Iterator[MainWindow]:
    case = sample_case(tmp_path)
    with larger_font(qapp, request.param):
        win = MainWindow(dialogs=FakeDialogs())  # as the app opens a case: shown, then filled
        qtbot.addWidget(win)
        win.resize(*LAPTOP)
        win.showNormal()  # the whole laptop, as maximized there, without the frame's pixels
        qtbot.waitExposed(win)
        win.load(case)
        yield win
        win.close()


def show_each_document(qtbot, window: MainWindow) -> Iterator[str]:
    for row in range(window.documents_model.rowCount()):
        window.documents_view.selectRow(row)
        qtbot.waitUntil(lambda r=row: window.documents_view.currentIndex().row() == r)
        QApplication.processEvents()
        yield window.documents_model.document(row).title


def test_no_label_is_cut_on_any_tab_or_document(qtbot, window: MainWindow) -> None:
    for title in show_each_document(qtbot, window):
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert cut_labels(window) == [], (title, window.tabs.tabText(tab))


def test_the_panes_keep_their_widths_from_one_document_to_the_next(qtbot, window) -> None:
    window.documents_view.selectRow(0)
    QApplication.processEvents()
    widths = window.splitter.sizes()

    for title in show_each_document(qtbot, window):
        assert window.splitter.sizes() == widths, title


def test_every_pane_and_tab_starts_with_room_to_read(window: MainWindow) -> None:
    left, centre, details = window.splitter.sizes()
    assert centre >= window.tabs.tabBar().sizeHint().width()
    assert details >= window.details.minimumSizeHint().width()
    assert left >= 20 * window.fontMetrics().averageCharWidth()


def test_suggestions_read_as_sentences_not_a_word_per_line(qtbot, window) -> None:
    suggested = [
        row
        for row, doc in enumerate(window.documents_model.documents())
        if any(s.status == "pending" for s in reading.list_suggestions(window.case, doc.id))
    ]
    assert suggested, "the sample case has suggestions to confirm"
    window.documents_view.selectRow(suggested[0])
    qtbot.waitUntil(window.details.suggestions.isVisible)
    quotes = window.details.suggestions.findChildren(QLabel)
    assert quotes
    room = SENTENCE_CHARS * window.fontMetrics().averageCharWidth()
    for quote in quotes:
        assert quote.width() >= room, quote.text()
    assert cut_labels(window.details) == []


def test_document_titles_keep_room_beside_their_kind(window: MainWindow) -> None:
    header = window.documents_view.horizontalHeader()
    room = 10 * window.fontMetrics().averageCharWidth()
    assert header.sectionSize(DocumentsModel.TITLE) >= room
    assert header.sectionSize(DocumentsModel.TITLE) > header.sectionSize(DocumentsModel.KIND)


def test_the_page_count_steps_aside_only_for_a_title_with_no_room(qtbot, window, request) -> None:
    view = window.documents_view
    if request.node.callspec.params["window"] == 1:
        assert not view.isColumnHidden(DocumentsModel.PAGES)  # the usual font: all four columns
    window.documents_view.selectRow(2)  # the six-page bank statements
    qtbot.waitUntil(lambda: "6 pages" in window.details.file.text())
    window.splitter.setSizes([900, 200, 180])  # a wide pane: room for every column again
    QApplication.processEvents()
    assert not view.isColumnHidden(DocumentsModel.PAGES)


def test_the_timeline_shows_every_action_without_an_overflow_menu(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.timeline_panel)
    QApplication.processEvents()
    panel = window.timeline_panel
    strip = panel.toolbar
    shown = {button.defaultAction(): button for button in strip.buttons()}
    wanted = [panel.paste_action, *panel.event_actions.values()]
    wanted += [panel.followup_action, panel.calendar_action]
    wanted.remove(panel.event_actions["email_received"])  # in the Timeline menu only
    for action in wanted:
        button = shown[action]
        assert button.isVisible(), action.text()
        assert strip.rect().contains(button.geometry()), action.text()
    overflow = [
        b for b in window.findChildren(QToolButton) if b.objectName() == "qt_toolbar_ext_button"
    ]
    assert not any(b.isVisible() for b in overflow)
