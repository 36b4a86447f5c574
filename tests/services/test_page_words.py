"""A scan's words are kept with its text when it is read, and the exported packet carries them
as searchable text over the scan; a scan read before words were kept still goes in, pre-flight
says it is not searchable, and reading the case again makes it so."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
from PIL import Image
from sqlalchemy import delete, select

from desktop_app.ingest.text import Reading
from desktop_app.services import documents, export, page_words, preflight, reading
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PageWordsRow
from tests.ingest import scans
from tests.packet.layer_words import assert_words_where_the_ink_is, page_text

LETTER = ("Certificate of employment", "Maria Santos, Harbourview Logistics", "since March 2019")


def _scanned_letter(case: CaseFile, tmp_path: Path) -> tuple[int, bytes]:
    picture = scans.picture_of(LETTER, tmp_path / "letter.png")
    out = io.BytesIO()
    with Image.open(picture) as img:
        img.convert("L").save(out, "JPEG", quality=80, dpi=(300, 300))
    added = documents.add_document(case, out.getvalue(), original_name="letter.jpg", page_count=1)
    return added.id, out.getvalue()


def _scanned_page(packet: Path) -> int:
    """The packet page (from 1) that shows the scan: the one with a JPEG."""
    with pikepdf.open(packet) as pdf:
        return next(n for n, page in enumerate(pdf.pages, 1) if page.get_images())


def _forget_words(case: CaseFile) -> None:
    """The case as a VisaCase from before word boxes left it: text read, no words kept."""
    with case.session() as s, s.begin():
        s.execute(delete(PageWordsRow))


@scans.needs_language("eng")
def test_a_scan_read_keeps_its_words_with_its_text(case: CaseFile, tmp_path: Path) -> None:
    doc, _ = _scanned_letter(case, tmp_path)

    reading.read_documents(case)

    [page] = page_words.words_of(case, [doc])[doc].values()
    assert "Harbourview Logistics" in documents.get_document_text(case, doc)
    assert [w.text for w in page][:3] == ["Certificate", "of", "employment"]
    assert page_words.without_words(case) == []


@scans.needs_language("eng")
def test_the_exported_packet_can_be_searched_on_the_scanned_page(
    case: CaseFile, tmp_path: Path
) -> None:
    _, jpeg = _scanned_letter(case, tmp_path)
    reading.read_documents(case)

    built = export.export_packet(case, tmp_path / "packet.pdf")

    page = _scanned_page(built.path)
    assert "Maria Santos, Harbourview Logistics" in page_text(built.path, page)
    assert_words_where_the_ink_is(built.path, LETTER, page, at_least=4)
    with pikepdf.open(built.path) as pdf:
        assert [i.read_raw_bytes() for i in pdf.pages[page - 1].get_images().values()] == [jpeg]
    subprocess.run(["qpdf", "--check", str(built.path)], check=True, capture_output=True)


@scans.needs_language("eng")
def test_a_scan_read_before_words_were_kept_goes_in_unsearchable_until_read_again(
    case: CaseFile, tmp_path: Path
) -> None:
    doc, _ = _scanned_letter(case, tmp_path)
    reading.read_documents(case)
    text_before = documents.get_document_text(case, doc)
    suggestions_before = reading.list_suggestions(case, doc)
    _forget_words(case)

    found = [f.message for f in preflight.preflight(case)]
    unsearchable = export.export_packet(case, tmp_path / "before.pdf")
    assert page_words.without_words(case) == [doc]
    assert any("read by an earlier version of VisaCase" in m for m in found)
    assert "Harbourview" not in page_text(unsearchable.path, _scanned_page(unsearchable.path))

    assert reading.read_documents(case) == 1

    searchable = export.export_packet(case, tmp_path / "after.pdf")
    assert "Harbourview" in page_text(searchable.path, _scanned_page(searchable.path))
    assert not any("earlier version" in f.message for f in preflight.preflight(case))
    assert documents.get_document_text(case, doc) == text_before
    assert reading.list_suggestions(case, doc) == suggestions_before
    assert reading.read_documents(case) == 0


def test_removing_a_document_removes_its_words(case: CaseFile, tmp_path: Path) -> None:
    doc, _ = _scanned_letter(case, tmp_path)
    page_words.store_reading(case, doc, Reading("", "ocr", {0: ()}))

    documents.remove_document(case, doc)

    with case.session() as s:
        assert s.scalars(select(PageWordsRow)).all() == []


@scans.needs_language("osd")
def test_a_letter_scanned_upside_down_is_read_and_exported_upright(
    case: CaseFile, tmp_path: Path
) -> None:
    picture = scans.picture_of(LETTER, tmp_path / "letter.png")
    out = io.BytesIO()
    with Image.open(picture) as img:
        img.convert("L").rotate(180).save(out, "JPEG", quality=80, dpi=(300, 300))
    doc = documents.add_document(case, out.getvalue(), original_name="s.jpg", page_count=1).id

    reading.read_documents(case)
    built = export.export_packet(case, tmp_path / "packet.pdf")

    assert "Harbourview Logistics" in documents.get_document_text(case, doc)
    assert page_words.turns_of(case, [doc]) == {doc: {0: 180}}
    page = _scanned_page(built.path)
    with pikepdf.open(built.path) as pdf:
        assert pdf.pages[page - 1].rotation == 180
    assert_words_where_the_ink_is(built.path, LETTER, page, at_least=4)
