"""Preferences and window state are remembered between runs, behind one settings module."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage

from desktop_app.gui import settings
from desktop_app.gui.case_window import clipboard
from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.gui.settings import Preferences
from desktop_app.services import documents
from desktop_app.store.casefile import CaseFile
from tests.gui.fakes import FakeDialogs


def test_preferences_start_from_safe_defaults() -> None:
    assert settings.preferences() == Preferences(
        paper="letter", label_style="capitals", reminder_days=14
    )


def test_preferences_chosen_in_the_dialog_are_kept(qtbot, case: CaseFile) -> None:
    dialogs = FakeDialogs()
    window = MainWindow(case, dialogs=dialogs)
    qtbot.addWidget(window)
    dialogs.preferences_answer = Preferences(paper="a4", label_style="as_typed", reminder_days=7)

    window.edit_preferences()

    assert settings.preferences() == Preferences("a4", "as_typed", 7)


def test_the_dialog_shows_and_returns_what_is_chosen(qtbot) -> None:
    dialog = SettingsDialog(Preferences("a4", "capitals", 30))
    qtbot.addWidget(dialog)
    assert dialog.answer() == Preferences("a4", "capitals", 30)

    dialog.reminder.setValue(10)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))

    assert dialog.answer() == Preferences("letter", "capitals", 10)


def test_nonsense_in_the_settings_file_falls_back_to_defaults() -> None:
    from PySide6.QtCore import QSettings

    store = QSettings("VisaCase", "VisaCase")
    store.setValue("packet/paper", "papyrus")
    store.setValue("reminders/interval_days", 0)

    assert settings.preferences() == Preferences()


def test_a_case_window_reopens_at_the_size_it_was_closed(qtbot, case: CaseFile, tmp_path) -> None:
    from desktop_app.services import cases

    first = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(first)
    first.show()
    height = first.minimumSizeHint().height() + 30  # offscreen screens are narrow: vary height
    first.resize(first.width(), height)
    assert first.height() == height
    first.close()

    again = MainWindow(cases.open_case(case.path), dialogs=FakeDialogs())
    qtbot.addWidget(again)
    again.show()

    assert again.height() == height


def test_a_pasted_picture_becomes_a_document(qtbot, case: CaseFile) -> None:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    picture = QImage(400, 300, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    mime = QMimeData()
    mime.setImageData(picture)

    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        clipboard.paste(window, mime)

    [doc] = documents.list_documents(case)
    assert doc.original_name.startswith("Pasted image") and doc.media_type == "image/png"


def test_pasted_files_are_imported(qtbot, case: CaseFile, tmp_path) -> None:
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    scan = tmp_path / "scan.png"
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(scan))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan))])

    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        clipboard.paste(window, mime)

    assert [d.original_name for d in documents.list_documents(case)] == ["scan.png"]


def test_pasted_text_is_read_as_a_ceac_status_and_saved_only_when_confirmed(
    qtbot, case: CaseFile
) -> None:
    from desktop_app.services import events

    dialogs = FakeDialogs()
    dialogs.answer = False
    window = MainWindow(case, dialogs=dialogs)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setText("Administrative Processing\nCase Last Updated: 02-Feb-2024")

    clipboard.paste(window, mime)

    assert "Administrative Processing" in dialogs.messages[-1][1]
    assert events.list_events(case) == []


def test_the_languages_scans_are_also_read_in_are_kept(qtbot, case: CaseFile) -> None:
    dialog = SettingsDialog(Preferences(ocr_languages=("hin",)))
    qtbot.addWidget(dialog)
    assert dialog.ocr_languages["hin"].isChecked()
    assert not dialog.ocr_languages["spa"].isChecked()

    dialog.ocr_languages["vie"].setChecked(True)
    dialog.ocr_languages["ara"].setChecked(True)
    dialog.ocr_languages["hin"].setChecked(False)
    dialogs = FakeDialogs()
    dialogs.preferences_answer = dialog.answer()
    window = MainWindow(case, dialogs=dialogs)
    qtbot.addWidget(window)
    window.edit_preferences()

    assert settings.preferences().ocr_languages == ("vie", "ara")
    reopened = SettingsDialog(settings.preferences())
    qtbot.addWidget(reopened)
    assert [c for c, box in reopened.ocr_languages.items() if box.isChecked()] == ["vie", "ara"]


def test_the_window_reads_new_scans_in_the_languages_chosen(
    qtbot, case: CaseFile, monkeypatch
) -> None:
    from desktop_app.gui.case_window import import_flow
    from desktop_app.services import reading

    asked: list[object] = []
    monkeypatch.setattr(
        reading, "read_documents", lambda *_a, extra_languages, **_k: asked.append(extra_languages)
    )
    settings.save_preferences(Preferences(ocr_languages=("por", "chi_sim")))
    window = MainWindow(case, dialogs=FakeDialogs())
    qtbot.addWidget(window)
    doc = documents.add_document(case, b"%PDF-1.4", original_name="scan.pdf").id

    with qtbot.waitSignal(window.reading_finished, timeout=20_000):
        import_flow.read_new_documents(window, [doc])

    assert asked == [("por", "chi_sim")]


def test_the_reminder_interval_says_1_day_and_14_days(qtbot) -> None:
    dialog = SettingsDialog(settings.Preferences(reminder_days=1))
    qtbot.addWidget(dialog)
    assert dialog.reminder.text() == "1 day"
    dialog.reminder.setValue(14)
    assert dialog.reminder.text() == "14 days"
