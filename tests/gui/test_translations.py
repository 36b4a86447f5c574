"""The app in six languages: the translations are complete, agree with the code, keep every
placeholder and accelerator, and load for the system's language or the one chosen in Preferences."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoStack

from desktop_app.gui import settings, translations
from desktop_app.gui.app.welcome import WelcomeWindow
from desktop_app.gui.case_window.case_edits import CaseEdits
from desktop_app.gui.case_window.status_paste import paste_status
from desktop_app.gui.dialogs.event_dialog import EventEntry
from desktop_app.gui.dialogs.settings_dialog import SettingsDialog
from desktop_app.gui.models.timeline_rows import Timeline
from desktop_app.gui.widgets.timeline_view import TimelinePanel
from desktop_app.services.reading import SuggestionView
from tests.gui.case_windows import open_case_window
from tests.gui.fakes import FakeDialogs

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\d+(?::[^}]*)?\}|%n|%\d")
TS_FILES = ["en", *translations.LANGUAGES]


def _update_script():
    spec = importlib.util.spec_from_file_location("update", ROOT / "scripts/update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


@pytest.mark.parametrize("language", TS_FILES)
def test_every_message_is_translated_and_none_is_left_over(language):
    ts = translations.FOLDER / f"visacase_{language}.ts"
    left = [
        (context, m.findtext("source"))
        for context, m in _messages(ts)
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not all(_forms(m))
    ]
    assert left == []


@pytest.mark.parametrize("language", TS_FILES)
def test_translations_keep_the_placeholders_and_accelerators_of_the_source(language):
    ts = translations.FOLDER / f"visacase_{language}.ts"
    differ = []
    for _context, message in _messages(ts):
        source = message.findtext("source")
        for form in _forms(message):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                differ.append((source, form))
            if _accelerators(form) != _accelerators(source):
                differ.append((source, form))
    assert differ == []


def test_the_translation_files_hold_exactly_the_strings_of_the_code(tmp_path):
    update = _update_script()
    for language in ("en", "es"):
        fresh = tmp_path / f"visacase_{language}.ts"
        update.extract(language, fresh)
        in_code = {(c, m.findtext("source")) for c, m in _messages(fresh)}
        committed = {(c, m.findtext("source")) for c, m in _messages(update.ts_file(language))}
        assert in_code == committed, "run scripts/update_translations.py"
    assert len(in_code) > 300


def test_the_compiled_translations_are_those_of_the_translation_files(tmp_path):
    update = _update_script()
    for language in TS_FILES:
        compiled = tmp_path / f"{language}.qm"
        command = [update.tool("lrelease"), "-silent", str(update.ts_file(language))]
        subprocess.run([*command, "-qm", str(compiled)], check=True)
        assert compiled.read_bytes() == update.ts_file(language).with_suffix(".qm").read_bytes()


def test_every_context_is_a_class_name_the_running_app_looks_up():
    """``window.tr(...)`` outside a class gives lupdate the context "window", which Qt never asks
    for at run time (it asks for the object's classes); such strings would stay in English."""
    contexts = {c for c, _m in _messages(translations.FOLDER / "visacase_es.ts")}
    assert [c for c in contexts if not re.fullmatch(r"[A-Z]\w+", c)] == []


@pytest.mark.parametrize(
    ("chosen", "system", "expected"),
    [
        ("", "es_MX", "es"),
        ("", "pt_BR", "pt_BR"),
        ("", "pt_PT", "pt_BR"),
        ("", "zh_CN", "zh_CN"),
        ("", "hi_IN", "hi"),
        ("", "de_DE", ""),
        ("en", "es_ES", ""),
        ("vi", "en_US", "vi"),
    ],
)
def test_the_language_is_the_chosen_one_else_the_closest_to_the_system(chosen, system, expected):
    assert translations.language_for(chosen, QLocale(system)) == expected


@pytest.fixture
def speaking():
    """Load a language for one test, then go back to English."""
    app = QCoreApplication.instance()
    loaded = []

    def load(language: str) -> None:
        loaded.extend(translations.load(app, language))

    yield load
    for translator in loaded:
        app.removeTranslator(translator)
    translations.load(app, "")


def test_the_language_chosen_in_preferences_opens_the_welcome_window_in_it(qtbot, speaking):
    settings.save_preferences(settings.Preferences(language="zh_CN"))
    speaking(translations.language_for(settings.preferences().language, QLocale("en_US")))
    window = WelcomeWindow()
    qtbot.addWidget(window)
    assert window.new_button.text() == "新建案件(&N)…"
    assert translations.display_date(dt.date(2024, 3, 12)) == "2024年3月12日"


def test_counts_take_the_plural_of_the_language(speaking):
    assert Timeline.tr("%n days left", "", 1) == "1 day left"
    speaking("es")
    assert Timeline.tr("%n days left", "", 1) == "queda 1 día"
    assert Timeline.tr("%n days left", "", 3) == "quedan 3 días"


def test_the_window_in_spanish_shows_the_lower_layers_messages_in_spanish(qtbot, speaking, case):
    """One choice of language governs Qt's texts and the messages of the domain and services."""
    speaking("es")
    window = open_case_window(qtbot, case)
    assert window.deadline_label.text() == "Ningún plazo por delante"
    paste_status(window, "Status: Approved")
    title, summary = window.dialogs.messages[-1]
    assert title == "Estado de CEAC"
    assert "Aprobado suele significar que la visa se imprimirá en pocos días" in summary
    assert summary.startswith("Estado: Approved")  # CEAC's own word stays as the page shows it


def test_a_spanish_system_opens_the_welcome_window_in_spanish(tmp_path):
    """``LANG`` is read once per process, so the app starts in a process of its own."""
    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.gui import translations\n"
        "from desktop_app.gui.app.welcome import WelcomeWindow\n"
        "app = QApplication([])\n"
        "translations.install(app)\n"
        "import datetime as dt\n"
        "day = translations.display_date(dt.date(2024, 3, 12))\n"
        "print(WelcomeWindow().new_button.text(), day)\n"
    )
    env = {
        **os.environ,
        "LANG": "es_ES.UTF-8",
        "LC_ALL": "",
        "LANGUAGE": "",
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    shown = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "Caso &nuevo… 12 mar 2024"


def test_preferences_offer_each_language_in_itself_and_keep_the_choice(qtbot):
    dialog = SettingsDialog(settings.Preferences(language="hi"))
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "हिन्दी"
    dialog.language.setCurrentIndex(dialog.language.findData(""))
    assert dialog.language.currentText() == "Same as the system"
    settings.save_preferences(dialog.answer())
    assert settings.preferences().language == ""


def test_undo_names_a_day_the_way_the_lists_show_it(qtbot, case, speaking):
    speaking("es")
    panel = TimelinePanel(
        case,
        FakeDialogs(),
        ask_event=lambda kind, *_: EventEntry(kind, dt.date(2026, 8, 18), None, "Llamé"),
    )
    qtbot.addWidget(panel)
    panel.add_event("note")
    assert panel.edits.stack.undoText() == "Añadir nota del 18 ago 2026"
    edits = CaseEdits(case, QUndoStack())
    day = SuggestionView(1, 1, "document_date", "2026-08-18", "18-Aug-2026", "pending")
    assert edits.decision_text(day, accept=True, reveal_ids=False).endswith(" 18 ago 2026")
