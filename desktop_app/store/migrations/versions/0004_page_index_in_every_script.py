"""Search in every script: the page index becomes a trigram index of folded page text.

0003's index cut text into words at spaces and punctuation, so a Chinese name inside a sentence
(no spaces), an Arabic word with its attached article, or a Hindi word split at its vowel signs
could not be found. The index is rebuilt with FTS5's trigram tokenizer over each page folded as
``desktop_app.store.page_index.fold`` does (lower case, compatibility forms, optional marks
dropped), keeping the text as written beside it for snippets, and every page indexed again from
``documents.text``. The statements and the folding are written out rather than imported so this
step stays what it was when shipped.

Revision ID: 0004
Revises: 0003
"""

import unicodedata
from functools import lru_cache

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OPTIONAL_MARKS = (
    ("\u0300", "\u036f"),
    ("\u1ab0", "\u1aff"),
    ("\u1dc0", "\u1dff"),
    ("\u20d0", "\u20ff"),
    ("\ufe20", "\ufe2f"),
    ("\u0591", "\u05c7"),
    ("\u064b", "\u065f"),
    ("\u0670", "\u0670"),
    ("\u0640", "\u0640"),
)
BASE_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ŧ": "t", "ı": "i"})
TRIGGER = (
    "CREATE TRIGGER document_pages_follow_deletes AFTER DELETE ON documents BEGIN "
    "DELETE FROM document_pages WHERE document_id = old.id; END"
)


def _fold(text: str) -> str:
    return "".join(_folded(char) for char in text)


@lru_cache(maxsize=65536)
def _folded(char: str) -> str:
    kept = "".join(
        c
        for c in unicodedata.normalize("NFKD", char)
        if not any(first <= c <= last for first, last in OPTIONAL_MARKS)
    )
    return unicodedata.normalize("NFKC", kept).casefold().translate(BASE_LETTERS)


def _pages() -> list[tuple[int, int, str]]:
    rows = op.get_bind().exec_driver_sql("SELECT id, text FROM documents").all()
    return [
        (document_id, number, page)
        for document_id, text in rows
        for number, page in enumerate((text or "").split("\f"), start=1)
        if page.strip()
    ]


def upgrade() -> None:
    op.execute("DROP TRIGGER document_pages_follow_deletes")
    op.execute("DROP TABLE document_pages")
    op.execute(
        "CREATE VIRTUAL TABLE document_pages USING fts5("
        "document_id UNINDEXED, page UNINDEXED, text UNINDEXED, folded, tokenize = 'trigram')"
    )
    op.execute(TRIGGER)
    rows = [(d, n, page, _fold(page)) for d, n, page in _pages()]
    if rows:
        op.get_bind().exec_driver_sql(
            "INSERT INTO document_pages (document_id, page, text, folded) VALUES (?, ?, ?, ?)", rows
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER document_pages_follow_deletes")
    op.execute("DROP TABLE document_pages")
    op.execute(
        "CREATE VIRTUAL TABLE document_pages USING fts5("
        "document_id UNINDEXED, page UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(TRIGGER)
    rows = _pages()
    if rows:
        op.get_bind().exec_driver_sql(
            "INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)", rows
        )
