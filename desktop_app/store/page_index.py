"""The full-text index of every document page: an SQLite FTS5 table beside ``documents``.

One row per page (``document_id``, ``page`` counted from 1, ``text``), so a search names the page
to open, not just the document. Pages are the form-feed-separated parts of ``documents.text``.

The table keeps its own copy of each page's text (an ordinary FTS5 table), deliberately neither
contentless nor external-content:

- contentless tables cannot delete rows with the SQLite 3.40 that Python's ``sqlite3`` module
  ships here (``contentless_delete`` needs 3.43), and return no text for ``snippet()``;
- external content needs a table holding one row per page to point at, and ``documents`` holds
  whole documents; a view splitting them would be re-split on every snippet lookup.

The copy costs a few kilobytes a page, next to the hundreds a scanned page's image takes.

It stays in step with ``documents.text`` by itself: ``models`` re-indexes a document whenever
its text is inserted or changed through the ORM, and a trigger drops a removed document's pages —
including attachments removed by the database's cascade. FTS5 tables are not ORM models, so
schema comparisons skip them through ``include_name``. SQLite drops a table's triggers when the
table is rebuilt, so a future migration that rebuilds ``documents`` (``batch_alter_table``) must
create the trigger again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

TABLE = "document_pages"
TRIGGER = "document_pages_follow_deletes"
CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "document_id UNINDEXED, page UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON documents BEGIN "
    f"DELETE FROM {TABLE} WHERE document_id = old.id; END",
)
MARK_START, MARK_END, ELLIPSIS = "«", "»", "…"
SNIPPET_TOKENS = 12


@dataclass(frozen=True)
class PageMatch:
    document_id: int
    page: int
    snippet: str


def pages_of(text: str) -> list[str]:
    """A document's text split into its pages (form feeds separate them, as pdftotext does)."""
    return text.split("\f")


def create(connection: Connection) -> None:
    """Create the index table and its trigger (after ``create_all`` builds a new case file)."""
    for statement in CREATE:
        connection.exec_driver_sql(statement)


def replace(connection: Connection, document_id: int, text: str) -> None:
    """Index ``text`` as the pages of ``document_id``, dropping what was indexed before."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE document_id = ?", (document_id,))
    rows = [
        (document_id, number, page)
        for number, page in enumerate(pages_of(text), start=1)
        if page.strip()
    ]
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (document_id, page, text) VALUES (?, ?, ?)", rows
        )


def match(connection: Connection, fts_query: str, limit: int) -> Sequence[PageMatch]:
    """Pages matching an FTS5 query (already escaped by the caller), best first."""
    rows = connection.exec_driver_sql(
        f"SELECT document_id, page, snippet({TABLE}, 2, ?, ?, ?, ?) FROM {TABLE} "
        f"WHERE {TABLE} MATCH ? ORDER BY rank, document_id, page LIMIT ?",
        (MARK_START, MARK_END, ELLIPSIS, SNIPPET_TOKENS, fts_query, limit),
    )
    return [PageMatch(int(d), int(p), s) for d, p, s in rows]


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's filter: the index and SQLite's shadow tables behind it are not ORM tables."""
    return not (type_ == "table" and name is not None and name.startswith(TABLE))
