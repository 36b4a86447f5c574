"""What the slip asked for, which documents answer it, and the deadline the notice starts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pikepdf


def _case_with_letter(run_cli, tmp_path: Path) -> Path:
    case = tmp_path / "c.visacase"
    run_cli("new", case, "--title", "Checklist")
    letter = tmp_path / "job.pdf"
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(letter)
    run_cli("add", case, letter, "--kind", "employment_letter")
    return case


def test_items_go_from_missing_to_linked_and_the_packet_cover_lists_them(
    run_cli, tmp_path: Path
) -> None:
    case = _case_with_letter(run_cli, tmp_path)
    run_cli("request", "add", case, "--code", "employment_letter")
    run_cli(
        "request",
        "add",
        case,
        "--code",
        "police_certificate",
        "--label",
        "Police clearance certificate (NBI)",
    )

    before = json.loads(run_cli("checklist", case, "--json").out)
    assert [(i["label"], i["state"]) for i in before] == [
        ("Employment verification letter", "missing"),
        ("Police clearance certificate (NBI)", "missing"),
    ]
    assert run_cli("request", "link", case, "1", "1").code == 0
    after = json.loads(run_cli("checklist", case, "--json").out)
    assert (after[0]["state"], after[0]["document_ids"]) == ("documents linked", [1])

    run_cli("export", case, "-o", tmp_path / "p.pdf")
    cover = subprocess.run(
        ["pdftotext", "-l", "1", str(tmp_path / "p.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # cover 1, index 2, tab A 3, the employment letter 4
    assert "Employment verification letter: A — page 4" in cover
    assert "Police clearance certificate (NBI): not enclosed" in cover


def test_the_notice_starts_the_deadline_by_the_case_rule(run_cli, tmp_path: Path) -> None:
    case = _case_with_letter(run_cli, tmp_path)
    run_cli(
        "notice", case, "--date", "2026-08-18", "--received", "2026-08-25", "--colour", "yellow"
    )

    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-11-22").out)
    reply = next(d for d in found if d["label"] == "221(g) reply")
    assert (reply["due"], reply["rule"]) == (
        "2027-08-18",
        "one year from the earliest known date (the safest)",
    )


def test_administrative_processing_only_has_no_reply_due(run_cli, tmp_path: Path) -> None:
    case = _case_with_letter(run_cli, tmp_path)
    run_cli("notice", case, "--date", "2026-08-18", "--admin-only")
    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2028-11-22").out)
    [reply] = [d for d in found if d["label"] == "221(g) reply"]
    assert (reply["state"], reply["reason"]) == (
        "moot",
        "administrative processing only: no reply is due",
    )


def test_an_unknown_item_code_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    case = _case_with_letter(run_cli, tmp_path)
    result = run_cli("request", "add", case, "--code", "horoscope")
    assert result.code == 2 and "invalid choice" in result.err


def test_the_cover_gives_the_users_reason_for_an_item_not_enclosed(run_cli, tmp_path: Path) -> None:
    case = _case_with_letter(run_cli, tmp_path)
    run_cli("request", "add", case, "--code", "police_certificate")
    said = run_cli("request", "reason", case, "1", "applied for on 2 May, due in June")
    assert said.code == 0, said.err
    assert run_cli("request", "reason", case, "7", "x").err.startswith("visacase: There is no")

    run_cli("export", case, "-o", tmp_path / "p.pdf")
    cover = subprocess.run(
        ["pdftotext", "-l", "1", str(tmp_path / "p.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    reason = "Police certificate: not enclosed (applied for on 2 May, due in June)"
    assert reason in " ".join(cover.split())
