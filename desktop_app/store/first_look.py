"""What can be told about a case file with the standard library alone: whether it is one of ours
(its first bytes), which schema revision it carries, and — for ``visacase list`` — its documents.

Loading SQLAlchemy and the models costs more than half a second, several times what listing a
case takes; the command line only looks, so it reads through ``sqlite3`` in read-only mode. The
same checks as a full opening come first (``casefile.open_existing`` uses these very functions):
the header, the application id, SQLite's quick check and the stamped revision, so a file that is
not a case, is damaged or was written by a newer VisaCase is refused with the same sentence. A
protected file (SQLCipher) or one at an older revision is not read here: ``read_documents``
answers None and the caller opens it in full, which asks for the passphrase or says what the
upgrade needs.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path
from urllib.parse import quote

from desktop_app.errors import (
    CaseFileError,
    CaseFileTooNewError,
    NotACaseFileError,
    PassphraseError,
)
from desktop_app.messages import _

APPLICATION_ID = 0x56495341  # "VISA"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
ENCRYPTED_PAGE = 1024
MIGRATIONS = Path(__file__).with_name("migrations")
REVISION = re.compile(r'^revision = "(?P<rev>[^"]+)"$', re.MULTILINE)
DOWN_REVISION = re.compile(r'^down_revision = (?:"(?P<rev>[^"]+)"|None)$', re.MULTILINE)
LISTING = (
    "SELECT d.id, d.kind, d.title, d.document_date, d.received_date, d.original_name, "
    "d.media_type, d.page_count, b.size, d.sha256, d.applicant_id, d.parent_id, "
    "d.translation_of_id, d.text_source, d.position, d.added_at "
    "FROM documents d LEFT JOIN blobs b ON b.sha256 = d.sha256 ORDER BY d.position, d.id"
)


def check_header(path: Path, *, passphrase_given: bool = False) -> bool:
    """Refuse anything that is not, at first sight, one of our files; True if it is encrypted."""
    try:
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
        size = path.stat().st_size
    except FileNotFoundError:
        raise CaseFileError(_("There is no case file at {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise NotACaseFileError(
            _("{path} is a folder, not a case file.").format(path=path)
        ) from None
    except PermissionError:
        raise CaseFileError(
            _("You do not have permission to read {path}.").format(path=path)
        ) from None
    except OSError as exc:
        raise CaseFileError(
            _("{path} cannot be read: {error}.").format(path=path, error=exc.strerror)
        ) from None
    if not header:
        raise NotACaseFileError(
            _("{name} is empty, so it is not a VisaCase case file.").format(name=path.name)
        )
    if header.startswith(SQLITE_MAGIC) and len(header) == HEADER_SIZE:
        if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
            raise NotACaseFileError(
                _("{name} is a database, but not a VisaCase case file.").format(name=path.name)
            )
        return False
    if size % ENCRYPTED_PAGE == 0 and not header.startswith(SQLITE_MAGIC):
        if not passphrase_given:
            raise PassphraseError(
                _("{name} is protected by a passphrase.").format(name=path.name), needed=True
            )
        return True
    raise NotACaseFileError(_("{name} is not a VisaCase case file.").format(name=path.name))


def sqlite_uri(path: Path, mode: str) -> str:
    """The ``file:`` URI of ``path``: every byte SQLite would read as syntax is percent-escaped.

    Unescaped, ``case#1.visacase`` opens ``case`` and ``Santos.visacase?copy`` opens
    ``Santos.visacase`` — another file than the one named and locked.
    """
    return f"file:{quote(str(Path(path).resolve()), safe='/')}?mode={mode}"


def known_revisions() -> frozenset[str]:
    """Every revision the shipped migrations define, read from their files."""
    return frozenset(_read_revisions())


def head_revision() -> str:
    """The one revision no other migration revises."""
    (head,) = known_revisions() - set(_read_revisions().values())
    return head


@cache
def _read_revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it revises."""
    revisions: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision, down = REVISION.search(text), DOWN_REVISION.search(text)
        assert revision and down, f"{script.name} names its revision and the one it revises"
        revisions[revision["rev"]] = down["rev"]
    return revisions


def refuse_unknown(revision: str | None, path: Path) -> str:
    """The file's revision, refusing a missing one and one this VisaCase does not know (a newer
    VisaCase's)."""
    if revision is None:
        raise NotACaseFileError(
            _("{name} has no VisaCase schema; it may be damaged.").format(name=path.name)
        )
    if revision not in known_revisions():
        raise CaseFileTooNewError(
            _(
                "{name} was saved by a newer version of VisaCase. Install the latest VisaCase to "
                "open it; this file has not been changed."
            ).format(name=path.name)
        )
    return revision


def read_documents(path: Path) -> list[sqlite3.Row] | None:
    """The documents' rows (``LISTING``'s columns) in the case's order, read without changing a
    byte; None when the file needs a full opening (protected, or an older schema)."""
    try:
        if check_header(path):
            return None
    except PassphraseError:
        return None
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=15)
    except sqlite3.Error as exc:
        raise NotACaseFileError(
            _("{name} is damaged and cannot be opened ({error}).").format(name=path.name, error=exc)
        ) from exc
    try:
        conn.row_factory = sqlite3.Row
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotACaseFileError(
                _("{name} is a database, but not a VisaCase case file.").format(name=path.name)
            )
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise NotACaseFileError(
                _("{name} is damaged and cannot be opened ({error}).").format(
                    name=path.name, error=verdict
                )
            )
        if refuse_unknown(_stamped(conn), path) != head_revision():
            return None
        return conn.execute(LISTING).fetchall()
    except sqlite3.DatabaseError as exc:
        raise NotACaseFileError(
            _("{name} is damaged and cannot be opened ({error}).").format(name=path.name, error=exc)
        ) from exc
    finally:
        conn.close()


def _stamped(conn: sqlite3.Connection) -> str | None:
    stamped = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall() if stamped else []
    return rows[0][0] if len(rows) == 1 else None
