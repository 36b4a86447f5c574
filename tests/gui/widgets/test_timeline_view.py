"""The Timeline tab: a painted, filtered model of events, today and deadlines; one-click events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from desktop_app.domain.deadlines import Deadline
from desktop_app.gui.dialogs.event_dialog import EventEntry
from desktop_app.gui.models.timeline_model import RowRole, TimelineFilter, TimelineModel
from desktop_app.gui.models.timeline_rows import Category, RowKind, Tone, build_rows
from desktop_app.gui.widgets.timeline_delegate import DATE_WIDTH, Look, chip_colours
from desktop_app.gui.widgets.timeline_view import TimelinePanel
from desktop_app.services import cases, events, notices
from desktop_app.services.events import EventView
from desktop_app.services.sample_case import LONG_REFUSED, build_sample_case
from tests.domain.test_ceac import WHOLE_PAGE
from tests.gui.fakes import FakeDialogs

TODAY = dt.date(2026, 11, 22)
MARIA, DANIEL = 1, 2
NAMES = {MARIA: "Maria", DANIEL: "Daniel"}


def _event(n: int, kind: str, day: dt.date, who: int | None, **payload: object) -> EventView:
    return EventView(
        id=n,
        kind=kind,
        occurred_on=day,
        recorded_at=dt.datetime(2026, 1, 1) + dt.timedelta(seconds=n),
        applicant_id=who,
        document_id=None,
        note=str(payload.pop("note", "")),
        payload=dict(payload),
    )


HISTORY = [
    _event(1, "interview", dt.date(2026, 8, 18), MARIA, note="Interview at the embassy"),
    _event(2, "refusal_221g", dt.date(2026, 8, 18), MARIA),
    _event(
        3,
        "ceac_status",
        dt.date(2026, 8, 19),
        MARIA,
        status="Refused",
        variant="administrative_processing",
        text=LONG_REFUSED,
    ),
    _event(4, "ceac_status", dt.date(2026, 8, 19), DANIEL, status="Issued", text="Issued"),
    _event(5, "email_sent", dt.date(2026, 9, 2), None, note="Asked for an update"),
    _event(6, "passport_tracking", dt.date(2026, 9, 5), MARIA, note="ready for pickup"),
    _event(7, "note", dt.date(2026, 9, 6), DANIEL, note="Officer kept the passport"),
    _event(8, "documents_submitted", dt.date(2026, 9, 9), MARIA, note="At the VAC"),
]
REPLY = Deadline("221(g) reply", dt.date(2027, 8, 18), "one year from the notice date", "reply")
PAST = Deadline(
    "Passport pickup",
    dt.date(2026, 9, 16),
    "visa centers hold a passport about 14 days after 'ready for pickup'",
    "pickup:1",
    state="missed",
    reason="not collected in time: the visa center may have sent it back, so ask it",
)


def _rows(history: list[EventView] = HISTORY) -> list:
    return build_rows(history, NAMES, [REPLY, PAST], TODAY)


def _titles(model) -> list[str]:
    return [model.index(n, 0).data(RowRole).title or "today" for n in range(model.rowCount())]


def test_the_model_and_its_filter_pass_the_model_tester_through_changes(qtmodeltester) -> None:
    model = TimelineModel()
    shown = TimelineFilter()
    shown.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(shown)

    model.set_rows(_rows())
    shown.set_applicant(DANIEL)
    model.set_rows(_rows(HISTORY[2:]))
    shown.set_shown(Category.CEAC, False)
    model.set_rows(_rows([*HISTORY, _event(9, "note", dt.date(2026, 8, 1), None, note="x")]))

    assert model.rowCount() == 9 + 3


def test_rows_run_in_date_order_with_today_between_the_past_and_what_is_due() -> None:
    kinds = [(row.kind, row.day) for row in _rows()]

    assert kinds.index((RowKind.TODAY, TODAY)) == len(kinds) - 2
    assert kinds[-1] == (RowKind.DEADLINE, REPLY.due)
    assert [day for _kind, day in kinds] == sorted(day for _kind, day in kinds)


def test_a_deadline_ahead_shows_the_days_left_and_a_missed_one_says_so_in_red() -> None:
    rows = {row.title: row for row in _rows() if row.kind == RowKind.DEADLINE}

    assert rows["221(g) reply due"].aside == "269 days left"
    assert rows["221(g) reply due"].tone == Tone.DEADLINE
    missed = rows["Passport pickup MISSED"]
    assert (missed.chip, missed.tone, missed.aside) == ("MISSED", Tone.REFUSED, "67 days ago")
    assert missed.detail.startswith("Not collected in time")


def test_met_and_moot_deadlines_say_why_and_a_missed_reply_what_it_generally_means() -> None:
    met = REPLY.settled("met", "documents submitted 09 Sep 2026")
    moot = Deadline("Next follow-up", dt.date(2026, 9, 16), "every 14 days", "followup")
    moot = moot.settled("moot", "visa issued 01 Nov 2026")
    missed = REPLY.settled("missed", "the due date passed; nothing submitted yet")
    rows = {r.title: r for r in build_rows([], NAMES, [met, moot], dt.date(2027, 9, 1))}
    assert (rows["221(g) reply met"].chip, rows["221(g) reply met"].detail) == (
        "Met",
        "Documents submitted 09 Sep 2026",
    )
    assert rows["Next follow-up: no longer applies"].detail == "Visa issued 01 Nov 2026"
    [late] = [r for r in build_rows([], NAMES, [missed], dt.date(2027, 9, 1)) if r.chip == "MISSED"]
    assert "ask the post" in late.tooltip and "not legal advice" in late.tooltip


def test_each_phase_shows_how_long_it_lasted_and_the_current_one_so_far() -> None:
    rows = {row.event.id: row for row in _rows() if row.event is not None}

    assert rows[2].aside == "1 day"  # 221(g) documents requested, until CEAC said otherwise
    assert rows[3].aside == "17 days"  # administrative processing until the passport update
    assert rows[8].aside == "74 days so far"
    assert "phase: documents submitted" in rows[8].detail
    assert rows[7].aside == ""  # a note starts no phase


def test_phase_lengths_do_not_depend_on_the_order_events_arrive_in() -> None:
    def asides(history: list[EventView]) -> dict[object, str]:
        return {row.key: row.aside for row in _rows(history)}

    assert asides(list(reversed(HISTORY))) == asides(HISTORY)


def test_ceac_rows_carry_the_status_chip_its_colour_and_the_verbatim_text() -> None:
    model = TimelineModel()
    model.set_rows(_rows())
    [refused] = [
        model.index(n, 0)
        for n in range(model.rowCount())
        if model.index(n, 0).data(RowRole).key == ("event", 3)
    ]
    row = refused.data(RowRole)

    assert (row.chip, row.tone) == ("Refused", Tone.PENDING)
    assert row.title == "Administrative processing — not final"
    assert refused.data(Qt.ItemDataRole.ToolTipRole) == LONG_REFUSED
    issued = next(r for r in _rows() if r.key == ("event", 4))
    assert (issued.chip, issued.tone) == ("Issued", Tone.APPROVED)


def test_a_new_event_is_one_inserted_row_not_a_reset() -> None:
    model = TimelineModel()
    model.set_rows(_rows())
    inserted: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(True))

    model.set_rows(_rows([*HISTORY, _event(9, "note", dt.date(2026, 8, 20), MARIA, note="n")]))

    assert inserted == [(4, 4)]
    assert resets == []
    assert model.index(4, 0).data(RowRole).key == ("event", 9)


def test_filters_hide_kinds_of_events_and_other_applicants_but_keep_case_wide_rows() -> None:
    model = TimelineModel()
    model.set_rows(_rows())
    shown = TimelineFilter()
    shown.setSourceModel(model)

    shown.set_shown(Category.CEAC, False)
    shown.set_shown(Category.NOTES, False)
    assert "Officer kept the passport" not in _titles(shown)
    assert not [t for t in _titles(shown) if "not final" in t]

    shown.set_shown(Category.CEAC, True)
    shown.set_applicant(DANIEL)
    assert _titles(shown) == [
        "CEAC status",
        "Asked for an update",
        "Passport pickup MISSED",
        "today",
        "221(g) reply due",
    ]


def test_five_thousand_events_fill_the_view_and_scroll_to_the_end(qtbot, case) -> None:
    many = [
        _event(
            n, "ceac_status", dt.date(2012, 1, 1) + dt.timedelta(days=n), MARIA, status="Refused"
        )
        for n in range(1, 5001)
    ]
    panel = _panel(qtbot, case)
    panel.model.set_rows(build_rows(many, NAMES, [REPLY], TODAY))
    panel.model.set_rows(
        build_rows([*many, _event(5001, "note", TODAY, None)], NAMES, [REPLY], TODAY)
    )
    panel.view.scrollToBottom()

    assert panel.rows.rowCount() == 5001 + 2
    bottom = panel.view.indexAt(panel.view.viewport().rect().bottomLeft() - QPoint(0, 4))
    assert bottom.data(RowRole).title == "221(g) reply due"
    assert not panel.view.grab().isNull()


@pytest.fixture
def sample(tmp_path: Path):
    case = build_sample_case(tmp_path / "sample.visacase")
    yield case
    case.close()


class Asker:
    """Stands in for the event dialog: records what it was asked, answers what the test set."""

    def __init__(self, entry: EventEntry | None) -> None:
        self.entry = entry
        self.asked: list[tuple[str, list[str], int | None]] = []

    def __call__(self, kind, people, today, parent, applicant_id):
        self.asked.append((kind, [p.name for p in people], applicant_id))
        return self.entry


def _panel(qtbot, case, ask=None) -> TimelinePanel:
    panel = TimelinePanel(case, FakeDialogs(), ask_event=ask or Asker(None), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(760, 600)
    panel.show()
    return panel


def test_the_sample_case_timeline_paints_with_its_slip_and_its_reply_met(qtbot, sample) -> None:
    panel = _panel(qtbot, sample)

    rows = [panel.rows.index(n, 0).data(RowRole) for n in range(panel.rows.rowCount())]
    assert [r.kind for r in rows].count(RowKind.EVENT) == 10  # nine events and the slip
    [slip] = [r for r in rows if r.key[0] == "notice"]
    assert slip.title.startswith("The 221(g) slip is dated this day")
    assert slip.day == rows[0].day  # the interview's day, after the interview
    assert rows[-1].title == "221(g) reply met"  # every requested item went in on 2 Sep
    assert not panel.empty_hint.isVisibleTo(panel)
    assert "Maria L. Santos" in panel.phases.text()
    assert not panel.view.grab().isNull()


def test_adding_a_passport_update_is_one_click_and_one_dialog(qtbot, sample) -> None:
    entry = EventEntry("passport_tracking", dt.date(2026, 11, 20), 1, "Ready for pickup at VAC")
    ask = Asker(entry)
    panel = _panel(qtbot, sample, ask)
    before = panel.model.rowCount()

    with qtbot.waitSignal(panel.changed):
        panel.event_actions["passport_tracking"].trigger()

    assert ask.asked == [("passport_tracking", ["Maria L. Santos", "Daniel R. Santos"], None)]
    [added] = [e for e in events.list_events(sample) if e.kind == "passport_tracking"]
    assert (added.occurred_on, added.applicant_id, added.note) == (
        dt.date(2026, 11, 20),
        1,
        "Ready for pickup at VAC",
    )
    assert panel.model.rowCount() == before + 2  # the event and its pickup deadline
    assert panel.view.currentIndex().data(RowRole).event.id == added.id


def test_cancelling_the_event_dialog_records_nothing(qtbot, sample) -> None:
    panel = _panel(qtbot, sample)
    before = len(events.list_events(sample))

    assert panel.add_event("note") is None
    assert len(events.list_events(sample)) == before


def test_pasting_a_ceac_status_from_the_toolbar_records_it_after_confirming(qtbot, case) -> None:
    panel = _panel(qtbot, case)
    assert panel.empty_hint.isVisibleTo(panel)
    QGuiApplication.clipboard().setText(WHOLE_PAGE)

    with qtbot.waitSignal(panel.changed):
        panel.paste_action.trigger()

    [seen] = events.list_events(case)
    assert seen.payload["text"] == WHOLE_PAGE
    assert "Status: Refused (administrative processing)" in panel.dialogs.messages[-1][1]
    assert not panel.empty_hint.isVisibleTo(panel)


def test_the_applicant_choice_survives_a_reload(qtbot, sample) -> None:
    panel = _panel(qtbot, sample)
    panel.applicant.setCurrentIndex(panel.applicant.findText("Daniel R. Santos"))
    shown = panel.rows.rowCount()

    panel.reload()

    assert panel.applicant.currentText() == "Daniel R. Santos"
    assert panel.rows.rowCount() == shown < panel.model.rowCount()


def test_the_follow_up_window_shows_the_draft_and_records_the_email_as_sent(qtbot, sample) -> None:
    panel = _panel(qtbot, sample)

    dialog = panel.show_followup()
    assert "AA00B7QPGN" in dialog.subject.text()
    assert "P4821937A" in dialog.body.toPlainText()
    with qtbot.waitSignal(panel.changed):
        dialog.sent_button.click()

    sent = [e for e in events.list_events(sample) if e.kind == "email_sent"]
    assert [(e.occurred_on, e.note) for e in sent] == [(TODAY, f"Sent: {dialog.subject.text()}")]


def _palette(base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


def test_chip_colours_follow_a_light_or_a_dark_palette() -> None:
    light_bg, light_fg = chip_colours(Tone.REFUSED, _palette("#ffffff", "#000000"))
    dark_bg, dark_fg = chip_colours(Tone.REFUSED, _palette("#1e1e1e", "#eeeeee"))

    assert light_bg.lightness() > 200 and light_fg.lightness() < 120
    assert dark_bg.lightness() < 80 and dark_fg.lightness() > 120
    assert light_bg.red() > light_bg.green()  # still reads as red


def test_a_mistaken_event_is_removed_at_once_and_undo_puts_it_back(qtbot, sample) -> None:
    panel = _panel(qtbot, sample)
    as_it_was = events.list_events(sample)
    panel.select_event(as_it_was[-1].id)

    with qtbot.waitSignal(panel.changed):
        panel.remove_action.trigger()

    assert events.list_events(sample) == as_it_was[:-1]
    assert panel.edits.stack.undoText().startswith("Remove “Administrative processing")
    panel.edits.stack.undo()
    assert events.list_events(sample) == as_it_was


def test_today_and_deadlines_cannot_be_removed(qtbot, sample) -> None:
    panel = _panel(qtbot, sample)
    last = panel.rows.index(panel.rows.rowCount() - 1, 0)
    panel.view.setCurrentIndex(last)

    assert panel.remove_selected() is None
    assert panel.dialogs.messages == []


def test_the_timeline_opens_on_today(qtbot, tmp_path) -> None:
    case = build_sample_case(tmp_path / "long.visacase")
    for n in range(40):
        events.record_event(case, "note", dt.date(2025, 1, 1) + dt.timedelta(days=n), note="n")
    panel = TimelinePanel(case, FakeDialogs(), today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()

    def today_is_in_view() -> None:
        middle = panel.view.indexAt(panel.view.viewport().rect().center())
        assert middle.isValid()
        assert abs(middle.data(RowRole).day - TODAY).days < 300

    qtbot.waitUntil(today_is_in_view)
    panel.close()
    case.close()


def test_a_read_only_case_offers_no_way_to_add_or_remove(qtbot, sample) -> None:
    from desktop_app.services import cases

    path = sample.path
    sample.close()
    read_only = cases.open_case(path, read_only=True)
    try:
        panel = _panel(qtbot, read_only)
        assert not panel.paste_action.isEnabled()
        assert not panel.remove_action.isEnabled()
        assert not any(a.isEnabled() for a in panel.event_actions.values())
        assert panel.followup_action.isEnabled()  # reading the draft changes nothing
        assert not panel.show_followup().sent_button.isEnabled()
    finally:
        read_only.close()


def test_an_event_added_while_one_applicant_is_shown_is_proposed_for_them(qtbot, sample) -> None:
    ask = Asker(None)
    panel = _panel(qtbot, sample, ask)
    panel.applicant.setCurrentIndex(panel.applicant.findText("Daniel R. Santos"))

    panel.add_event("note")

    daniel = panel.applicant.currentData()
    assert ask.asked == [("note", ["Maria L. Santos", "Daniel R. Santos"], daniel)]


def test_the_open_deadlines_are_saved_to_a_calendar_file_from_the_toolbar(
    qtbot, sample, tmp_path
) -> None:
    panel = _panel(qtbot, sample)
    panel.dialogs.path = tmp_path / "deadlines.ics"
    assert panel.calendar_action in panel.menu_actions()

    panel.calendar_action.trigger()

    text = (tmp_path / "deadlines.ics").read_text()
    assert text.count("BEGIN:VEVENT") == text.count("BEGIN:VALARM") >= 1
    title, message = panel.dialogs.messages[-1]
    assert title == "Save deadlines to calendar"
    assert "saved to deadlines.ics" in message


def test_a_missed_reply_shows_in_a_band_above_the_timeline(qtbot, tmp_path) -> None:
    case = cases.create_case(tmp_path / "late.visacase", "Late")
    notices.record_notice(case, notice_date=TODAY - dt.timedelta(days=400))
    panel = _panel(qtbot, case)

    assert panel.missed.isVisibleTo(panel)
    assert "221(g) reply MISSED" in panel.missed.text()
    assert "ask the post" in panel.missed.text()
    case.close()


def test_a_calendar_file_that_cannot_be_written_is_explained(qtbot, sample, tmp_path) -> None:
    panel = _panel(qtbot, sample)
    panel.dialogs.path = tmp_path / "no-such-folder" / "deadlines.ics"

    assert panel.save_calendar() is None

    title, message = panel.dialogs.messages[-1]
    assert title == "Save deadlines to calendar"
    assert message == f"The folder {tmp_path / 'no-such-folder'} does not exist; create it first."


def test_the_calendar_is_not_saved_over_the_case_file(qtbot, sample, tmp_path) -> None:
    panel = _panel(qtbot, sample)
    panel.dialogs.path = Path(sample.path)
    before = Path(sample.path).stat().st_size

    assert panel.save_calendar() is None

    title, message = panel.dialogs.messages[-1]
    assert title == "Save deadlines to calendar"
    assert message == "Choose another file name: that one is the case file itself."
    assert Path(sample.path).stat().st_size == before


def test_the_date_column_widens_for_a_large_font_so_no_date_is_cut(qtbot) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    font, palette = panel.font(), panel.palette()
    usual = Look.of(font, palette)
    assert usual.date_width >= DATE_WIDTH  # the usual column, or wider if a date needs it
    assert usual.date_width > _widest_date(usual)
    font.setPointSizeF(font.pointSizeF() * 2)
    look = Look.of(font, palette)
    assert look.date_width > _widest_date(look) > usual.date_width


def _widest_date(look: Look) -> int:
    return max(look.bold_metrics.horizontalAdvance(f"28 {m} 2026") for m in ("Sep", "May"))
