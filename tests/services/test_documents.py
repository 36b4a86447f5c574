"""Documents are stored inside the case file, once per content, and come back byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.errors import DamagedDocumentError, NotFoundError
from desktop_app.services import documents, integrity
from desktop_app.store.casefile import CaseFile


def test_the_same_bytes_added_twice_are_stored_once(case: CaseFile, tmp_path: Path) -> None:
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(os.urandom(3_000_000))
    first = documents.add_document(case, scan, original_name="scan.jpg")
    again = documents.add_document(case, scan.read_bytes(), original_name="copy of scan.jpg")

    assert first.created and not again.created
    assert again.id == first.id
    assert [d.id for d in documents.list_documents(case)] == [first.id]


def test_stored_bytes_come_back_identical(case: CaseFile, tmp_path: Path) -> None:
    payload = os.urandom(2_500_000)
    added = documents.add_document(case, payload, original_name="statement.pdf")

    out = documents.write_document_bytes(case, added.id, tmp_path / "out.pdf")

    assert out.read_bytes() == payload
    assert documents.read_document_bytes(case, added.id) == payload
    view = documents.get_document(case, added.id)
    assert view.size == len(payload)
    assert view.media_type == "application/pdf"
    assert view.title == "statement"


def test_the_texts_of_several_documents_come_in_one_answer(case: CaseFile) -> None:
    one = documents.add_document(case, b"one", original_name="a.pdf", text="Balance 1 May").id
    two = documents.add_document(case, b"two", original_name="b.pdf").id

    assert documents.document_texts(case, [one, two, 99]) == {one: "Balance 1 May", two: ""}


def test_removing_a_document_frees_its_bytes(case: CaseFile) -> None:
    added = documents.add_document(case, b"bank statement", original_name="bank.pdf")
    documents.remove_document(case, added.id)

    assert documents.list_documents(case) == []
    assert documents.add_document(case, b"bank statement", original_name="bank.pdf").created
    assert integrity.find_problems(case) == []


def test_an_unknown_document_is_reported_plainly(case: CaseFile, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no document 42"):
        documents.get_document(case, 42)
    with pytest.raises(NotFoundError, match="no document 42"):
        documents.write_document_bytes(case, 42, tmp_path / "out.pdf")


def test_editing_a_document_keeps_other_fields(case: CaseFile) -> None:
    added = documents.add_document(case, b"x", original_name="letter.pdf", kind="other")
    view = documents.update_document(case, added.id, kind="employment_letter", title="Letter")
    assert (view.kind, view.title, view.original_name) == (
        "employment_letter",
        "Letter",
        "letter.pdf",
    )


def test_several_documents_take_the_same_fields_all_or_none(case: CaseFile) -> None:
    ids = [
        documents.add_document(case, f"{n}".encode(), original_name=f"{n}.pdf").id for n in range(3)
    ]
    with pytest.raises(NotFoundError, match="no document 42"):
        documents.update_documents(case, [ids[0], 42], kind="bank_statement")
    assert {documents.get_document(case, i).kind for i in ids} == {"other"}  # none changed

    documents.update_documents(case, ids, kind="bank_statement")

    assert {documents.get_document(case, i).kind for i in ids} == {"bank_statement"}


def test_check_notices_bytes_that_no_longer_match(case: CaseFile) -> None:
    added = documents.add_document(case, b"original bytes", original_name="a.txt")
    with case.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE blob_chunks SET data = zeroblob(14)")
    problems = integrity.find_problems(case)
    assert len(problems) == 1
    assert "no longer match" in problems[0]
    assert documents.get_document(case, added.id).size == 14


def test_bytes_damaged_in_the_case_file_are_never_written_out_as_the_document(
    case: CaseFile, tmp_path: Path
) -> None:
    added = documents.add_document(case, b"the bank statement", original_name="statement.pdf")
    with case.engine.begin() as conn:  # one byte flipped on the disk
        conn.exec_driver_sql("UPDATE blob_chunks SET data = CAST('the bank statemenT' AS BLOB)")

    with pytest.raises(DamagedDocumentError, match=r"Document \d+ \(statement\) is damaged"):
        documents.write_documents_bytes(case, {added.id: tmp_path / "out.pdf"})


def test_a_document_stored_in_a_larger_change_goes_with_it_if_that_change_fails(
    case: CaseFile,
) -> None:
    with pytest.raises(RuntimeError), case.session() as s, s.begin():
        stored = documents.store_document(s, b"attachment", original_name="letter.pdf")
        assert stored.created
        raise RuntimeError("the email around it could not be stored")

    assert documents.list_documents(case) == []
    assert documents.add_document(case, b"attachment", original_name="letter.pdf").created
    assert integrity.find_problems(case) == []
