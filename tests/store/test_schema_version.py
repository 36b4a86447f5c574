"""Migrations: new files at head, old files backed up and upgraded, newer files refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from desktop_app.errors import CaseFileTooNewError
from desktop_app.services import cases
from desktop_app.store import casefile, page_index, schema_version
from desktop_app.store.models import Base

ALL_REVISIONS = [
    script.revision
    for script in ScriptDirectory.from_config(schema_version.alembic_config()).walk_revisions()
]
OLDER_REVISIONS = [rev for rev in ALL_REVISIONS if rev != schema_version.head_revision()]


def _file_at_revision(path: Path, revision: str) -> None:
    """What an older VisaCase would have written: the migrations up to ``revision``."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={casefile.APPLICATION_ID}")
        command.upgrade(schema_version.alembic_config(conn), revision)
        conn.exec_driver_sql(
            "INSERT INTO case_info (id, title, refusal_type, notes, deadline_rule,"
            " inquiry_wait_days, followup_interval_days, workbook_answer, created_at)"
            " VALUES (1, 'Old case', '221g', '', 'earliest', 60, 14, '',"
            " '2024-01-01 00:00:00')"
        )
    engine.dispose()


def test_replaying_every_migration_gives_exactly_the_models_schema(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'replayed.db'}")
    with engine.begin() as conn:
        command.upgrade(schema_version.alembic_config(conn), "head")
        context = MigrationContext.configure(conn, opts={"include_name": page_index.include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_new_file_and_a_migrated_file_have_the_same_page_index(tmp_path: Path, case) -> None:
    """The FTS5 index is outside the models, so its definition is compared here."""
    _file_at_revision(tmp_path / "replayed.db", "head")

    def definitions(path: Path) -> list[tuple[str, str]]:
        with sqlite3.connect(path) as conn:
            return conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE name LIKE 'document_pages%' "
                "ORDER BY name"
            ).fetchall()

    replayed = definitions(tmp_path / "replayed.db")
    assert replayed == definitions(case.path)
    assert {"document_pages_follow_deletes", "document_pages"} <= {n for n, _ in replayed}


def test_a_new_case_file_starts_at_head(case) -> None:
    assert schema_version.current_revision(case.engine) == schema_version.head_revision()


@pytest.mark.parametrize("revision", OLDER_REVISIONS)
def test_an_older_file_is_backed_up_then_upgraded(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.visacase"
    _file_at_revision(path, revision)
    before = path.read_bytes()

    case = cases.open_case(path)
    try:
        assert schema_version.current_revision(case.engine) == schema_version.head_revision()
        assert cases.get_case_info(case).title == "Old case"
    finally:
        case.close()
    assert schema_version.backup_path(path, revision).read_bytes() == before


def test_a_file_from_a_newer_visacase_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.visacase"
    cases.create_case(path, "Ana").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    before = path.read_bytes()
    with pytest.raises(CaseFileTooNewError, match="newer version of VisaCase"):
        cases.open_case(path)
    assert path.read_bytes() == before


def test_the_revisions_read_from_the_migration_files_are_alembics() -> None:
    script = ScriptDirectory.from_config(schema_version.alembic_config())
    assert schema_version.known_revisions() == set(ALL_REVISIONS)
    assert schema_version.head_revision() == script.get_current_head()


def test_the_stamped_revision_is_read_as_alembic_reads_it(tmp_path: Path, case) -> None:
    with case.engine.connect() as conn:
        alembics = MigrationContext.configure(conn).get_current_revision()
    assert schema_version.current_revision(case.engine) == alembics
    unstamped = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    assert schema_version.current_revision(unstamped) is None


def test_opening_a_file_at_head_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.visacase"
    cases.create_case(path, "Ana").close()
    script = (
        "import sys\n"
        "from desktop_app.services import cases\n"
        f"cases.open_case({str(path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('alembic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
