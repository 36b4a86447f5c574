"""Working through the 214(b) workbook from the command line, as a reapplicant would."""

from __future__ import annotations

import json
from pathlib import Path

from tests.ingest import samples


def _case(run_cli, tmp_path: Path) -> Path:
    case = tmp_path / "reapply.visacase"
    run_cli("new", case, "--title", "Reapply", "--refusal-type", "214b")
    run_cli("event", "add", case, "--kind", "refusal_214b", "--on", "2026-03-02")
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(samples.pdf(1))
    run_cli("add", case, contract)
    return case


def _show(run_cli, case: Path) -> dict:
    return json.loads(run_cli("workbook", case, "--json", "--today", "2026-11-22").out)


def test_without_an_action_the_workbook_is_shown_for_people(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)

    result = run_cli("workbook", case, "--today", "2026-11-22")

    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[:2] == [
        "214(b) reapplication workbook",
        "[ ] refusal_type      Refusal type identified",
    ]
    assert "  nothing yet" in lines
    assert "Not ready:" in lines
    assert "  - nothing is written down as changed since the refusal" in lines
    assert any(line.startswith("Remember: The new DS-160 must disclose") for line in lines)
    assert lines[-1].startswith("General information, not legal advice.")


def test_a_reapplicant_works_through_every_point_until_ready(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)

    added = run_cli("workbook", case, "change", "add", "Promoted to branch manager", "--json")
    change_id = json.loads(added.out)["changes"][0]["id"]
    assert "nothing changed has evidence" in _show(run_cli, case)["readiness"]["blockers"]

    linked = run_cli("workbook", case, "change", "link", str(change_id), "1")
    assert linked.out.splitlines()[0] == f"linked document 1 to change {change_id}"
    run_cli("workbook", case, "answer", "I now manage the branch I worked at last time.")
    for key in ("refusal_type", "root_cause", "what_changed", "ds160_consistent", "evidence"):
        assert run_cli("workbook", case, "check", key).code == 0
    assert not _show(run_cli, case)["readiness"]["ready"]
    run_cli("workbook", case, "check", "answer")

    shown = _show(run_cli, case)
    assert shown["readiness"] == {"ready": True, "blockers": [], "warnings": []}
    assert shown["changes"] == [
        {"id": change_id, "text": "Promoted to branch manager", "evidence": [1]}
    ]
    assert shown["answer"] == "I now manage the branch I worked at last time."
    text = run_cli("workbook", case, "show", "--today", "2026-11-22").out
    assert "Ready: the workbook is complete." in text
    assert f"  {change_id:>3}  Promoted to branch manager — evidence: documents 1" in text


def test_changes_can_be_reworded_unlinked_and_removed(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    run_cli("workbook", case, "change", "add", "New job")
    run_cli("workbook", case, "change", "link", "1", "1")

    assert run_cli("workbook", case, "change", "edit", "1", "New job at a bank").code == 0
    assert run_cli("workbook", case, "change", "unlink", "1", "1").code == 0
    assert _show(run_cli, case)["changes"] == [
        {"id": 1, "text": "New job at a bank", "evidence": []}
    ]
    assert run_cli("workbook", case, "uncheck", "root_cause").code == 0
    assert run_cli("workbook", case, "change", "remove", "1").code == 0
    assert _show(run_cli, case)["changes"] == []


def test_reapplying_weeks_after_the_refusal_is_gently_questioned(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    shown = json.loads(run_cli("workbook", case, "--json", "--today", "2026-03-09").out)
    assert shown["readiness"]["warnings"] == [
        "The refusal was only 7 days ago. Reapplying soon with nothing really changed "
        "generally ends the same way."
    ]


def test_mistakes_get_one_line_and_exit_2(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)

    missing = run_cli("workbook", case, "change", "link", "5", "1")
    unknown = run_cli("workbook", case, "check", "luck")

    assert (missing.code, missing.err) == (
        2,
        "visacase: There is no 'what changed' entry 5 in this case.\n",
    )
    assert unknown.code == 2 and "invalid choice" in unknown.err
