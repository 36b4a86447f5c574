"""The full-text index of every document page: an SQLite FTS5 table beside ``documents``.

One row per page (``document_id``, ``page`` counted from 1, ``text``), so a search names the page
to open, not just the document. Pages are the form-feed-separated parts of ``documents.text``.

Words are found anywhere inside the text, in any script: the index uses FTS5's *trigram*
tokenizer, which needs no idea of where words end — Chinese has no spaces, and Arabic and Hindi
attach particles to the word they belong to. What is indexed is each page *folded*
(:func:`fold`): lower case, compatibility forms unified, and the marks that are optional to the
reader removed — Latin accents ("Nunez" finds "Núñez"), Arabic and Hebrew vowel points; the
text as it reads is kept beside it, unindexed, for showing where the match is. SQLite's own
``remove_diacritics`` for trigram needs 3.45, newer than the 3.40 Python ships here, hence the
folding in Python. A term of fewer than three characters cannot use a trigram index and is
looked for by a scan of the case's pages, which is quick at the size of a case.

The table keeps its own copy of each page's text (an ordinary FTS5 table), deliberately neither
contentless nor external-content:

- contentless tables cannot delete rows with the SQLite 3.40 that Python's ``sqlite3`` module
  ships here (``contentless_delete`` needs 3.43);
- external content needs a table holding one row per page to point at, and ``documents`` holds
  whole documents.

The copies cost a few kilobytes a page, next to the hundreds a scanned page's image takes.

It stays in step with ``documents.text`` by itself: ``models`` re-indexes a document whenever
its text is inserted or changed through the ORM, and a trigger drops a removed document's pages —
including attachments removed by the database's cascade. FTS5 tables are not ORM models, so
schema comparisons skip them through ``include_name``. SQLite drops a table's triggers when the
table is rebuilt, so a future migration that rebuilds ``documents`` (``batch_alter_table``) must
create the trigger again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection

TABLE = "document_pages"
TRIGGER = "document_pages_follow_deletes"
CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "document_id UNINDEXED, page UNINDEXED, text UNINDEXED, folded, tokenize = 'trigram')",
    f"CREATE TRIGGER {TRIGGER} AFTER DELETE ON documents BEGIN "
    f"DELETE FROM {TABLE} WHERE document_id = old.id; END",
)
TRIGRAM = 3
OPTIONAL_MARKS = (
    ("\u0300", "\u036f"),  # combining diacritical marks: accents on Latin, Greek, Cyrillic
    ("\u1ab0", "\u1aff"),
    ("\u1dc0", "\u1dff"),
    ("\u20d0", "\u20ff"),
    ("\ufe20", "\ufe2f"),
    ("\u0591", "\u05c7"),  # Hebrew points and cantillation
    ("\u064b", "\u065f"),  # Arabic vowel signs (harakat)
    ("\u0670", "\u0670"),
    ("\u0640", "\u0640"),  # Arabic tatweel, which only stretches a line
)
"""Marks a reader may leave out; the marks that make another letter (a Devanagari virama, a
Thai vowel) stay."""
BASE_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i"})
"""Letters with a stroke, which Unicode does not decompose, to the letter a keyboard types."""


@dataclass(frozen=True)
class PageMatch:
    document_id: int
    page: int
    text: str
    folded: str


def pages_of(text: str) -> list[str]:
    """A document's text split into its pages (form feeds separate them, as pdftotext does)."""
    return text.split("\f")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` as it is indexed and searched, and for each of its characters the position in
    ``text`` of the character it comes from (so a match can be shown in the text as written)."""
    pieces = [_folded(char) for char in text]
    origin = [position for position, piece in enumerate(pieces) for _ in piece]
    return "".join(pieces), origin


def create(connection: Connection) -> None:
    """Create the index table and its trigger (after ``create_all`` builds a new case file)."""
    for statement in CREATE:
        connection.exec_driver_sql(statement)


def replace(connection: Connection, document_id: int, text: str) -> None:
    """Index ``text`` as the pages of ``document_id``, dropping what was indexed before."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE document_id = ?", (document_id,))
    rows = [
        (document_id, number, page, fold(page)[0])
        for number, page in enumerate(pages_of(text), start=1)
        if page.strip()
    ]
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (document_id, page, text, folded) VALUES (?, ?, ?, ?)", rows
        )


def match(connection: Connection, terms: Sequence[str]) -> Sequence[PageMatch]:
    """Pages whose folded text holds every one of ``terms`` (folded already, none empty), in
    document and page order."""
    conditions = ["instr(folded, ?) > 0" for _ in terms]
    values: list[str] = list(terms)
    longest = max(terms, key=len)
    if len(longest) >= TRIGRAM:  # lets the trigram index narrow the pages down
        conditions.append("folded LIKE ? ESCAPE '\\'")
        escaped = longest.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        values.append(f"%{escaped}%")
    rows = connection.exec_driver_sql(
        f"SELECT document_id, page, text, folded FROM {TABLE} WHERE {' AND '.join(conditions)} "
        "ORDER BY document_id, page",
        tuple(values),
    )
    return [PageMatch(int(d), int(p), t, f) for d, p, t, f in rows]


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's filter: the index and SQLite's shadow tables behind it are not ORM tables."""
    return not (type_ == "table" and name is not None and name.startswith(TABLE))


@lru_cache(maxsize=65536)
def _folded(char: str) -> str:
    kept = "".join(c for c in unicodedata.normalize("NFKD", char) if not _optional(c))
    return unicodedata.normalize("NFKC", kept).casefold().translate(BASE_LETTERS)


def _optional(char: str) -> bool:
    return any(first <= char <= last for first, last in OPTIONAL_MARKS)
