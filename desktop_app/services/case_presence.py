"""Is the open case file still the one on disk, and saving a copy of it when it is not.

A case file can vanish or be swapped while a window has it open: deleted in a file manager,
moved, or overwritten by a sync tool or a restored backup. SQLite keeps reading and writing the
file it opened, so nothing fails at once — but the next connection opened by path would find
nothing, or another file. The watch records the file's identity (device and inode) when the case
is opened, and says what changed when asked; it also keeps one connection of its own on the file
it opened, so a copy can still be saved from what is open (SQLite's backup API, or
``sqlcipher_export`` for a protected file, which keeps the copy under the same passphrase).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError

from desktop_app.errors import CaseFileError
from desktop_app.store import connection as store_connection
from desktop_app.store.casefile import CaseFile

_SQL_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, DatabaseError)
if store_connection.sqlcipher is not None:
    _SQL_ERRORS += (store_connection.sqlcipher.Error,)


class CaseFileGoneError(CaseFileError):
    """The case file open in the window is no longer at its path, or another file is there."""


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int


def identity_of(path: Path) -> FileIdentity | None:
    """The file's identity on disk, or None when there is no file at ``path``."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return FileIdentity(found.st_dev, found.st_ino)


class CaseWatch:
    """Watches one open case file; ``close()`` before the case itself is closed."""

    def __init__(self, case: CaseFile) -> None:
        self.case = case
        self.opened = identity_of(case.path)
        pooled = case.engine.raw_connection()
        self._kept: Any = pooled.dbapi_connection
        pooled.detach()  # ours now: the pool never closes it or hands it to a thread

    def problem(self) -> str | None:
        """What happened to the file since it was opened, in a sentence; None while in place."""
        now = identity_of(self.case.path)
        name = self.case.path.name
        if now is None:
            return (
                f"The case file {name} is no longer in its folder: it was deleted, moved or "
                "renamed while this window had it open."
            )
        if now != self.opened:
            return (
                f"The case file {name} was replaced by another file while this window had it open."
            )
        return None

    def require_present(self) -> None:
        if (problem := self.problem()) is not None:
            raise CaseFileGoneError(problem)

    def save_copy(self, target: Path) -> Path:
        """Write what this window has open into a new case file at ``target``."""
        target = Path(target)
        if target.resolve() == self.case.path.resolve() and self.case.path.exists():
            raise CaseFileError(
                f"{target.name} now holds another file; choose a new name for the copy."
            )
        if not target.parent.is_dir():
            raise CaseFileError(f"The folder {target.parent} does not exist.")
        part = target.with_name(f".{target.name}.part")
        part.unlink(missing_ok=True)
        try:
            if self.case.encrypted:
                self._export_protected(part)
            else:
                self._back_up(part)
            os.replace(part, target)
        except (OSError, *_SQL_ERRORS) as exc:
            raise CaseFileError(f"The copy could not be saved: {exc}.") from exc
        finally:
            part.unlink(missing_ok=True)
        return target

    def _back_up(self, part: Path) -> None:
        copy = sqlite3.connect(part)
        try:
            self._kept.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            _check(copy)
        finally:
            copy.close()

    def _export_protected(self, part: Path) -> None:
        """A protected copy under the same key: an attached database inherits the main key."""
        kept = self._kept
        kept.execute("ATTACH DATABASE ? AS copy", (str(part),))
        try:
            kept.execute("SELECT sqlcipher_export('copy')")
            for pragma in ("application_id", "user_version"):
                value = int(kept.execute(f"PRAGMA main.{pragma}").fetchone()[0])
                kept.execute(f"PRAGMA copy.{pragma} = {value}")
            _check(kept, "copy")
        finally:
            kept.execute("DETACH DATABASE copy")

    def soundness(self) -> str | None:
        """None when the file is in place and SQLite's quick check of it passes; else what was
        found. The crash dialog calls the case safe only after this."""
        if (problem := self.problem()) is not None:
            return problem
        try:
            verdict = self._kept.execute("PRAGMA quick_check").fetchone()[0]
        except _SQL_ERRORS as exc:
            return f"The case file could not be checked ({exc})."
        if verdict != "ok":
            return f"SQLite's check of the case file found a problem: {verdict}."
        return None

    def close(self) -> None:
        with contextlib.suppress(*_SQL_ERRORS):
            self._kept.close()


def _check(connection: Any, schema: str = "main") -> None:
    verdict = connection.execute(f"PRAGMA {schema}.quick_check").fetchone()[0]
    if verdict != "ok":
        raise CaseFileError(f"the copy does not read back whole ({verdict})")
