"""The journeys of tests/journeys.py, seen in the case window after every step: the status bar,
the timeline's deadline rows with their states, each applicant's phase, and the missed band."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.domain.deadline_states import MISSED_REPLY
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.case_window.status_paste import paste_status
from desktop_app.gui.models.timeline_model import RowRole
from desktop_app.gui.models.timeline_rows import RowKind
from desktop_app.services import applicants, cases, events
from desktop_app.store.casefile import CaseFile
from tests.cli.test_journeys_cli import commands, one_page_pdf
from tests.domain.test_ceac import SHORT_REFUSED
from tests.gui.fakes import FakeDialogs
from tests.journeys import JOURNEYS, LABELS, Journey, Step

TITLES = {
    "met": "{0} met",
    "missed": "{0} MISSED",
    "moot": "{0}: no longer applies",
}


def expected_title(key: str, state: str) -> set[str]:
    label = LABELS[key]
    if state == "open":
        return {f"{label} due", f"{label} from this day"}
    return {TITLES[state].format(label)}


def open_window(qtbot, path: Path, today: dt.date, case: CaseFile | None = None) -> MainWindow:
    opened = case or cases.open_case(path)
    win = MainWindow(opened, dialogs=FakeDialogs(), today=lambda: today)
    qtbot.addWidget(win)
    win.show()
    return win


def check_window(win: MainWindow, step: Step, journey: Journey) -> None:
    bar = win.deadline_label.text()
    assert step.status_bar in bar
    missed = "missed" in step.states.values()
    assert ("MISSED" in bar) == missed
    assert (win.deadline_label.toolTip() == MISSED_REPLY) == missed
    panel = win.timeline_panel
    assert panel.missed.isVisibleTo(panel) == missed

    rows = [panel.model.row_at(n) for n in range(panel.model.rowCount())]
    deadline_rows = {r.title for r in rows if r.kind == RowKind.DEADLINE}
    assert len(deadline_rows) == len(step.states)
    for key, state in step.states.items():
        assert deadline_rows & expected_title(key, state), (key, state)
    for key, reason in step.reasons.items():
        [row] = [r for r in rows if r.key == ("deadline", key)]
        assert reason.lower() in row.detail.lower()
    for name, (phase, days) in step.phases.items():
        count = "1 day" if days == 1 else f"{days} days"
        assert f"<b>{name}</b>: {phase} since " in panel.phases.text()
        assert f", {count}" in panel.phases.text()
    assert win.tabs.tabText(win.tabs.currentIndex()) == journey.opens_on
    assert all(panel.rows.index(n, 0).data(RowRole) for n in range(panel.rows.rowCount()))


@pytest.mark.parametrize("journey", JOURNEYS, ids=lambda j: j.name)
def test_each_journey_shows_in_the_window_at_every_step(
    qtbot, run_cli, tmp_path: Path, journey: Journey
) -> None:
    case, pdf = tmp_path / "journey.visacase", one_page_pdf(tmp_path / "scan.pdf")
    commands(run_cli, case, pdf, journey.setup)
    for step in journey.steps:
        commands(run_cli, case, pdf, step.commands)
        today = dt.date.fromisoformat(step.today)
        win = open_window(qtbot, case, today)
        check_window(win, step, journey)
        win.close()


def test_a_status_flap_pasted_into_an_open_window_updates_it_at_every_paste(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "flap.visacase"
    case = cases.create_case(path, "Flap")
    applicants.add_applicant(case, "Ben Ito", application_id="AA00B7QPGN")
    win = open_window(qtbot, path, dt.date(2026, 3, 7), case)
    panel = win.timeline_panel

    def pasted(updated: str, status: str) -> str:
        page = (
            "Application ID or Case Number: AA00B7QPGN\n"
            f"Case Last Updated: {updated}\nStatus:\n{status}"
        )
        assert paste_status(win, page) is not None
        return panel.phases.text()

    assert "application submitted since 01 Mar 2026, 6 days" in pasted(
        "01-Mar-2026", "Application Received"
    )
    assert "refused: see the letter since 03 Mar 2026, 4 days" in pasted(
        "03-Mar-2026", SHORT_REFUSED
    )
    events.record_event(case, "email_sent", dt.date(2026, 3, 4), note="Asked about the letter")
    win.refresh()
    assert win.deadline_label.text() == "Next follow-up due 18 Mar 2026 — 11 days"
    assert "approved since 06 Mar 2026, 1 day" in pasted("06-Mar-2026", "Approved")
    assert win.deadline_label.text() == (
        "No deadline ahead — Next follow-up no longer applies — visa approved 06 Mar 2026"
    )
    titles = [panel.model.row_at(n).title for n in range(panel.model.rowCount())]
    assert "Next follow-up: no longer applies" in titles


def test_a_paste_far_longer_than_a_status_page_is_explained_not_recorded(qtbot, tmp_path) -> None:
    case = cases.create_case(tmp_path / "paste.visacase", "Paste")
    dialogs = FakeDialogs()
    win = MainWindow(case, dialogs=dialogs)
    qtbot.addWidget(win)

    assert paste_status(win, "Status: Refused\n" * 20_000) is None

    [(title, text)] = dialogs.messages
    assert title == "Paste CEAC status" and "far more than a CEAC status page" in text
    assert events.list_events(case) == []
