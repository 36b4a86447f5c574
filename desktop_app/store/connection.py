"""SQLAlchemy engines over a case file, plain (sqlite3) or protected by a passphrase (SQLCipher).

A protected case file is encrypted page by page by SQLCipher (AES-256, key derived from the
passphrase with PBKDF2-HMAC-SHA512): nothing of the case — not even the SQLite header — is readable
on disk without the passphrase, and the app never writes a decrypted copy anywhere. SQLCipher's
driver (``sqlcipher3``, 4-5 ms to import) is loaded with the first protected file opened or made,
never for plain ones.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from desktop_app.errors import CaseFileError
from desktop_app.messages import N_, _, translated
from desktop_app.store.first_look import sqlite_uri

FAILURES = {
    13: N_(
        "The disk is full, so {name} could not be changed; what was saved before is still "
        "there. Free some space and try again."
    ),
    10: N_("{name} could not be read or written ({error}); what was saved before is still there."),
    8: N_("{name} could not be written ({error}); what was saved before is still there."),
    5: N_("{name} is busy in another program; what was saved before is still there. Try again."),
    11: N_("{name} is damaged ({error}); run 'visacase check' on it."),
}
"""SQLite's primary result codes (FULL, IOERR, READONLY, BUSY, CORRUPT) and what they mean."""

PAGE_SIZE = 16384
"""Of a new plain case file. Documents are stored as 1 MiB chunks, and every page is a frame of
its own in the write-ahead log: at SQLite's default 4 KiB, writing 93 MiB of documents took
0.53 s (0.37 s CPU), at 16 KiB 0.30 s (0.19 s CPU); 64 KiB gained nothing more. An empty case
file grows from 100 KiB to 400 KiB. Files made before keep their 4 KiB pages."""

SQLCIPHER = "sqlcipher3.dbapi2"
"""SQLCipher's DB-API module: optional, on platforms without a wheel."""


def engine_for(
    path: Path, *, mode: str, passphrase: str | None = None, tuned: bool = True
) -> Engine:
    """An engine on ``path`` opened in SQLite URI ``mode`` (ro, rw or rwc).

    ``tuned`` engines turn on foreign keys, WAL and full fsync; a probe that only looks at a file
    passes ``tuned=False`` so that looking never changes a byte.
    """
    real = Path(path).resolve()
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(real, mode=mode, passphrase=passphrase),
        **({} if passphrase is None else {"module": _sqlcipher()}),
    )
    if tuned:
        event.listen(engine, "connect", _tune if mode != "ro" else _tune_read_only)
        event.listen(engine, "handle_error", lambda context: _known_failure(real, context))
    return engine


def encryption_available() -> bool:
    return importlib.util.find_spec(SQLCIPHER.partition(".")[0]) is not None


def driver_errors() -> tuple[type[Exception], ...]:
    """What a raw connection to a case file raises: sqlite3's errors and, once a protected file
    has loaded SQLCipher's driver, its own (they are not sqlite3's)."""
    sqlcipher = sys.modules.get(SQLCIPHER)
    return (sqlite3.Error,) if sqlcipher is None else (sqlite3.Error, sqlcipher.Error)


def connect(path: Path, *, mode: str, passphrase: str | None = None) -> Any:
    """One DB-API connection on ``path``, keyed when the file is protected."""
    uri = sqlite_uri(path, mode)
    if passphrase is None:
        conn = sqlite3.connect(uri, uri=True, timeout=15, check_same_thread=False)
        if mode == "rwc":  # only a file still empty takes it: before WAL and the first table
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        return conn
    conn = _sqlcipher().connect(uri, uri=True, timeout=15, check_same_thread=False)
    conn.execute("PRAGMA key = '{}'".format(passphrase.replace("'", "''")))
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _tune(dbapi_conn: Any, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _tune_read_only(dbapi_conn: Any, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _known_failure(path: Path, context: ExceptionContext) -> None:
    """A full, failing or busy disk is the world's doing, not a bug: say so in one sentence.

    SQLite rolls the statement's transaction back, so what was saved before stays saved.
    """
    code = getattr(context.original_exception, "sqlite_errorcode", None)
    if code is None:
        return
    reason = FAILURES.get(code & 0xFF)
    if reason is not None:
        raise CaseFileError(
            translated(reason).format(name=path.name, error=context.original_exception)
        ) from context.original_exception


def _sqlcipher() -> Any:
    try:
        return importlib.import_module(SQLCIPHER)
    except ImportError:
        raise CaseFileError(
            _("This VisaCase was installed without support for passphrase-protected case files.")
        ) from None
