"""CEAC text on standard input, explained or recorded."""

from __future__ import annotations

import json
from pathlib import Path

from tests.domain.test_ceac import SHORT_REFUSED, WHOLE_PAGE


def test_explain_prints_the_documented_keys(run_cli) -> None:
    result = run_cli("status", "explain", "--json", stdin=WHOLE_PAGE)
    data = json.loads(result.out)
    assert result.code == 0
    assert {
        k: data[k]
        for k in (
            "status",
            "variant",
            "case_created",
            "case_last_updated",
            "application_id",
            "post",
        )
    } == {
        "status": "Refused",
        "variant": "administrative_processing",
        "case_created": "2022-07-28",
        "case_last_updated": "2022-08-12",
        "application_id": "AA00B7QPGN",
        "post": "U.S. Embassy Manila",
    }
    assert "not a final decision" in data["meaning"]


def test_add_records_the_verbatim_text_dated_by_last_updated(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "c.visacase"
    run_cli("new", case, "--title", "T")
    first = run_cli("status", "add", case, stdin=WHOLE_PAGE)
    second = run_cli(
        "status", "add", case, "--json", stdin=WHOLE_PAGE.replace("12-Aug-2022", "30-Aug-2022")
    )

    assert first.code == 0 and "recorded as event" in first.out
    assert "being worked on" in json.loads(second.out)["note"]
    from desktop_app.services import cases, events

    opened = cases.open_case(case, read_only=True)
    try:
        seen = [e for e in events.list_events(opened) if e.kind == "ceac_status"]
    finally:
        opened.close()
    assert [e.occurred_on.isoformat() for e in seen] == ["2022-08-12", "2022-08-30"]
    assert seen[0].payload["text"] == WHOLE_PAGE


def test_empty_input_is_one_line_of_advice(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "c.visacase"
    run_cli("new", case, "--title", "T")
    result = run_cli("status", "add", case, stdin="   ")
    assert (result.code, result.err) == (
        2,
        "visacase: Paste the text of the CEAC status page first.\n",
    )


def test_short_text_explained_for_people(run_cli) -> None:
    result = run_cli("status", "explain", stdin=SHORT_REFUSED)
    assert result.out.splitlines()[0] == "status: Refused (see letter)"
