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
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from desktop_app.errors import (
    CaseFileError,
    CaseFileGoneError,
    CaseFileReadOnlyError,
    NotACaseFileError,
    PassphraseError,
)
from desktop_app.messages import _
from desktop_app.store import locking, schema_version
from desktop_app.store.connection import engine_for
from desktop_app.store.first_look import APPLICATION_ID, check_header

SUFFIX = ".visacase"


@dataclass
class CaseFile:
    """An open case file: its path, its engine, and the lock that makes it ours.

    ``identity`` is the file's device and inode when it was opened: if the path later names
    another file (or none), the next write is refused instead of landing in a new empty case.
    """

    path: Path
    engine: Engine
    read_only: bool = False
    encrypted: bool = False
    _lock: FileLock | None = field(default=None, repr=False)
    _closed: bool = field(default=False, repr=False)
    identity: tuple[int, int] | None = None
    _held: Any = field(default=None, repr=False)
    _passphrase: str | None = field(default=None, repr=False)
    _action: ContextVar[Connection | None] = field(
        default_factory=lambda: ContextVar("action", default=None), repr=False
    )

    def __post_init__(self) -> None:
        if self.identity is None:
            self.identity = locking.file_identity(self.path)

    def session(self) -> Session:
        """A new session; callers own the transaction (``with case.session() as s, s.begin()``).

        Inside :meth:`action` the session joins the action's transaction: its commit waits for
        the action's end, and a failure anywhere rolls the whole action back.
        """
        if self.read_only:
            return Session(self.engine, autoflush=False, info={"read_only": True})
        self.check_still_there()
        conn = self._action.get()
        if conn is not None:
            return Session(conn, expire_on_commit=False, join_transaction_mode="rollback_only")
        return Session(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def action(self) -> Iterator[None]:
        """One user action, one transaction: every service called inside commits together.

        A failure inside rolls the whole action back, even one a caller catches and goes on
        from; so an action holds steps that belong together, not a batch of independent ones.
        """
        if self._action.get() is not None:
            yield
            return
        self.require_writable()
        self.check_still_there()
        with self.engine.connect() as conn, conn.begin():
            token = self._action.set(conn)
            try:
                yield
            finally:
                self._action.reset(token)

    def reader(self) -> Reader:
        """How another process opens this case to read it alongside this one."""
        return Reader(self.path, self.identity, self._passphrase)

    @property
    def anchor(self) -> Any:
        """The opening thread's connection, held from opening to closing: what is open stays
        readable (for a copy) even after the file is deleted or replaced, whichever thread asks.
        None once closed."""
        return None if self._held is None else self._held.dbapi_connection

    def require_writable(self) -> None:
        if self.read_only:
            raise CaseFileReadOnlyError(
                _("{name} is open read-only, so it cannot be changed.").format(name=self.path.name)
            )

    def still_there(self) -> bool:
        """Whether the path still names the very file that was opened."""
        return locking.file_identity(self.path) == self.identity

    def check_still_there(self) -> None:
        if not self.still_there():
            raise CaseFileGoneError(
                _(
                    "{name} was moved, deleted or replaced while it was open, so nothing more is "
                    "written there. Save a copy of what is open, then open that copy."
                ).format(name=self.path.name)
            )

    def close(self) -> None:
        """Checkpoint the WAL into the main file and release the lock (once; later calls no-op).

        A file that is no longer the one opened is left alone: it belongs to someone else now.
        """
        if self._closed:
            return
        self._closed = True
        if self._held is not None:  # back to the pool, so the checkpoint below can use it
            self._held.close()
            self._held = None
        if not self.read_only and self.still_there():
            with contextlib.suppress(DatabaseError, CaseFileError), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
        self.engine.dispose()
        if not self.read_only and not self.path.exists():
            _tidy_after(self.path)
        if self._lock is not None:
            locking.release(self._lock)

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create(path: Path, *, passphrase: str | None = None) -> CaseFile:
    """Create a new, empty case file at the current schema. Refuses to overwrite anything."""
    path = Path(path)
    if path.exists():
        raise CaseFileError(
            _("{path} already exists; choose another name for the new case.").format(path=path)
        )
    if not path.parent.is_dir():
        raise CaseFileError(_("The folder {folder} does not exist.").format(folder=path.parent))
    lock = locking.acquire(path)
    try:
        engine = engine_for(path, mode="rwc", passphrase=passphrase)
        schema_version.create_at_head(engine, APPLICATION_ID)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        held = _hold(engine)
    except (OSError, DatabaseError) as exc:
        _forget(path, lock)
        raise CaseFileError(
            _("Could not create {name}: {error}").format(name=path.name, error=_reason(exc))
        ) from exc
    except BaseException:
        _forget(path, lock)
        raise
    return CaseFile(
        path=path,
        engine=engine,
        encrypted=passphrase is not None,
        _lock=lock,
        _held=held,
        _passphrase=passphrase,
    )


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
    lock = None if read_only else locking.acquire(path)
    try:
        revision = _inspect(path, read_only=read_only, passphrase=passphrase)
        outdated = revision != schema_version.head_revision()
        if outdated:
            schema_version.back_up(path, revision, read_only=read_only)
        engine = engine_for(path, mode="ro" if read_only else "rw", passphrase=passphrase)
        if outdated:
            schema_version.upgrade(engine)
        held = _hold(engine)
    except BaseException:
        if lock is not None:
            locking.release(lock)
        raise
    return CaseFile(
        path=path,
        engine=engine,
        read_only=read_only,
        encrypted=encrypted,
        _lock=lock,
        _held=held,
        _passphrase=passphrase,
    )


@dataclass(frozen=True)
class Reader:
    """What another process needs to read an open case alongside the VisaCase that holds it:
    opened read-only and without the lock (in WAL mode SQLite lets readers in beside the
    writer), and refused if the path now names another file than the one that was opened."""

    path: Path
    identity: tuple[int, int] | None
    passphrase: str | None = field(default=None, repr=False)

    def open(self) -> CaseFile:
        engine = engine_for(self.path, mode="ro", passphrase=self.passphrase)
        case = CaseFile(
            self.path,
            engine,
            read_only=True,
            encrypted=self.passphrase is not None,
            identity=self.identity,
        )
        try:
            case.check_still_there()
        except BaseException:
            case.close()
            raise
        return case


def _inspect(path: Path, *, read_only: bool, passphrase: str | None) -> str:
    """Check the file is ours, sound and not from a newer VisaCase, without changing a byte."""
    probe = engine_for(path, mode="ro" if read_only else "rw", passphrase=passphrase, tuned=False)
    try:
        with probe.connect() as conn:
            if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
                raise NotACaseFileError(
                    _("{name} is a database, but not a VisaCase case file.").format(name=path.name)
                )
            verdict = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if verdict != "ok":
                raise NotACaseFileError(
                    _("{name} is damaged and cannot be opened ({error}).").format(
                        name=path.name, error=_first_problem(verdict)
                    )
                )
        return schema_version.check_revision(probe, path)
    except DatabaseError as exc:
        if passphrase is not None:
            raise PassphraseError(
                _("That passphrase does not open {name} (or the file is damaged).").format(
                    name=path.name
                )
            ) from exc
        raise NotACaseFileError(
            _("{name} is damaged and cannot be opened ({error}).").format(
                name=path.name, error=_reason(exc)
            )
        ) from exc
    finally:
        probe.dispose()


def _first_problem(verdict: str) -> str:
    """The first of what SQLite's check found: a file damaged in many places lists hundreds of
    lines, and one sentence is what the person needs to read."""
    problems = [line for line in verdict.splitlines() if line and not line.startswith("***")]
    return problems[0] if problems else verdict


def integrity_problems(case: CaseFile) -> Iterator[str]:
    """SQLite's own integrity check plus foreign keys; yields nothing when the file is sound."""
    with case.engine.connect() as conn:
        for (row,) in conn.execute(text("PRAGMA integrity_check")):
            if row != "ok":
                yield _("SQLite integrity: {problem}").format(problem=row)
        for row in conn.execute(text("PRAGMA foreign_key_check")):
            yield _("broken reference in table {table} (row {row})").format(
                table=row[0], row=row[1]
            )


def _hold(engine: Engine) -> Any:
    """Check out this thread's connection and keep it (sessions on this thread share it). One
    read now opens — and so keeps — the file's write-ahead log and its index, which a deleted
    case file could no longer reopen."""
    held = engine.raw_connection()
    held.dbapi_connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    return held


def _forget(path: Path, lock: FileLock) -> None:
    """Undo a failed create: no half-made case file, no journal, no lock left behind."""
    for leftover in (path, *companions(path)):
        leftover.unlink(missing_ok=True)
    locking.release(lock)


def _tidy_after(path: Path) -> None:
    """Remove what a deleted case file left beside it — but not a log holding changes that
    never reached the file: those may be the only copy of them."""
    for orphan in companions(path):
        with contextlib.suppress(OSError):
            if orphan.name.endswith("-shm") or orphan.stat().st_size == 0:
                orphan.unlink()


def companions(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database while it is open."""
    return [
        write_ahead_log(path),
        *(path.with_name(path.name + end) for end in ("-shm", "-journal")),
    ]


def write_ahead_log(path: Path) -> Path:
    """The log SQLite keeps beside a database open in WAL mode, as every open case is."""
    return path.with_name(path.name + "-wal")


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OperationalError | DatabaseError) and exc.orig is not None:
        return str(exc.orig)
    return str(exc)
