"""Whole journeys through the command line, checked at every step: each applicant's phase and
its days, every deadline's state and reason, and what the commands say (see tests/journeys.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pikepdf
import pytest

from tests.journeys import JOURNEYS, Command, Journey, Step


def one_page_pdf(path: Path) -> Path:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(path)
    return path


def commands(run_cli, case: Path, pdf: Path, steps: tuple[tuple[Command, str], ...]) -> str:
    """Run each command, which must succeed; returns what the last one printed."""
    out = ""
    for argv, stdin in steps:
        filled = [str(case) if a == "CASE" else str(pdf) if a == "PDF" else a for a in argv]
        result = run_cli(*filled, stdin=stdin)
        assert result.code == 0, (argv, result.err)
        out = result.out
    return out


def check_step(run_cli, case: Path, step: Step, said: str) -> None:
    today = ("--today", step.today)
    rows = json.loads(run_cli("timeline", case, "--json", *today).out)
    assert {r["name"]: (r["phase"], r["days"]) for r in rows} == step.phases
    for name, history in step.history.items():
        [row] = [r for r in rows if r["name"] == name]
        assert tuple((p["phase"], p["days"]) for p in row["history"]) == history

    found = {d["key"]: d for d in json.loads(run_cli("deadlines", case, "--json", *today).out)}
    assert {key: d["state"] for key, d in found.items()} == step.states
    for key, reason in step.reasons.items():
        assert reason in found[key]["reason"]
    for key, due in step.due.items():
        assert found[key]["due"] == due
    assert step.said in said

    text = run_cli("deadlines", case, *today).out
    for d in found.values():
        assert f"[{d['state']}]" in text and d["rule"] in text
    if any(d["state"] == "missed" and key == "reply" for key, d in found.items()):
        assert "ask the post" in text and "not legal advice" in text
    if step.followup:
        mail = json.loads(run_cli("followup", case, "--json", *today).out)
        for words in step.followup:
            assert words in f"{mail['note']}\n{mail['subject']}\n{mail['body']}"


@pytest.mark.parametrize("journey", JOURNEYS, ids=lambda j: j.name)
def test_each_journey_holds_at_every_step(run_cli, tmp_path: Path, journey: Journey) -> None:
    case, pdf = tmp_path / "journey.visacase", one_page_pdf(tmp_path / "scan.pdf")
    commands(run_cli, case, pdf, journey.setup)
    for step in journey.steps:
        check_step(run_cli, case, step, commands(run_cli, case, pdf, step.commands))
