"""The welcome window: new, open, recent and sample cases, each opening a case window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QStyle

from desktop_app.errors import CaseFileLockedError
from desktop_app.gui import settings
from desktop_app.gui.app import file_actions
from desktop_app.gui.app.welcome import WelcomeWindow
from desktop_app.gui.dialogs.new_case_dialog import NewCase
from desktop_app.services import applicants, cases
from tests.gui.case_windows import wait_until_opened
from tests.gui.fakes import FakeDialogs


@pytest.fixture
def welcome(qtbot):
    dialogs = FakeDialogs()
    win = WelcomeWindow(dialogs=dialogs)
    qtbot.addWidget(win)
    win.show()
    return win


def _closed_case(path: Path, title: str = "Okafor") -> Path:
    cases.create_case(path, title).close()
    return path


def test_a_first_start_lists_no_recent_cases_and_says_where_they_will_appear(welcome) -> None:
    assert welcome.recent.count() == 0
    assert welcome.empty_hint.isVisibleTo(welcome)


def test_the_hint_stands_right_under_its_heading_where_the_list_would_be(qtbot, welcome) -> None:
    qtbot.waitExposed(welcome)
    hint = welcome.empty_hint.geometry()
    [heading] = [
        label for label in welcome.findChildren(QLabel) if label.text() == "<b>Recent cases</b>"
    ]
    gap = hint.top() - heading.geometry().bottom()
    assert 0 < gap <= 2 * welcome.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
    # not stretched down the column, which would put its text in the middle of it
    assert hint.height() == welcome.empty_hint.heightForWidth(hint.width())


def test_opening_a_case_shows_its_window_and_remembers_it(qtbot, welcome, tmp_path: Path) -> None:
    path = _closed_case(tmp_path / "okafor.visacase")
    welcome.dialogs.path = path

    welcome.open_case()

    [window] = wait_until_opened(qtbot)
    assert window.case.path == path
    assert not welcome.isVisible()
    assert settings.recent_cases() == [path.resolve()]


def test_recent_cases_are_listed_newest_first_and_open_on_activation(qtbot, tmp_path: Path) -> None:
    older = _closed_case(tmp_path / "older.visacase")
    newer = _closed_case(tmp_path / "newer.visacase")
    settings.remember_case(older)
    settings.remember_case(newer)
    win = WelcomeWindow(dialogs=FakeDialogs())
    qtbot.addWidget(win)

    assert [win.recent.item(n).text() for n in range(win.recent.count())] == [
        f"newer\n{tmp_path.resolve()}",
        f"older\n{tmp_path.resolve()}",
    ]
    assert [path.name for path in win.recent_paths] == ["newer.visacase", "older.visacase"]

    win.recent.itemActivated.emit(win.recent.item(1))
    assert [w.case.path for w in wait_until_opened(qtbot)] == [older]


def test_a_recent_case_that_was_deleted_is_dropped_from_the_list(tmp_path: Path) -> None:
    gone = _closed_case(tmp_path / "gone.visacase")
    settings.remember_case(gone)
    gone.unlink()

    assert settings.recent_cases() == []


def test_a_new_case_asks_only_what_it_needs_and_starts_with_its_applicant(
    welcome, tmp_path: Path
) -> None:
    welcome.dialogs.new_case_answer = NewCase(
        title="Okafor family",
        applicant="Chidi Okafor",
        application_id="AA00C1D2E3",
        case_number=None,
        post="U.S. Consulate General Lagos",
        visa_class="B1/B2",
        refusal_type="221g",
    )
    welcome.dialogs.path = tmp_path / "okafor"

    welcome.new_case()

    [window] = file_actions.OPEN_WINDOWS
    assert window.case.path == tmp_path / "okafor.visacase"
    [person] = applicants.list_applicants(window.case)
    assert (person.name, person.application_id) == ("Chidi Okafor", "AA00C1D2E3")
    assert cases.get_case_info(window.case).followup_interval_days == 14


def test_a_case_in_use_elsewhere_can_be_opened_read_only(qtbot, welcome, tmp_path: Path) -> None:
    path = _closed_case(tmp_path / "busy.visacase")
    holder = cases.open_case(path)
    try:
        with pytest.raises(CaseFileLockedError):
            cases.open_case(path)
        welcome.dialogs.answer = True

        welcome.open_case(path)

        [window] = wait_until_opened(qtbot)
        assert window.case.read_only
        assert "read-only" in window.windowTitle()
        assert welcome.dialogs.messages[0][0] == "Case in use"
    finally:
        file_actions.close_all()  # before the holder lets go, as a user would close windows
        holder.close()


def test_a_case_in_use_stays_closed_when_the_user_declines(qtbot, welcome, tmp_path: Path) -> None:
    path = _closed_case(tmp_path / "busy.visacase")
    with cases.open_case(path):
        welcome.dialogs.answer = False
        welcome.open_case(path)
        assert wait_until_opened(qtbot) == []

    assert welcome.isVisible()


def test_a_protected_case_asks_for_its_passphrase_until_it_is_right(
    qtbot, welcome, tmp_path: Path
) -> None:
    path = tmp_path / "secret.visacase"
    cases.create_case(path, "Secret", passphrase="correct horse").close()
    welcome.dialogs.passphrases = ["wrong", "correct horse"]

    welcome.open_case(path)

    [window] = wait_until_opened(qtbot)
    assert window.case.encrypted
    assert len(welcome.dialogs.messages) == 1  # the wrong passphrase was explained once


def test_a_file_that_is_not_a_case_is_explained_not_opened(qtbot, welcome, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.visacase"
    bogus.write_text("shopping list")

    welcome.open_case(bogus)

    assert wait_until_opened(qtbot) == []
    [(title, text)] = welcome.dialogs.messages
    assert title == "Open case" and "notes.visacase" in text
    assert welcome.isVisible()  # back where the user started


def test_a_new_case_can_be_protected_with_a_passphrase_typed_twice(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop_app.gui.dialogs.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.applicant.setText("Ana Reyes")
    assert ok.isEnabled() and dialog.answer().passphrase is None

    dialog.protect.setChecked(True)
    dialog.passphrase.setText("short")
    assert not ok.isEnabled() and "at least 8" in dialog.passphrase_hint.text()
    dialog.passphrase.setText("correct horse")
    dialog.again.setText("correct hose")
    assert not ok.isEnabled() and "differ" in dialog.passphrase_hint.text()
    dialog.again.setText("correct horse")

    assert ok.isEnabled() and dialog.answer().passphrase == "correct horse"


def test_a_protected_new_case_is_encrypted_on_disk(welcome, tmp_path: Path) -> None:
    welcome.dialogs.new_case_answer = NewCase(
        "Reyes", "Ana Reyes", None, None, "", "", "221g", passphrase="correct horse"
    )
    welcome.dialogs.path = tmp_path / "reyes.visacase"

    welcome.new_case()

    [window] = file_actions.OPEN_WINDOWS
    assert window.case.encrypted
    on_disk = [f for f in tmp_path.iterdir() if f.is_file()]  # the case and its journal
    assert on_disk and all(b"Ana Reyes" not in f.read_bytes() for f in on_disk)
