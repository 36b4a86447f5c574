"""Searching a case finds the document and the page, whatever the user types."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services import cases, documents, reading, sample_content, search
from desktop_app.store.casefile import CaseFile

STATEMENT = "Statement period: March 2026\fSalary credit 85,000\fClosing balance: 412,350.00"


def _doc(case: CaseFile, name: str, text: str) -> int:
    return documents.add_document(case, name.encode(), original_name=name, text=text).id


def test_a_word_is_found_on_its_page_with_a_snippet(case: CaseFile) -> None:
    statement = _doc(case, "statement.pdf", STATEMENT)
    _doc(case, "letter.pdf", "This is to certify that Ms. Santos is employed")

    [hit] = search.search(case, "salary")

    assert (hit.document_id, hit.page, hit.title) == (statement, 2, "statement")
    assert hit.snippet == "«Salary» credit 85,000"


def test_every_word_must_be_on_the_page_and_words_match_as_prefixes(case: CaseFile) -> None:
    _doc(case, "statement.pdf", STATEMENT)

    assert [h.page for h in search.search(case, "closing bal")] == [3]
    assert search.search(case, "closing salary") == []


def test_text_read_from_a_pdf_becomes_searchable(case: CaseFile) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    reading.read_documents(case)

    [hit] = search.search(case, "221(g)")

    assert (hit.document_id, hit.page) == (slip, 1)
    assert "Section «221(g») of the" in hit.snippet


@pytest.mark.parametrize(
    "typed",
    ['"', '"bank', "bank AND", "NEAR(bank", "bank*", "*", "col:bank", "( )", "a\x00b", "-bank"],
)
def test_what_the_user_types_never_raises_a_syntax_error(case: CaseFile, typed: str) -> None:
    _doc(case, "bank.pdf", "Bank statements for the last six months")

    search.search(case, typed)


def test_quotes_and_operators_are_searched_as_plain_words(case: CaseFile) -> None:
    _doc(case, "bank.pdf", "Bank statements for the last six months")

    assert len(search.search(case, '"bank')) == 1
    assert len(search.search(case, "bank OR police")) == 0


def test_changed_text_is_searched_as_it_now_reads(case: CaseFile) -> None:
    doc = _doc(case, "scan.jpg", "Police clearance")
    documents.update_document(case, doc, text="Medical examination")

    assert search.search(case, "police") == []
    assert [h.document_id for h in search.search(case, "medical")] == [doc]


def test_a_removed_document_and_its_attachments_are_no_longer_found(case: CaseFile) -> None:
    email = _doc(case, "mail.eml", "Please send bank statements")
    attachment = documents.add_document(
        case, b"att", original_name="a.pdf", text="bank statement", parent_id=email
    ).id
    kept = _doc(case, "kept.pdf", "bank statement of March")

    documents.remove_document(case, email)

    assert {h.document_id for h in search.search(case, "bank")} == {kept}
    assert attachment not in {d.id for d in documents.list_documents(case)}


def test_a_protected_case_file_is_searchable(tmp_path: Path) -> None:
    protected = cases.create_case(tmp_path / "p.visacase", "P", passphrase="open sesame")
    try:
        doc = _doc(protected, "letter.pdf", "Certificate of employment")
        assert [h.document_id for h in search.search(protected, "employment")] == [doc]
    finally:
        protected.close()
