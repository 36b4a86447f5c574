"""Full-text search across every document of a case: which document, which page, what it says.

What the user typed is never passed to SQLite as FTS5 syntax: each word becomes a quoted prefix
phrase (``"word"*``), all of which must appear on the page. Quotes, parentheses, ``AND``/``OR``/
``NEAR``, colons and stars are just text to look for, so no query can raise a syntax error —
``221(g)`` finds "221(g)" and ``"bank`` finds "bank statement". Control characters (which
SQLite would read as the end of the query) become spaces.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.store import page_index
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document

LIMIT = 200


@dataclass(frozen=True)
class Hit:
    document_id: int
    title: str
    kind: str
    page: int
    snippet: str


def fts_query(typed: str) -> str:
    """The FTS5 query matching pages that hold every word of ``typed`` (as a word or prefix)."""
    printable = "".join(ch if ch.isprintable() else " " for ch in typed)
    return " ".join('"{}"*'.format(word.replace('"', '""')) for word in printable.split())


def search(case: CaseFile, query: str, *, limit: int = LIMIT) -> list[Hit]:
    """Pages matching ``query``, best first; the snippet marks matches with « and »."""
    if not any(ch.isalnum() for ch in query):
        return []
    with case.engine.connect() as conn:
        matches = page_index.match(conn, fts_query(query), limit)
    with case.session() as s:
        documents = {
            row.id: row
            for row in s.execute(
                select(Document.id, Document.title, Document.kind).where(
                    Document.id.in_({m.document_id for m in matches})
                )
            )
        }
    return [
        Hit(
            m.document_id,
            documents[m.document_id].title,
            documents[m.document_id].kind,
            m.page,
            " ".join(m.snippet.split()),
        )
        for m in matches
        if m.document_id in documents
    ]
