"""Full-text search: an FTS5 index with one row per document page, filled from existing text.

The table keeps its own copy of each page's text (neither contentless nor external content; see
``desktop_app.store.page_index`` for why), and a trigger removes a deleted document's pages.
Existing documents are indexed here, page by page (their text separates pages by form feeds).
The statements are written out rather than imported so this step stays what it was when shipped.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE document_pages USING fts5("
        "document_id UNINDEXED, page UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER document_pages_follow_deletes AFTER DELETE ON documents BEGIN "
        "DELETE FROM document_pages WHERE document_id = old.id; END"
    )
    conn = op.get_bind()
    rows = [
        (document_id, number, page)
        for document_id, text in conn.exec_driver_sql("SELECT id, text FROM documents").all()
        for number, page in enumerate((text or "").split("\f"), start=1)
        if page.strip()
    ]
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO document_pages (document_id, page, text) VALUES (?, ?, ?)", rows
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER document_pages_follow_deletes")
    op.execute("DROP TABLE document_pages")
