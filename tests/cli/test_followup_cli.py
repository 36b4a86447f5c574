"""The follow-up email carries what a consulate needs to find the case."""

from __future__ import annotations

import json
from pathlib import Path


def test_the_draft_names_the_applicant_ids_dates_and_opens_in_a_mail_app(
    run_cli, tmp_path: Path
) -> None:
    case = tmp_path / "f.visacase"
    run_cli("new", case, "--title", "F", "--post", "U.S. Embassy Manila")
    run_cli(
        "applicant",
        case,
        "Ana Reyes",
        "--application-id",
        "AA00B7QPGN",
        "--passport",
        "P4821937A",
        "--born",
        "1990-02-03",
    )
    run_cli("event", "add", case, "--kind", "interview", "--on", "2026-08-18")
    run_cli("event", "add", case, "--kind", "documents_submitted", "--on", "2026-09-02")

    mail = json.loads(run_cli("followup", case, "--json", "--today", "2026-11-22").out)

    assert mail["subject"] == "Status inquiry — 221(g) administrative processing — AA00B7QPGN"
    body = mail["body"]
    for expected in (
        "Dear Consular Section, U.S. Embassy Manila,",
        "18 August 2026",
        "submitted on 02 September 2026, 81 days ago",
        "Passport number: P4821937A",
        "Date of birth: 03 February 1990",
        "Kind regards,\nAna Reyes",
    ):
        assert expected in body
    assert mail["mailto"].startswith("mailto:?subject=Status%20inquiry")
