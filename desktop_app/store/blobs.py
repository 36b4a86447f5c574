"""Documents' bytes inside the case file, streamed in and out in chunks.

Scans and PDFs can be hundreds of megabytes; storing them as ordered 1 MiB chunks lets us write
and read them without holding a whole file in memory, with plain SQL that works the same on an
encrypted (SQLCipher) case file. Blobs are keyed by SHA-256, so the same bytes are stored once
however often they are added.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.store.models import Blob, BlobChunk, Document

CHUNK = 1 << 20
CHUNKS_IN_ORDER = "SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY seq"
BLOB_EXISTS = "SELECT 1 FROM blobs WHERE sha256 = ?"
INSERT_BLOB = "INSERT INTO blobs (sha256, size) VALUES (?, ?)"
INSERT_CHUNK = "INSERT INTO blob_chunks (sha256, seq, data) VALUES (?, ?, ?)"
SHA_OF_DOCUMENT = "SELECT sha256 FROM documents WHERE id = ?"


def sha256_of(source: bytes | Path) -> tuple[str, int]:
    """Hash and size of some bytes or a file, reading a file in chunks."""
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(source):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def store(session: Session, source: bytes | Path, sha: str | None = None) -> str:
    """Store the bytes (once) inside the session's transaction and return their SHA-256.

    A caller that knows the hash already (import's reader takes it) passes it as ``sha``; either
    way the bytes are hashed again as they are stored, and refused if they changed meanwhile.
    The rows are written as plain statements to the driver, the blob's with the size the file
    has when it is opened: for a file of a few chunks, the ORM's unit of work and a statement
    compiled for each chunk cost more than SQLite takes to write them."""
    if sha is None:
        sha, _size = sha256_of(source)
    conn = session.connection()
    if conn.exec_driver_sql(BLOB_EXISTS, (sha,)).first() is not None:
        return sha
    with _opened(source) as (size, chunks):
        conn.exec_driver_sql(INSERT_BLOB, (sha, size))
        digest = hashlib.sha256()
        read = 0
        for seq, chunk in enumerate(chunks):
            digest.update(chunk)
            read += len(chunk)
            conn.exec_driver_sql(INSERT_CHUNK, (sha, seq, chunk))
    if digest.hexdigest() != sha or read != size:
        raise OSError(0, "the file changed while it was being read")
    return sha


def document_sha(session: Session, document_id: int) -> str | None:
    """The key of a document's bytes, or None when there is no such document."""
    found = session.connection().exec_driver_sql(SHA_OF_DOCUMENT, (document_id,)).first()
    return found[0] if found else None


def stream(session: Session, sha: str) -> Iterator[bytes]:
    """Yield the stored bytes chunk by chunk, from one query.

    The query goes to the driver as it is: the ORM's typed rows and a query per chunk cost
    several times what SQLite takes to read the chunks (an export reads every document; see
    ``benchmarks/export_bench.py``). It still goes through the session's connection, whose
    errors say in one sentence what a failing disk or a damaged file means; the driver's own
    connection would save some 40 µs a document and lose that."""
    empty = True
    for (data,) in session.connection().exec_driver_sql(CHUNKS_IN_ORDER, (sha,)):
        empty = False
        yield data
    if empty and session.get(Blob, sha) is None:  # no chunks: empty bytes, or none stored
        raise KeyError(sha)


def copy_to(session: Session, sha: str, out: BinaryIO) -> bool:
    """Write the stored bytes to ``out``, hashing them on the way; False when they no longer
    hash to their key (a damaged disk or a file changed behind VisaCase's back)."""
    digest = hashlib.sha256()
    for chunk in stream(session, sha):
        digest.update(chunk)
        out.write(chunk)
    return digest.hexdigest() == sha


def verify(session: Session, sha: str) -> bool:
    """True when the stored bytes still hash to their key and have their recorded size."""
    blob = session.get(Blob, sha)
    digest = hashlib.sha256()
    size = 0
    for chunk in stream(session, sha):
        digest.update(chunk)
        size += len(chunk)
    return blob is not None and digest.hexdigest() == sha and size == blob.size


def delete_unused(session: Session) -> None:
    """Drop blobs no document refers to any more."""
    unused = list(
        session.scalars(select(Blob.sha256).where(Blob.sha256.not_in(select(Document.sha256))))
    )
    session.execute(delete(BlobChunk).where(BlobChunk.sha256.in_(unused)))
    session.execute(delete(Blob).where(Blob.sha256.in_(unused)))


def _chunks(source: bytes | Path) -> Iterator[bytes]:
    with _opened(source) as (_size, chunks):
        yield from chunks


@contextmanager
def _opened(source: bytes | Path) -> Iterator[tuple[int, Iterator[bytes]]]:
    """The size of some bytes or of a file as it is opened, and its chunks."""
    if isinstance(source, bytes):
        yield len(source), (source[start : start + CHUNK] for start in range(0, len(source), CHUNK))
        return
    with Path(source).open("rb") as fh:
        yield os.fstat(fh.fileno()).st_size, iter(lambda: fh.read(CHUNK), b"")
