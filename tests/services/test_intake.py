"""Dropped files are recognised by their bytes; bad ones are refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from desktop_app.services import intake
from desktop_app.store.casefile import CaseFile


def _pdf(path: Path, pages: int = 2, password: str | None = None) -> Path:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    if password:
        pdf.save(path, encryption=pikepdf.Encryption(owner=password, user=password))
    else:
        pdf.save(path)
    return path


def test_files_are_recognised_by_their_first_bytes(case: CaseFile, tmp_path: Path) -> None:
    disguised = _pdf(tmp_path / "download.bin", pages=3)
    [outcome] = intake.take_in(case, [disguised])
    assert outcome.status == "added"
    from desktop_app.services import documents

    view = documents.get_document(case, outcome.document_id)
    assert (view.media_type, view.page_count) == ("application/pdf", 3)


def test_each_bad_file_gets_its_own_reason_and_the_rest_still_import(
    case: CaseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a-empty.pdf").write_bytes(b"")
    _pdf(folder / "b-locked.pdf", password="secret")
    (folder / "c-cut.pdf").write_bytes(_pdf(tmp_path / "whole.pdf").read_bytes()[:60])
    (folder / "d-letter.docx").write_bytes(b"PK\x03\x04 word document")
    (folder / "e-notes.txt").write_bytes(b"just some text")
    _pdf(folder / "f-good.pdf")

    outcomes = intake.take_in(case, [folder])

    reasons = {o.path.name: (o.status, o.reason) for o in outcomes}
    assert reasons == {
        "a-empty.pdf": ("refused", "this file is empty"),
        "b-locked.pdf": (
            "refused",
            "this PDF is password-protected — open it and save an unprotected copy",
        ),
        "c-cut.pdf": ("refused", "this PDF is damaged or incomplete"),
        "d-letter.docx": (
            "refused",
            "this looks like a Word, Excel or ZIP file; save it as PDF first",
        ),
        "e-notes.txt": (
            "refused",
            "this kind of file is not supported; use PDF, JPEG, PNG or TIFF",
        ),
        "f-good.pdf": ("added", ""),
    }


def test_the_same_file_twice_is_one_document(case: CaseFile, tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "a.pdf")
    first, second = intake.take_in(case, [pdf, pdf])
    assert (first.status, second.status) == ("added", "duplicate")
    assert first.document_id == second.document_id


def test_cancel_stops_before_the_next_file(case: CaseFile, tmp_path: Path) -> None:
    files = [_pdf(tmp_path / f"{n}.pdf", pages=n + 1) for n in range(3)]
    seen: list[int] = []
    outcomes = intake.take_in(
        case,
        files,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 1,
    )
    assert len(outcomes) == 1
    assert seen == [1]
