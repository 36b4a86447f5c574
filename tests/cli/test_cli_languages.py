"""The command line in the language its environment asks for: the deadlines' rules and reasons,
and the one error line, come translated; the JSON's keys and codes stay English."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.helpers import run_visacase


@pytest.fixture
def spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine set to Spanish (the tests pin ``LANGUAGE=en``, which would win)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")


def test_a_spanish_system_gets_the_deadlines_and_the_error_line_in_spanish(
    run_cli, tmp_path: Path
) -> None:
    """``LANG`` as a user's shell sets it, read by a ``visacase`` of its own."""
    case = tmp_path / "caso.visacase"
    assert run_cli("new", case, "--title", "Reyes").code == 0
    assert run_cli("notice", case, "--date", "2025-01-10").code == 0
    env = {**os.environ, "LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}

    said = run_visacase("deadlines", case, "--today", "2026-03-01", env=env)
    assert said.returncode == 0, said.stderr
    assert (
        "[missed] Respuesta a la 221(g) VENCIDO — vencía el 10 ene 2026, hace 50 días"
        in said.stdout
    )
    assert (
        "    regla: un año desde la fecha más temprana conocida (la más segura); contado desde"
        in (said.stdout)
    )
    assert "Información general, no asesoría legal" in said.stdout

    missing = run_visacase("deadlines", tmp_path / "no.visacase", env=env)
    assert missing.returncode != 0
    assert (
        missing.stderr
        == f"visacase: No hay ningún archivo de caso en {tmp_path / 'no.visacase'}.\n"
    )


def test_json_keys_and_codes_stay_english_while_its_messages_are_translated(
    run_cli, spanish, tmp_path: Path
) -> None:
    case = tmp_path / "caso.visacase"
    run_cli("new", case, "--title", "Reyes")
    run_cli("notice", case, "--date", "2026-01-12", "--admin-only")
    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-03-01").out)
    reply = next(d for d in found if d["key"] == "reply")
    assert reply["state"] == "moot"
    assert reply["label"] == "Respuesta a la 221(g)"
    assert reply["reason"] == "solo procesamiento administrativo: no se debe ninguna respuesta"


def test_a_language_not_shipped_gets_english(run_cli, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANGUAGE", "de_DE")
    said = run_cli("deadlines", tmp_path / "no.visacase")
    assert said.err == f"visacase: There is no case file at {tmp_path / 'no.visacase'}.\n"
