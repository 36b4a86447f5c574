"""A PDF joins a case only if it opens, is not locked and has a sane number of pages."""

from __future__ import annotations

import pikepdf
import pytest

from desktop_app.errors import UserFacingError
from desktop_app.ingest import pdf_file
from tests import specimens
from tests.ingest import samples


def _refusal(data: bytes) -> str:
    with pytest.raises(UserFacingError) as refused:
        pdf_file.page_count(data)
    return refused.value.message


def test_a_sound_pdf_gives_its_page_count() -> None:
    assert pdf_file.page_count(samples.pdf(3)) == 3


def test_a_pdf_only_pdfium_opens_is_counted_by_pdfium() -> None:
    assert pdf_file.page_count(specimens.encrypt_entry_not_a_dictionary()) == 1
    assert pdf_file.page_count(specimens.owner_password_only()) == 1


def test_locked_damaged_and_empty_pdfs_are_refused_with_what_to_do() -> None:
    assert _refusal(samples.pdf(password="x")) == (
        "this PDF is password-protected — open it and save an unprotected copy"
    )
    assert _refusal(samples.pdf()[:60]) == "this PDF is damaged or incomplete"
    assert _refusal(samples.pdf(0)) == "this PDF has no pages"


def test_a_pdf_longer_than_the_cap_is_refused_saying_the_cap_and_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf_file, "MAX_PAGES", 4)
    assert _refusal(samples.pdf(5)) == (
        "this PDF has 5 pages; VisaCase takes up to 4 pages per file, since a consulate asks "
        "for documents, not archives — split it into the documents you need"
    )


def test_qpdf_runtime_errors_on_broken_page_trees_are_refusals_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seen in fuzzing: a page tree without /Count behind a broken xref makes qpdf raise a
    RuntimeError ("/Count is wrong after flattening pages tree"), not a PdfError."""

    def broken(*_args: object, **_kwargs: object) -> pikepdf.Pdf:
        raise pikepdf._core.QpdfRuntimeError("/Count is wrong after flattening pages tree")

    monkeypatch.setattr(pikepdf, "open", broken)
    assert _refusal(b"%PDF-1.3 whatever") == "this PDF is damaged or incomplete"
