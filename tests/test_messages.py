"""The lower layers' messages in five languages: the catalogs are complete, keep every placeholder,
agree with the code and with their compiled form, and the language is the one asked for."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from desktop_app import messages
from desktop_app.messages import _, ngettext

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\([^()]*\))?.")
"""``{name}`` as the code formats, ``%s``/``%(prog)s``/``%r`` as argparse does (and a ``%``
followed by anything else, which argparse's formatting of a help would trip over)."""


def _update_script():
    path = ROOT / "scripts/update_messages.py"
    spec = importlib.util.spec_from_file_location("update_messages", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalog(language: str):
    with _update_script().po_file(language).open("rb") as fh:
        return read_po(fh, locale=language)


def _forms(message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple) else [message.string]


def _source(message) -> str:
    """The English a translation answers: the plural for counted messages (it names the count)."""
    return message.id[1] if isinstance(message.id, tuple) else message.id


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    catalog = _catalog(language)
    left = [m.id for m in catalog if m.id and (m.fuzzy or not all(_forms(m)))]
    assert left == []
    assert len(_forms(next(m for m in catalog if isinstance(m.id, tuple)))) == catalog.num_plurals


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_translations_keep_the_placeholders_of_the_source(language):
    differ = [
        (_source(m), form)
        for m in _catalog(language)
        if m.id
        for form in _forms(m)
        if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(_source(m)))
    ]
    assert differ == []


def test_the_placeholder_check_sees_argparse_style_placeholders():
    assert PLACEHOLDER.findall("%(prog)s: error: %(message)s\n") == ["%(prog)s", "%(message)s"]
    assert PLACEHOLDER.findall("invalid choice: %(value)r, %s, {n}") == ["%(value)r", "%s", "{n}"]
    assert PLACEHOLDER.findall("50 % off") == ["% "]


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_argparse_words_keep_their_line_breaks(language):
    """An error stays one line on stderr: "%(prog)s: error: %(message)s\n" keeps its one break."""
    argparse_words = [
        m for m in _catalog(language) if any(path == "argparse.py" for path, _line in m.locations)
    ]
    moved = [
        (_source(m), form)
        for m in argparse_words
        for form in _forms(m)
        if form.count("\n") != _source(m).count("\n")
    ]
    assert moved == []
    assert len(argparse_words) > 30


def test_the_catalogs_hold_exactly_the_messages_of_the_code():
    in_code = {m.id for m in _update_script().template() if m.id}
    for language in messages.LANGUAGES:
        committed = {m.id for m in _catalog(language) if m.id}
        assert in_code == committed, "run scripts/update_messages.py"
    assert len(in_code) > 300
    assert {"usage: ", "the following arguments are required: %s"} <= in_code


def test_the_compiled_catalogs_are_those_of_the_po_files(tmp_path):
    update = _update_script()
    for language in messages.LANGUAGES:
        compiled = tmp_path / f"{language}.mo"
        update.compile_to(_catalog(language), compiled)
        assert compiled.read_bytes() == update.po_file(language).with_suffix(".mo").read_bytes()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "pt_PT.UTF-8"}, "pt_BR"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LC_MESSAGES": "hi_IN", "LANG": "es_ES.UTF-8"}, "hi"),
        ({"LANGUAGE": "de:vi", "LANG": "es_ES.UTF-8"}, "vi"),
        ({"LANGUAGE": "en:es", "LANG": "es_ES.UTF-8"}, ""),
        ({"LANGUAGE": "", "LANG": "de_DE.UTF-8"}, ""),
        ({"LANG": "C.UTF-8"}, ""),
        ({}, ""),
    ],
)
def test_the_command_lines_language_is_the_first_its_environment_asks_for(environ, expected):
    assert messages.from_environment(environ) == expected


def test_messages_come_in_the_language_in_use_until_another_is_chosen():
    assert _("No deadline ahead") == "No deadline ahead"
    messages.use("es")
    assert messages.language() == "es"
    assert _("No deadline ahead") == "Ningún plazo por delante"
    assert ngettext("{n} day", "{n} days", 1) == "{n} day"  # not in the catalog: English
    messages.use("zh_CN")
    assert _("There is no case file at {path}.").format(path="a.visacase") == (
        "a.visacase 处没有案件文件。"
    )
    messages.use("fr")  # not shipped: English
    assert (messages.language(), _("No deadline ahead")) == ("", "No deadline ahead")


def test_a_marked_constant_stays_english_and_is_translated_where_shown():
    from desktop_app.domain.document_kinds import label

    messages.use("pt_BR")
    assert label("bank_statement") == "Bank statement"  # as the packet prints it
    assert messages.translated(label("bank_statement")) == "Extrato bancário"


def test_counts_take_the_plural_forms_of_the_language():
    import datetime as dt

    from desktop_app.domain.deadlines import Deadline

    due = Deadline("221(g) reply", dt.date(2026, 3, 1), "rule")
    assert due.describe(dt.date(2026, 2, 28)) == "221(g) reply due 01 Mar 2026 — 1 day"
    messages.use("es")
    due = Deadline(_("221(g) reply"), dt.date(2026, 3, 1), "regla")
    said = due.describe(dt.date(2026, 2, 28))
    assert said == "Respuesta a la 221(g) vence el 01 mar 2026 — 1 día"
    assert due.describe(dt.date(2026, 2, 1)).endswith("— 28 días")


def test_days_in_messages_are_written_the_way_the_language_writes_them():
    import datetime as dt

    from desktop_app.domain.deadlines import day

    assert day(dt.date(2024, 3, 12)) == "12 Mar 2024"
    messages.use("pt_BR")
    assert day(dt.date(2024, 3, 12)) == "12 mar. 2024"
    messages.use("zh_CN")
    assert (day(dt.date(2024, 3, 12)), day(dt.date(2024, 3, 12), year=False)) == (
        "2024年3月12日",
        "3月12日",
    )


def test_a_number_read_in_another_language_is_still_read_back_for_its_marks():
    from desktop_app.domain.ocr_confusion import ReadAs

    read = ReadAs("AA00ABC123", "AA0OABC123")
    english = f"{read.phrase()} — as read"
    messages.use("zh_CN")
    chinese = f"{read.phrase()} — 识别结果"
    assert chinese.startswith("可能是 AA00ABC123（识别为 AA0OABC123）")
    assert ReadAs.parse(chinese) == (read, "识别结果")
    assert ReadAs.parse(english) == (read, "as read")
