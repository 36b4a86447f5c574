"""Each post's rules, set per case, and the deadlines that follow them."""

from __future__ import annotations

import json
from pathlib import Path


def _case(run_cli, tmp_path: Path) -> Path:
    case = tmp_path / "rules.visacase"
    run_cli("new", case, "--title", "Rules")
    return case


def test_without_flags_the_current_rules_are_shown(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)

    shown = json.loads(run_cli("rules", case, "--json").out)
    text = run_cli("rules", case).out

    assert shown == {
        "deadline_from": "earliest",
        "inquiry_days": 60,
        "followup_days": 14,
        "pickup_days": 14,
        "on_this_case": {},
    }
    assert "one year from the earliest known date (the safest)" in text
    assert "every 14 days" in text


def test_changed_rules_are_kept_and_move_the_deadlines(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    run_cli("notice", case, "--date", "2026-08-18", "--received", "2026-08-25")
    run_cli("event", "add", case, "--kind", "documents_submitted", "--on", "2026-09-01")

    changed = run_cli(
        "rules",
        case,
        "--deadline-from",
        "received",
        "--inquiry-days",
        "120",
        "--followup-days",
        "21",
        "--json",
    )
    assert changed.code == 0
    assert json.loads(run_cli("rules", case, "--json").out) == {
        "deadline_from": "received",
        "inquiry_days": 120,
        "followup_days": 21,
        "pickup_days": 14,
        "on_this_case": {
            "reply": "counted from the day the notice was received: 25 Aug 2026",
            "inquiry": "counted from the last submission: 01 Sep 2026",
        },
    }
    found = {
        d["label"]: d
        for d in json.loads(run_cli("deadlines", case, "--json", "--today", "2026-09-01").out)
    }
    assert (found["221(g) reply"]["due"], found["221(g) reply"]["rule"]) == (
        "2027-08-25",
        "one year from the day the notice was received",
    )
    assert found["Inquiry about processing"]["due"] == "2026-12-30"
    assert (found["Next follow-up"]["due"], found["Next follow-up"]["rule"]) == (
        "2026-09-22",
        "every 21 days after the last contact with the consulate",
    )


def test_rules_and_deadlines_word_each_rule_the_same_way(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    run_cli("notice", case, "--date", "2026-08-18")
    run_cli("rules", case, "--inquiry-days", "120")
    rules = run_cli("rules", case).out
    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-09-01").out)
    for deadline in found:
        assert deadline["rule"] in rules
        assert deadline["basis"] in rules


def test_a_rule_whose_date_is_missing_names_the_date_used_instead(run_cli, tmp_path) -> None:
    case = _case(run_cli, tmp_path)
    run_cli("notice", case, "--date", "2026-08-18")
    run_cli("rules", case, "--deadline-from", "received")
    found = json.loads(run_cli("deadlines", case, "--json", "--today", "2026-09-01").out)
    [reply] = [d for d in found if d["key"] == "reply"]
    assert reply["rule"] == "one year from the day the notice was received"
    assert reply["basis"] == (
        "the day the notice was received is not recorded, so it is counted from the date "
        "printed on the notice instead: 18 Aug 2026"
    )
    assert reply["due"] == "2027-08-18"
    assert "is not recorded, so it is counted from the date printed" in run_cli("rules", case).out


def test_any_positive_wait_is_accepted_but_not_zero_or_a_typo(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)

    assert run_cli("rules", case, "--inquiry-days", "90").code == 0
    zero = run_cli("rules", case, "--followup-days", "0")
    huge = run_cli("rules", case, "--inquiry-days", "18000")
    word = run_cli("rules", case, "--inquiry-days", "sixty")

    assert (zero.code, zero.err) == (
        2,
        "visacase: The follow-up interval must be between 1 and 3650 days, not 0.\n",
    )
    assert huge.code == 2 and "not 18000" in huge.err
    assert word.code == 2 and "invalid int value" in word.err
    assert json.loads(run_cli("rules", case, "--json").out)["inquiry_days"] == 90


def test_an_unknown_start_rule_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    case = _case(run_cli, tmp_path)
    result = run_cli("rules", case, "--deadline-from", "interview")
    assert result.code == 2 and "invalid choice" in result.err
