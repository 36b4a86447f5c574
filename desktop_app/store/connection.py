"""SQLAlchemy engines over a case file, plain (sqlite3) or protected by a passphrase (SQLCipher).

A protected case file is encrypted page by page by SQLCipher (AES-256, key derived from the
passphrase with PBKDF2-HMAC-SHA512): nothing of the case — not even the SQLite header — is readable
on disk without the passphrase, and the app never writes a decrypted copy anywhere.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from desktop_app.errors import CaseFileError

try:
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # the package is optional on platforms without a wheel
    sqlcipher = None


def engine_for(
    path: Path, *, mode: str, passphrase: str | None = None, tuned: bool = True
) -> Engine:
    """An engine on ``path`` opened in SQLite URI ``mode`` (ro, rw or rwc).

    ``tuned`` engines turn on foreign keys, WAL and full fsync; a probe that only looks at a file
    passes ``tuned=False`` so that looking never changes a byte.
    """
    uri = f"file:{path.resolve()}?mode={mode}"
    if passphrase is None:
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, timeout=15, check_same_thread=False),
        )
    else:
        module = _sqlcipher()
        engine = create_engine(
            "sqlite+pysqlite://",
            module=module,
            creator=lambda: _keyed(module, uri, passphrase),
        )
    if tuned:
        event.listen(engine, "connect", _tune if mode != "ro" else _tune_read_only)
    return engine


def encryption_available() -> bool:
    return sqlcipher is not None


def _keyed(module: Any, uri: str, passphrase: str) -> Any:
    conn = module.connect(uri, uri=True, timeout=15, check_same_thread=False)
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


def _sqlcipher() -> Any:
    if sqlcipher is None:
        raise CaseFileError(
            "This VisaCase was installed without support for passphrase-protected case files."
        )
    return sqlcipher
