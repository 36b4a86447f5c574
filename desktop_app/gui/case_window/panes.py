"""The case window's three panes, built once: the documents on the left (who the case is about,
search, the table, the drop hint), the centre tabs (preview, timeline, 221(g) checklist, 214(b)
workbook) and the details on the right.

Only the centre grows and shrinks with the window, and no pane collapses out of sight; the first
widths give the centre room for its tabs and the details room for their fields, whatever the
font, and later the widths the user left are restored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop_app.gui import colours, settings
from desktop_app.gui.case_window.workbook_view import WorkbookPanel
from desktop_app.gui.widgets.checklist_panel import ChecklistPanel
from desktop_app.gui.widgets.documents_table import DocumentsTable
from desktop_app.gui.widgets.search_panel import SearchPanel
from desktop_app.gui.widgets.timeline_view import TimelinePanel

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow

TAB_FRAME = 8  # the tab widget's frame beside its tab bar
SPLITTER_STATE = "case-window-splitter"


def documents_table(window: MainWindow) -> DocumentsTable:
    view = DocumentsTable(window.documents_model)
    view.selectionModel().currentChanged.connect(window.on_current)
    return view


def centre_tabs(window: MainWindow, refusal_type: str) -> QTabWidget:
    """The preview, timeline, checklist and workbook tabs; a 214(b) case opens on its workbook."""
    case = window.case
    window.timeline_panel = TimelinePanel(
        case, window.dialogs, today=window.today, edits=window.edits
    )
    window.timeline_panel.changed.connect(window.refresh)
    window.checklist = ChecklistPanel()
    view = window.checklist_view = window.checklist.view
    view.setAcceptDrops(not case.read_only)
    view.documents_dropped.connect(window.link_documents)
    view.files_dropped.connect(lambda item_id, paths: window.import_paths(paths, link_to=item_id))
    view.setModel(window.requests_model)
    window.workbook = WorkbookPanel(case, window.dialogs, edits=window.edits)
    tabs = QTabWidget()
    tabs.addTab(window.preview, QWidget.tr("Preview"))
    tabs.addTab(window.timeline_panel, QWidget.tr("Timeline"))
    tabs.addTab(window.checklist, QWidget.tr("221(g) checklist"))
    tabs.addTab(window.workbook, QWidget.tr("214(b) workbook"))
    if refusal_type == "214b":
        tabs.setCurrentWidget(window.workbook)  # a 214(b) case has nothing to send: it reapplies
    return tabs


def splitter(window: MainWindow) -> QSplitter:
    """Documents, the centre tabs and the details, at the widths the user left them."""
    panes = QSplitter()
    panes.setChildrenCollapsible(False)
    for n, pane in enumerate((_left_panel(window), window.tabs, window.details)):
        panes.addWidget(pane)
        panes.setStretchFactor(n, 1 if pane is window.tabs else 0)
    width = window.width()  # in a large font the centre's tabs and the details need more
    centre = max(width * 44 // 100, window.tabs.tabBar().sizeHint().width() + TAB_FRAME)
    details = max(width * 23 // 100, window.details.minimumSizeHint().width())
    panes.setSizes([width - centre - details, centre, details])
    if (state := settings.restored_state(SPLITTER_STATE)) is not None:
        panes.restoreState(state)
    return panes


def save_widths(window: MainWindow) -> None:
    settings.save_state(SPLITTER_STATE, window.splitter.saveState())


def _left_panel(window: MainWindow) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(6, 6, 6, 6)
    window.applicants_label = QLabel()
    window.applicants_label.setWordWrap(True)
    hint = QLabel(QWidget.tr("Drop scans, photos and PDFs anywhere on this window to add them."))
    hint.setWordWrap(True)
    colours.mute(hint)
    window.search = SearchPanel(window.case)
    window.search.hit_chosen.connect(window.show_page)
    layout.addWidget(window.applicants_label)
    layout.addWidget(window.search)
    layout.addWidget(window.documents_view, 1)
    layout.addWidget(hint)
    return panel
