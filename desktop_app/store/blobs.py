"""Documents' bytes inside the case file, streamed in and out in chunks.

Scans and PDFs can be hundreds of megabytes; SQLite's incremental blob I/O lets us store and read
them without holding a whole file in memory. Blobs are keyed by SHA-256, so the same bytes are
stored once however often they are added.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

CHUNK = 1 << 20


def sha256_of(source: bytes | Path) -> tuple[str, int]:
    """Hash and size of some bytes or a file, reading a file in chunks."""
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest(), len(source)
    digest = hashlib.sha256()
    size = 0
    with Path(source).open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store(session: Session, source: bytes | Path) -> str:
    """Store the bytes (once) inside the session's transaction and return their SHA-256."""
    sha, size = sha256_of(source)
    raw = _raw(session)
    if raw.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha,)).fetchone():
        return sha
    cursor = raw.execute(
        "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, zeroblob(?))", (sha, size, size)
    )
    rowid = cursor.lastrowid
    assert rowid is not None
    if size:
        with raw.blobopen("blobs", "data", rowid) as blob:
            for chunk in _chunks(source):
                blob.write(chunk)
    return sha


def stream(session: Session, sha: str) -> Iterator[bytes]:
    """Yield the stored bytes in chunks."""
    raw = _raw(session)
    row = raw.execute("SELECT rowid, size FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
    if row is None:
        raise KeyError(sha)
    rowid, size = row
    if not size:
        return
    with raw.blobopen("blobs", "data", rowid, readonly=True) as blob:
        yield from iter(lambda: blob.read(CHUNK), b"")


def copy_to(session: Session, sha: str, out: BinaryIO) -> None:
    for chunk in stream(session, sha):
        out.write(chunk)


def verify(session: Session, sha: str) -> bool:
    """True when the stored bytes still hash to their key."""
    digest = hashlib.sha256()
    for chunk in stream(session, sha):
        digest.update(chunk)
    return digest.hexdigest() == sha


def delete_unused(session: Session) -> int:
    """Drop blobs no document refers to any more; returns how many went."""
    cursor = _raw(session).execute(
        "DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM documents)"
    )
    return cursor.rowcount


def _chunks(source: bytes | Path) -> Iterator[bytes]:
    if isinstance(source, bytes):
        for start in range(0, len(source), CHUNK):
            yield source[start : start + CHUNK]
        return
    with Path(source).open("rb") as fh:
        yield from iter(lambda: fh.read(CHUNK), b"")


def _raw(session: Session) -> sqlite3.Connection:
    dbapi = session.connection().connection.dbapi_connection
    assert isinstance(dbapi, sqlite3.Connection)
    return dbapi
