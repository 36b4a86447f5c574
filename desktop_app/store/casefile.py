"""Opening, creating and closing a case file.

A case file is a SQLite database marked with our ``application_id``. Opening one:

1. checks the first bytes, so a PDF, an empty file or a truncated header is refused before SQLite
   could mistake it for a new empty database;
2. takes an exclusive lock beside the file, so two VisaCase processes never write one case;
3. brings the schema to the current Alembic head — backing up an older file first — or refuses a
   file written by a newer VisaCase.

A case file may be protected by a passphrase (see ``connection``); such a file has no readable
header, so a file that looks like encrypted pages asks for the passphrase instead of being refused.

While open the file runs in WAL mode (readers on the GUI thread are not blocked by a worker's
write); closing switches back to a rollback journal so the closed case is one self-contained file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from desktop_app.errors import (
    CaseFileError,
    CaseFileLockedError,
    CaseFileReadOnlyError,
    NotACaseFileError,
    PassphraseError,
)
from desktop_app.store import schema_version
from desktop_app.store.connection import engine_for

APPLICATION_ID = 0x56495341  # "VISA"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SUFFIX = ".visacase"
ENCRYPTED_PAGE = 1024
LOCK_WAIT_SECONDS = 1.0


@dataclass
class CaseFile:
    """An open case file: its path, its engine, and the lock that makes it ours."""

    path: Path
    engine: Engine
    read_only: bool = False
    encrypted: bool = False
    _lock: FileLock | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)

    def session(self) -> Session:
        """A new session; callers own the transaction (``with case.session() as s, s.begin()``)."""
        if self.read_only:
            return Session(self.engine, autoflush=False, info={"read_only": True})
        return Session(self.engine, expire_on_commit=False)

    def require_writable(self) -> None:
        if self.read_only:
            raise CaseFileReadOnlyError(
                f"{self.path.name} is open read-only, so it cannot be changed."
            )

    def close(self) -> None:
        """Checkpoint the WAL into the main file and release the lock (once; later calls no-op)."""
        if self._closed:
            return
        self._closed = True
        if not self.read_only:
            with contextlib.suppress(DatabaseError), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            with contextlib.suppress(OSError):
                Path(self._lock.lock_file).unlink()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def create(path: Path, *, passphrase: str | None = None) -> CaseFile:
    """Create a new, empty case file at the current schema. Refuses to overwrite anything."""
    path = Path(path)
    if path.exists():
        raise CaseFileError(f"{path} already exists; choose another name for the new case.")
    if not path.parent.is_dir():
        raise CaseFileError(f"The folder {path.parent} does not exist.")
    lock = _acquire_lock(path)
    try:
        engine = engine_for(path, mode="rwc", passphrase=passphrase)
        schema_version.create_at_head(engine, APPLICATION_ID)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except (OSError, DatabaseError) as exc:
        lock.release()
        path.unlink(missing_ok=True)
        raise CaseFileError(f"Could not create {path.name}: {_reason(exc)}") from exc
    except BaseException:
        lock.release()
        path.unlink(missing_ok=True)
        raise
    return CaseFile(path=path, engine=engine, encrypted=passphrase is not None, _lock=lock)


def open_existing(
    path: Path, *, read_only: bool = False, passphrase: str | None = None
) -> CaseFile:
    """Open a case file for use, upgrading an old schema after backing the file up."""
    path = Path(path)
    encrypted = check_header(path, passphrase_given=passphrase is not None)
    if not encrypted:
        passphrase = None
    if not read_only and not _writable(path):
        read_only = True
    lock = None if read_only else _acquire_lock(path)
    try:
        revision = _inspect(path, read_only=read_only, passphrase=passphrase)
        outdated = revision != schema_version.head_revision()
        if outdated:
            schema_version.back_up(path, revision, read_only=read_only)
        engine = engine_for(path, mode="ro" if read_only else "rw", passphrase=passphrase)
        if outdated:
            schema_version.upgrade(engine)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return CaseFile(path=path, engine=engine, read_only=read_only, encrypted=encrypted, _lock=lock)


def _inspect(path: Path, *, read_only: bool, passphrase: str | None) -> str:
    """Check the file is ours, sound and not from a newer VisaCase, without changing a byte."""
    probe = engine_for(path, mode="ro" if read_only else "rw", passphrase=passphrase, tuned=False)
    try:
        with probe.connect() as conn:
            if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                raise NotACaseFileError(f"{path.name} is a database, but not a VisaCase case file.")
            verdict = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if verdict != "ok":
                raise NotACaseFileError(f"{path.name} is damaged and cannot be opened ({verdict}).")
        return schema_version.check_revision(probe, path)
    except DatabaseError as exc:
        if passphrase is not None:
            raise PassphraseError(
                f"That passphrase does not open {path.name} (or the file is damaged)."
            ) from exc
        raise NotACaseFileError(
            f"{path.name} is damaged and cannot be opened ({_reason(exc)})."
        ) from exc
    finally:
        probe.dispose()


def check_header(path: Path, *, passphrase_given: bool = False) -> bool:
    """Refuse anything that is not, at first sight, one of our files; True if it is encrypted."""
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
        size = path.stat().st_size
    except FileNotFoundError:
        raise CaseFileError(f"There is no case file at {path}.") from None
    except IsADirectoryError:
        raise NotACaseFileError(f"{path} is a folder, not a case file.") from None
    except PermissionError:
        raise CaseFileError(f"You do not have permission to read {path}.") from None
    except OSError as exc:
        raise CaseFileError(f"{path} cannot be read: {exc.strerror}.") from None
    if not header:
        raise NotACaseFileError(f"{path.name} is empty, so it is not a VisaCase case file.")
    if header.startswith(SQLITE_MAGIC) and len(header) == HEADER_SIZE:
        if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
            raise NotACaseFileError(f"{path.name} is a database, but not a VisaCase case file.")
        return False
    if size % ENCRYPTED_PAGE == 0 and not header.startswith(SQLITE_MAGIC):
        if not passphrase_given:
            raise PassphraseError(f"{path.name} is protected by a passphrase.", needed=True)
        return True
    raise NotACaseFileError(f"{path.name} is not a VisaCase case file.")


def integrity_problems(case: CaseFile) -> Iterator[str]:
    """SQLite's own integrity check plus foreign keys; yields nothing when the file is sound."""
    with case.engine.connect() as conn:
        for (row,) in conn.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                yield f"SQLite integrity: {row}"
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            yield f"broken reference in table {row[0]} (row {row[1]})"


def _acquire_lock(path: Path) -> FileLock:
    # A VisaCase that has just quit or crashed (its reader child still starting or ending) can
    # hold the lock for a moment: wait that moment before saying the case is in use.
    lock = FileLock(lock_path(path), timeout=LOCK_WAIT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise CaseFileLockedError(
            f"{path.name} is already open in another VisaCase window or command. "
            "Close it there first."
        ) from None
    except OSError as exc:
        raise CaseFileError(f"Cannot lock {path.name}: {exc.strerror}.") from None
    return lock


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OperationalError | DatabaseError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc)
