"""``visacase search`` names the document and page, for people and for scripts."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.services import sample_content


def _case_with_statement(run_cli, tmp_path: Path) -> Path:
    case = tmp_path / "s.visacase"
    statement = tmp_path / "statement.pdf"
    statement.write_bytes(sample_content.bank_statement_pdf())
    run_cli("new", case, "--title", "S")
    run_cli("add", case, statement)
    assert run_cli("read", case).code == 0
    return case


def test_search_prints_one_line_per_matching_page(run_cli, tmp_path: Path) -> None:
    case = _case_with_statement(run_cli, tmp_path)

    result = run_cli("search", case, "1-31 June")

    assert result.code == 0
    [line] = result.out.splitlines()
    assert line.startswith("document 1 (statement) page 4: ")
    assert "«June»" in line


def test_search_json_lists_document_page_and_snippet(run_cli, tmp_path: Path) -> None:
    case = _case_with_statement(run_cli, tmp_path)

    hits = json.loads(run_cli("search", case, "salary credit", "--json").out)

    assert [h["page"] for h in sorted(hits, key=lambda h: h["page"])] == [1, 2, 3, 4, 5, 6]
    assert {h["document_id"] for h in hits} == {1}
    assert all("«Salary» «credit»" in h["snippet"] for h in hits)


def test_a_query_full_of_operators_finds_nothing_without_an_error(run_cli, tmp_path: Path) -> None:
    case = _case_with_statement(run_cli, tmp_path)

    result = run_cli("search", case, 'NEAR("salary" OR')

    assert (result.code, result.err) == (0, "")
    assert result.out.startswith("nothing found for")
