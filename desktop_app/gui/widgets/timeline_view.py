"""The Timeline tab: add an event in one click, filter, and read the case's history and deadlines.

A strip of actions adds events (a pasted CEAC status, a passport update, an email, a note); a
row of toggles picks the applicant and the kinds of events shown (both wrap onto a second line
rather than hide actions or widen the pane); below, a painted vertical timeline
runs from the first event through "today" to the deadlines ahead. Every change goes through the
services as one step of the window's undo stack (``CaseEdits``); the window then reloads the
panel with the rest of itself (a panel on its own reloads and emits ``changed``).
The panel offers what ``status_paste.paste_status`` needs of a window (``case``, ``dialogs``,
``refresh``), so the CEAC paste behaves exactly as the Case menu's.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.deadlines import Deadline
from desktop_app.domain.timeline import current_phase
from desktop_app.gui.case_window.case_edits import CaseEdits
from desktop_app.gui.case_window.status_paste import paste_status
from desktop_app.gui.dialogs import event_dialog
from desktop_app.gui.dialogs.asking import Dialogs
from desktop_app.gui.dialogs.event_dialog import EventEntry
from desktop_app.gui.dialogs.followup_dialog import FollowUpDialog
from desktop_app.gui.models.timeline_model import RowRole, TimelineFilter, TimelineModel
from desktop_app.gui.models.timeline_rows import Category, RowKind, build_rows, domain_event
from desktop_app.gui.translations import display_date
from desktop_app.gui.widgets.flow_layout import ActionStrip, FlowLayout
from desktop_app.gui.widgets.timeline_deadlines import MissedBand, save_calendar
from desktop_app.gui.widgets.timeline_delegate import TimelineDelegate
from desktop_app.services import applicants, events, followup, timeline
from desktop_app.services.applicants import ApplicantView
from desktop_app.services.notices import RequestedItemView
from desktop_app.store.casefile import CaseFile

# kind, applicants, today, parent, the applicant shown (None: all) -> what the user entered
AskEvent = Callable[[str, list[ApplicantView], dt.date, QWidget, int | None], EventEntry | None]


class TimelinePanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        case: CaseFile,
        dialogs: Dialogs,
        *,
        ask_event: AskEvent = event_dialog.ask,
        today: Callable[[], dt.date] = dt.date.today,
        edits: CaseEdits | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case = case
        self.dialogs = dialogs
        on_its_own = edits is None  # a test: its own undo stack, and it loads and refreshes itself
        if edits is None:
            edits = CaseEdits(case, QUndoStack(self), self)
            edits.changed.connect(self.refresh)
        self.edits = edits
        self._ask_event = ask_event
        self._today = today
        self.followup_dialog: FollowUpDialog | None = None
        self.found: list[Deadline] = []
        """Every deadline with its state, as of the last reload (the window's status bar too)."""
        self._loads = 0
        self._seen = False
        self.model = TimelineModel(self)
        self.rows = TimelineFilter(self)
        self.rows.setSourceModel(self.model)
        self.view = self._timeline_view()
        self.phases = QLabel()
        self.phases.setWordWrap(True)
        self.phases.setTextFormat(Qt.TextFormat.RichText)
        self.missed = MissedBand()
        self.empty_hint = QLabel(
            self.tr(
                "Nothing on the timeline yet. Paste the text of the CEAC status page, or add a "
                "passport update, an email or a note with the buttons above."
            )
        )
        self.empty_hint.setWordWrap(True)
        self.applicant = QComboBox()
        self.applicant.setAccessibleName(self.tr("Show events of"))
        self.applicant.currentIndexChanged.connect(
            lambda _n: self.rows.set_applicant(self.applicant.currentData())
        )
        self.toggles = self._toggles()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.toolbar = self._toolbar()
        layout.addWidget(self.toolbar)
        layout.addWidget(self.missed)
        layout.addWidget(self.phases)
        layout.addWidget(self._filter_row())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_hint)
        if on_its_own:  # a window's panel loads with the rest of the window (its refresh)
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """The first time the tab is seen, it opens on today rather than on the oldest event."""
        super().showEvent(event)
        if not self._seen:
            self._seen = True
            QTimer.singleShot(0, self.scroll_to_today)

    def _timeline_view(self) -> QListView:
        view = QListView()
        view.setModel(self.rows)
        view.setItemDelegate(TimelineDelegate(view))
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setMouseTracking(True)
        view.setAccessibleName(self.tr("Timeline"))
        view.setAccessibleDescription(
            self.tr("Events in the order they happened, today, then the deadlines ahead")
        )
        self.remove_action = QAction(self.tr("Remove event"), self)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.setEnabled(not self.case.read_only)
        self.remove_action.triggered.connect(self.remove_selected)
        view.addAction(self.remove_action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return view

    def _toolbar(self) -> ActionStrip:
        bar = ActionStrip(self.tr("Add to the timeline"))
        self.paste_action = QAction(self.tr("Paste CEAC status…"), self)
        self.paste_action.setToolTip(
            self.tr("Read the CEAC status page text from the clipboard and record it")
        )
        self.paste_action.triggered.connect(self.paste_status)
        self.event_actions = {
            kind: QAction(label, self)
            for kind, label in (
                ("passport_tracking", self.tr("Passport update…")),
                ("email_sent", self.tr("Email sent…")),
                ("email_received", self.tr("Email received…")),
                ("note", self.tr("Note…")),
            )
        }
        for kind, action in self.event_actions.items():
            action.triggered.connect(lambda _=False, k=kind: self.add_event(k))
        self.followup_action = QAction(self.tr("Follow-up email…"), self)
        self.followup_action.setToolTip(self.tr("Draft a status inquiry to the consulate"))
        self.followup_action.triggered.connect(self.show_followup)
        self.calendar_action = QAction(self.tr("Save deadlines to calendar…"), self)
        self.calendar_action.setToolTip(
            self.tr("Write the open deadlines, each with a reminder, to a file your calendar opens")
        )
        self.calendar_action.triggered.connect(self.save_calendar)
        for action in (self.paste_action, *self.event_actions.values()):
            action.setEnabled(not self.case.read_only)
        bar.add_widget(QLabel(self.tr("Add:")))
        added = [a for kind, a in self.event_actions.items() if kind != "email_received"]
        for action in (self.paste_action, *added, self.followup_action, self.calendar_action):
            bar.add_action(action)
        return bar

    def _toggles(self) -> dict[Category, QCheckBox]:
        labels = {
            Category.CEAC: self.tr("CEAC"),
            Category.PASSPORT: self.tr("Passport"),
            Category.EMAILS: self.tr("Emails"),
            Category.DOCUMENTS: self.tr("Documents"),
            Category.NOTES: self.tr("Notes"),
        }
        toggles = {}
        for category, label in labels.items():
            button = QCheckBox(label)
            button.setChecked(True)
            button.setAccessibleName(self.tr("Show {0}").format(label))
            button.setToolTip(self.tr("Show or hide {0} events").format(label))
            button.toggled.connect(lambda on, c=category: self.rows.set_shown(c, on))
            toggles[category] = button
        return toggles

    def _filter_row(self) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.addWidget(QLabel(self.tr("Show:")))
        flow.addWidget(self.applicant)
        for button in self.toggles.values():
            flow.addWidget(button)
        return row

    def menu_actions(self) -> list[QAction]:
        """The toolbar's actions for the window's menu (its Case menu already pastes statuses)."""
        return [*self.event_actions.values(), self.followup_action, self.calendar_action]

    def reload(self, requested: list[RequestedItemView] | None = None) -> None:
        """Show what the case file holds now; only rows that differ are touched. ``requested``:
        the case's requested items, when the caller has just listed them too."""
        today = self._today()
        people = applicants.list_applicants(self.case)
        names = {p.id: p.name for p in people}
        history = timeline.history(self.case)
        self.found = timeline.deadlines(self.case, today, history, requested)
        self.model.set_rows(build_rows(history, names, self.found, today))
        self.missed.show_deadlines(self.found, today)
        self._set_people(names)
        seen = [domain_event(e) for e in history]
        none_yet = self.tr("no events yet")
        lines = []
        for person in people:
            phase = current_phase(seen, person.id)
            lines.append(
                f"<b>{html.escape(person.name)}</b>: "
                + html.escape(phase.describe(today) if phase else none_yet)
            )
        self.phases.setText("<br>".join(lines))
        self.phases.setVisible(bool(people))
        self.empty_hint.setVisible(not history)
        self._loads += 1

    def save_calendar(self) -> int | None:
        return save_calendar(self.case, self.dialogs, self._today())

    def refresh(self) -> None:
        """After a change made here: let the window know, and reload unless it already did."""
        loads = self._loads
        self.changed.emit()
        if self._loads == loads:
            self.reload()

    def _set_people(self, names: dict[int, str]) -> None:
        wanted = self.applicant.currentData()
        self.applicant.blockSignals(True)
        self.applicant.clear()
        self.applicant.addItem(self.tr("All applicants"), None)
        for applicant_id, name in names.items():
            self.applicant.addItem(name, applicant_id)
        self.applicant.setCurrentIndex(max(self.applicant.findData(wanted), 0))
        self.applicant.blockSignals(False)
        self.rows.set_applicant(self.applicant.currentData())

    def scroll_to_today(self) -> None:
        for n in range(self.rows.rowCount()):
            index = self.rows.index(n, 0)
            if self.model.row_at(self.rows.mapToSource(index).row()).kind == RowKind.TODAY:
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    def paste_status(self) -> int | None:
        return paste_status(self, QGuiApplication.clipboard().text())  # type: ignore[arg-type]

    def add_event(self, kind: str) -> int | None:
        """Ask for the day, applicant and text of one event, then record it."""
        people = applicants.list_applicants(self.case)
        entry = self._ask_event(kind, people, self._today(), self, self.applicant.currentData())
        if entry is None:
            return None
        event_id = self.edits.do(
            self.tr("Add {0} of {1}").format(
                self._kind_label(entry.kind), display_date(entry.occurred_on)
            ),
            lambda: events.record_event(
                self.case,
                entry.kind,
                entry.occurred_on,
                applicant_id=entry.applicant_id,
                note=entry.text,
            ),
        )
        self.select_event(event_id)
        return event_id

    def _kind_label(self, kind: str) -> str:
        action = self.event_actions.get(kind)
        return action.text().rstrip("…").lower() if action else kind.replace("_", " ")

    def remove_selected(self) -> int | None:
        """Take a mistaken event off the timeline; Edit ▸ Undo puts it back."""
        index = self.view.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if row is None or row.event is None or self.case.read_only:
            return None
        event_id = row.event.id
        self.edits.do(
            self.tr("Remove “{0}” of {1}").format(row.title, display_date(row.day)),
            lambda: events.remove_event(self.case, event_id),
        )
        return event_id

    def select_event(self, event_id: int) -> None:
        for n in range(self.model.rowCount()):
            row = self.model.row_at(n)
            if row.event is not None and row.event.id == event_id:
                index = self.rows.mapFromSource(self.model.index(n, 0))
                if index.isValid():
                    self.view.setCurrentIndex(index)
                    self.view.scrollTo(index)
                return

    def show_followup(self) -> FollowUpDialog:
        """The drafted inquiry email, in a window of its own beside the case."""
        if self.followup_dialog is None:
            self.followup_dialog = FollowUpDialog(self)
            self.followup_dialog.sent.connect(self._record_sent)
            self.followup_dialog.sent_button.setEnabled(not self.case.read_only)
        self.followup_dialog.show_draft(followup.draft_followup(self.case, self._today()))
        self.followup_dialog.show()
        self.followup_dialog.raise_()
        return self.followup_dialog

    def _record_sent(self, subject: str) -> None:
        event_id = self.edits.do(
            self.tr("Record email sent"),
            lambda: events.record_event(
                self.case, "email_sent", self._today(), note=self.tr("Sent: {0}").format(subject)
            ),
        )
        self.select_event(event_id)
