"""Keeping a case file's schema at the version this VisaCase understands, with Alembic.

A new file is built from the models and stamped at head (quicker than replaying history and the
same result — a test proves it). An older file is copied to ``<name>.before-<revision>.bak`` and
then upgraded in one transaction. A file stamped with a revision we do not know was written by a
newer VisaCase and is refused rather than guessed at.

Opening a file at head is the common case and does not load Alembic (a fifth of a second): the
stored revision is read with one query and compared with the revisions named in the migration
files (``first_look``; a test holds that reading to Alembic's own). Alembic loads only to
create, stamp or upgrade.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from desktop_app.errors import CaseFileReadOnlyError
from desktop_app.messages import _
from desktop_app.store.first_look import MIGRATIONS, head_revision, known_revisions, refuse_unknown
from desktop_app.store.models import Base

__all__ = [  # the revisions are read in first_look, without SQLAlchemy; they are asked for here
    "alembic_config",
    "back_up",
    "backup_path",
    "check_revision",
    "create_at_head",
    "current_revision",
    "head_revision",
    "known_revisions",
    "upgrade",
]

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the file, as Alembic keeps it; None for a file without one."""
    with engine.connect() as conn:
        stamped = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        rows = (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").all() if stamped else []
        )
    return rows[0][0] if len(rows) == 1 else None


def create_at_head(engine: Engine, application_id: int) -> None:
    from alembic import command

    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={application_id}")
        Base.metadata.create_all(conn)
        command.stamp(alembic_config(conn), "head")


def check_revision(engine: Engine, path: Path) -> str:
    """The file's revision, refusing one this VisaCase does not know (a newer VisaCase's)."""
    return refuse_unknown(current_revision(engine), path)


def back_up(path: Path, revision: str, *, read_only: bool) -> Path:
    """Copy an outdated file aside, byte for byte, before anything upgrades it."""
    if read_only:
        raise CaseFileReadOnlyError(
            _(
                "{name} comes from an older VisaCase and must be upgraded, but it is read-only. "
                "Copy it somewhere writable and open the copy."
            ).format(name=path.name)
        )
    return Path(shutil.copy2(path, backup_path(path, revision)))


def upgrade(engine: Engine) -> None:
    """Bring the file to head in one transaction."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def backup_path(path: Path, revision: str) -> Path:
    return path.with_name(f"{path.name}.before-{revision}.bak")
