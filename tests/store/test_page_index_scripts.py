"""The page index in every script: folding, and files indexed word by word before it moved to
trigrams are indexed again when they are upgraded."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from desktop_app.services import cases, search
from desktop_app.store import casefile, page_index, schema_version


def test_folding_drops_case_accents_and_vowel_points_but_not_letters() -> None:
    assert page_index.fold("Núñez PEÑA")[0] == "nunez pena"
    assert page_index.fold("Łódź Straße")[0] == "lodz strasse"
    assert page_index.fold("مُحَمَّد")[0] == "محمد"
    assert page_index.fold("ＡＢＣ１２３")[0] == "abc123"  # full-width forms
    assert page_index.fold("शर्मा")[0] == "शर्मा"  # a virama makes a conjunct: it stays
    assert page_index.fold(unicodedata.normalize("NFD", "Thắng"))[0] == "thang"


def test_folding_says_where_each_character_came_from() -> None:
    folded, origin = page_index.fold("Gro\u00dfe Nu\u0301n")
    assert folded == "grosse nun"
    assert origin == [0, 1, 2, 3, 3, 4, 5, 6, 7, 9]


def _file_at_0003_with_text(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id={casefile.APPLICATION_ID}")
        command.upgrade(schema_version.alembic_config(conn), "0003")
        conn.exec_driver_sql(
            "INSERT INTO case_info (id, title, refusal_type, notes, deadline_rule,"
            " inquiry_wait_days, followup_interval_days, workbook_answer, created_at)"
            " VALUES (1, 'Old case', '221g', '', 'earliest', 60, 14, '', '2024-01-01 00:00:00')"
        )
        conn.exec_driver_sql("INSERT INTO blobs (sha256, size) VALUES ('ab', 2)")
        for doc_id, title, text in (
            (1, "statement", "申请人张伟的银行对账单\fClosing balance"),
            (2, "letter", "Constancia de trabajo de José Núñez Peña"),
        ):
            conn.exec_driver_sql(
                "INSERT INTO documents (id, kind, title, original_name, media_type, page_count,"
                " text, text_source, sha256, position, added_at) VALUES"
                " (?, 'other', ?, 'x', 'application/pdf', 1, ?, 'layer', 'ab', ?,"
                " '2024-01-01 00:00:00')",
                (doc_id, title, text, doc_id),
            )
        conn.exec_driver_sql(
            "INSERT INTO document_pages (document_id, page, text) VALUES (1, 1, ?), (2, 1, ?)",
            ("申请人张伟的银行对账单", "Constancia de trabajo de José Núñez Peña"),
        )
    engine.dispose()


def test_upgrading_a_word_indexed_file_makes_its_text_searchable_in_every_script(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.visacase"
    _file_at_0003_with_text(path)

    case = cases.open_case(path)
    try:
        [chinese] = search.search(case, "张伟")
        [spanish] = search.search(case, "nunez")
        [english] = search.search(case, "balance")
        with case.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT text, folded FROM document_pages").all()
    finally:
        case.close()

    assert (chinese.document_id, chinese.page) == (1, 1)
    assert (spanish.document_id, spanish.page) == (2, 1)
    assert (english.document_id, english.page) == (1, 2)  # pages indexed again from the text
    assert len(stored) == 3
    assert all(folded == page_index.fold(text)[0] for text, folded in stored)  # as new files do
