"""Keeping a case file's schema at the version this VisaCase understands, with Alembic.

A new file is built from the models and stamped at head (quicker than replaying history and the
same result — a test proves it). An older file is copied to ``<name>.before-<revision>.bak`` and
then upgraded in one transaction. A file stamped with a revision we do not know was written by a
newer VisaCase and is refused rather than guessed at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop_app.errors import CaseFileReadOnlyError, CaseFileTooNewError, NotACaseFileError
from desktop_app.store.models import Base

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def create_at_head(engine: Engine, application_id: int) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={application_id}")
        Base.metadata.create_all(conn)
        command.stamp(alembic_config(conn), "head")


def check_revision(engine: Engine, path: Path) -> str:
    """The file's revision, refusing one this VisaCase does not know (a newer VisaCase's)."""
    revision = current_revision(engine)
    if revision is None:
        raise NotACaseFileError(f"{path.name} has no VisaCase schema; it may be damaged.")
    script = ScriptDirectory.from_config(alembic_config())
    if revision not in {s.revision for s in script.walk_revisions()}:
        raise CaseFileTooNewError(
            f"{path.name} was saved by a newer version of VisaCase. "
            "Install the latest VisaCase to open it; this file has not been changed."
        )
    return revision


def back_up(path: Path, revision: str, *, read_only: bool) -> Path:
    """Copy an outdated file aside, byte for byte, before anything upgrades it."""
    if read_only:
        raise CaseFileReadOnlyError(
            f"{path.name} comes from an older VisaCase and must be upgraded, "
            "but it is read-only. Copy it somewhere writable and open the copy."
        )
    return Path(shutil.copy2(path, backup_path(path, revision)))


def upgrade(engine: Engine) -> None:
    """Bring the file to head in one transaction."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def backup_path(path: Path, revision: str) -> Path:
    return path.with_name(f"{path.name}.before-{revision}.bak")
