"""The details panel's date: editing the slip's date moves the deadline at once (and undo moves it
back); dates stay between 1900 and 2100, yet a file holding one outside still opens and shows it;
a read date is suggested as the date field would show it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.widgets.details import DetailsPanel
from desktop_app.services import cases, documents, events, notices, reading
from desktop_app.services.reading import SuggestionView
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs

TODAY = dt.date(2026, 11, 22)


def _window(qtbot, case: CaseFile) -> MainWindow:
    win = MainWindow(case, dialogs=FakeDialogs(), today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


def _slip(case: CaseFile, on: dt.date) -> int:
    doc = documents.add_document(
        case, b"%PDF-1.4 slip", original_name="slip.pdf", kind="notice_221g", document_date=on
    ).id
    notices.notice_for_document(case, doc)
    return doc


def test_editing_the_slip_date_moves_the_deadline_at_once_and_undo_moves_it_back(
    qtbot, case: CaseFile
) -> None:
    slip = _slip(case, dt.date(2026, 8, 18))
    win = _window(qtbot, case)
    assert win.deadline_label.text().startswith("221(g) reply due 18 Aug 2027")
    win.show_document(slip)

    win.details.date.setDate(QDate(2026, 9, 1))
    win.details.date.editingFinished.emit()

    assert win.deadline_label.text().startswith("221(g) reply due 01 Sep 2027")
    titles = [
        win.timeline_panel.model.row_at(n) for n in range(win.timeline_panel.model.rowCount())
    ]
    assert [r.day for r in titles if r.key == ("deadline", "reply")] == [dt.date(2027, 9, 1)]
    win.undo_stack.undo()
    assert win.deadline_label.text().startswith("221(g) reply due 18 Aug 2027")


def test_accepting_a_read_date_moves_the_deadline(qtbot, case: CaseFile) -> None:
    slip = _slip(case, dt.date(2026, 8, 18))
    reading.suggest(case, slip, "Date: 25 August 2026\nRefused under Section 221(g)")
    [date] = [s for s in reading.list_suggestions(case, slip) if s.field == "document_date"]
    win = _window(qtbot, case)

    win.show_document(slip)
    win.decide(date.id, True)

    assert win.deadline_label.text().startswith("221(g) reply due 25 Aug 2027")


def test_the_date_field_stops_at_2100(qtbot, case: CaseFile) -> None:
    win = _window(qtbot, case)
    assert win.details.date.maximumDate() == QDate(2100, 12, 31)
    assert win.details.date.minimumDate() == QDate(1900, 1, 1)


def test_a_case_holding_a_date_outside_1900_2100_still_opens_and_shows_it(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "odd.visacase"
    case = cases.create_case(path, "Odd dates")
    doc = _slip(case, dt.date(2026, 8, 18))
    events.record_event(case, "email_sent", dt.date(2026, 9, 1), note="Asked")
    case.close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE documents SET document_date = '9999-12-31'")
        db.execute("UPDATE events SET occurred_on = '9999-12-31'")
    win = _window(qtbot, cases.open_case(path))

    win.show_document(doc)

    assert win.details.date.date() == QDate(9999, 12, 31)
    assert win.details.date_problem.isVisibleTo(win.details)
    assert win.details.date_problem.text() == (
        "9999-12-31 is outside the dates VisaCase takes (1900 to 2100); check the year."
    )
    days = [
        win.timeline_panel.model.row_at(n).day for n in range(win.timeline_panel.model.rowCount())
    ]
    assert dt.date(9999, 12, 31) in days
    assert win.deadline_label.text() == "No deadline ahead"
    win.details.date.editingFinished.emit()
    assert win.undo_stack.count() == 0  # leaving the field unchanged records nothing
    win.close()


def test_a_read_date_is_suggested_the_way_the_date_field_shows_days(qtbot) -> None:
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    read = SuggestionView(1, 1, "document_date", "2026-08-25", "Date: 25 August 2026", "pending")
    panel.show_suggestions([read], reveal_ids=False)
    [label] = panel.suggestions.findChildren(QLabel)
    assert "Date: 25 Aug 2026</b>" in label.text() and "2026-08-25" not in label.text()


def test_the_pages_of_a_document_s_text_are_shown_apart(qtbot, case: CaseFile) -> None:
    text = "Balance 475,139.50\fPACIFIC UNION BANK\f\nPage three"
    doc = documents.add_document(
        case, b"%PDF-1.4 statement", original_name="statement.pdf", text=text
    ).id
    win = _window(qtbot, case)
    win.show_document(doc)

    shown = win.details.text.toPlainText()
    assert "475,139.50PACIFIC" not in shown
    assert shown == (
        "Balance 475,139.50\n\n— page 2 —\nPACIFIC UNION BANK\n\n— page 3 —\nPage three"
    )
