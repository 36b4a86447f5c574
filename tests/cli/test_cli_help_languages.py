"""The command line's help in the language its environment asks for: the descriptions, the
arguments' help and argparse's own words ("usage:", "options", its errors), with a mistake still
one error line and exit status 2; in English every word is what it was before translation.

``tests/cli/english_help/`` holds the English output as it was before the help was translated,
at argparse's default width of 80 columns.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import run_visacase

ENGLISH = Path(__file__).with_name("english_help")


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse wraps to the terminal's width; these tests read it at its default."""
    monkeypatch.setenv("COLUMNS", "80")


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "es")


def _error_line(err: str, usage: str) -> str:
    """A mistake's one error line, after argparse's usage (its first line starts with ``usage``,
    the others are indented): nothing else is on stderr."""
    *usage_lines, error = err.splitlines()
    assert err.endswith("\n") and usage_lines[0].startswith(usage)
    assert all(line.startswith(" ") for line in usage_lines[1:])
    return error


def test_a_spanish_system_gets_spanish_help_with_argparses_words_in_spanish() -> None:
    env = {**os.environ, "LANGUAGE": "es", "COLUMNS": "80"}
    said = run_visacase("export", "--help", env=env)
    assert said.returncode == 0, said.stderr
    assert said.stdout.startswith("uso: visacase export [-h] [-o OUTPUT] [--paper {letter,a4}]")
    assert "\nargumentos posicionales:\n  case\n" in said.stdout
    assert "\nopciones:\n  -h, --help            mostrar este mensaje de ayuda y salir\n" in (
        said.stdout
    )
    assert "  --no-cover            omitir la portada\n" in said.stdout
    assert "\nOrden: la carta 221(g) encima, un índice" in said.stdout
    assert "usage" not in said.stdout and "show this help" not in said.stdout


def test_the_commands_list_and_the_version_help_are_spanish_too(run_cli, spanish) -> None:
    said = run_cli("--help")
    assert said.code == 0
    assert "  --version    mostrar el número de versión del programa y salir\n" in said.out
    assert (
        "    export     generar el paquete etiquetado para volver a presentar (PDF)\n" in said.out
    )


def test_a_missing_argument_is_one_spanish_error_line_with_status_2(run_cli, spanish) -> None:
    said = run_cli("export")
    assert said.code == 2 and said.out == ""
    assert said.err.startswith("uso: visacase export ")
    assert _error_line(said.err, "uso: ") == (
        "visacase export: error: se requieren los siguientes argumentos: case"
    )


def test_a_wrong_choice_is_one_spanish_error_line_with_status_2(run_cli, spanish) -> None:
    said = run_cli("export", "c.visacase", "--paper", "b5")
    assert said.code == 2
    assert _error_line(said.err, "uso: ") == (
        "visacase export: error: argumento --paper: opción no válida: 'b5' "
        "(elija entre 'letter', 'a4')"
    )


def test_a_chinese_system_gets_a_chinese_error_line(run_cli, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    said = run_cli("list", "a.visacase", "b")
    assert said.code == 2
    assert _error_line(said.err, "用法：") == "visacase：错误：无法识别的参数：b"


@pytest.mark.parametrize(
    ("argv", "golden"),
    [
        (["export", "--help"], "export--help.txt"),
        (["new", "--help"], "new--help.txt"),
        (["import", "--help"], "import--help.txt"),
        (["deadlines", "--help"], "deadlines--help.txt"),
    ],
)
def test_english_help_is_as_it_was_before_translation(run_cli, argv, golden) -> None:
    said = run_cli(*argv)
    assert said.code == 0
    assert said.out == (ENGLISH / golden).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "golden"),
    [
        (["export"], "export.err.txt"),
        (["export", "a", "--paper", "b5"], "export_a_--paper_b5.err.txt"),
        (["list", "a", "b", "c"], "list_a_b_c.err.txt"),
    ],
)
def test_english_mistakes_are_as_they_were_before_translation(run_cli, argv, golden) -> None:
    said = run_cli(*argv)
    assert said.code == 2
    assert said.err == (ENGLISH / golden).read_text(encoding="utf-8")


def test_english_follows_a_spanish_command_in_the_same_process(run_cli, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "es")
    assert run_cli("export").err.startswith("uso: ")
    monkeypatch.setenv("LANGUAGE", "en")
    assert run_cli("export").err == (ENGLISH / "export.err.txt").read_text(encoding="utf-8")
