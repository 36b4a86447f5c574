"""The page index: a file from before full-text search, plain or protected, gets its existing
text indexed when it is upgraded."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from desktop_app.services import cases, search
from desktop_app.store import casefile, connection, schema_version


def _file_at_0002_with_text(path: Path, passphrase: str | None = None) -> None:
    engine = (
        create_engine(f"sqlite:///{path}")
        if passphrase is None
        else connection.engine_for(path, mode="rwc", passphrase=passphrase, tuned=False)
    )
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={casefile.APPLICATION_ID}")
        command.upgrade(schema_version.alembic_config(conn), "0002")
        conn.exec_driver_sql(
            "INSERT INTO case_info (id, title, refusal_type, notes, deadline_rule,"
            " inquiry_wait_days, followup_interval_days, workbook_answer, created_at)"
            " VALUES (1, 'Old case', '221g', '', 'earliest', 60, 14, '', '2024-01-01 00:00:00')"
        )
        conn.exec_driver_sql("INSERT INTO blobs (sha256, size) VALUES ('ab', 2)")
        for doc_id, title, text in (
            (1, "statement", "Statement period: March 2026\fSalary credit 85,000"),
            (2, "slip", "Refused under Section 221(g)"),
            (3, "photo", ""),
        ):
            conn.exec_driver_sql(
                "INSERT INTO documents (id, kind, title, original_name, media_type, page_count,"
                " text, text_source, sha256, position, added_at) VALUES"
                " (?, 'other', ?, 'x', 'application/pdf', 1, ?, 'layer', 'ab', ?,"
                " '2024-01-01 00:00:00')",
                (doc_id, title, text, doc_id),
            )
    engine.dispose()


def test_upgrading_a_file_indexes_the_text_it_already_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.visacase"
    _file_at_0002_with_text(path)

    case = cases.open_case(path)
    try:
        [salary] = search.search(case, "salary")
        [slip] = search.search(case, "221(g)")
        with case.engine.connect() as conn:
            indexed = conn.exec_driver_sql("SELECT count(*) FROM document_pages").scalar()
    finally:
        case.close()

    assert (salary.document_id, salary.page, salary.title) == (1, 2, "statement")
    assert (slip.document_id, slip.page) == (2, 1)
    assert indexed == 3


def test_a_protected_file_is_upgraded_and_indexed_too(tmp_path: Path) -> None:
    path = tmp_path / "secret.visacase"
    _file_at_0002_with_text(path, passphrase="open sesame")

    case = cases.open_case(path, passphrase="open sesame")
    try:
        assert [h.page for h in search.search(case, "salary")] == [2]
    finally:
        case.close()
