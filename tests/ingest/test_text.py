"""A document's text is read in the bounded reader process: a damaged file has no text, a file
that takes too long is given up, and the documents after either are still read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop_app.domain.page_words import Word
from desktop_app.ingest import ocr, text
from desktop_app.ingest.sandbox import FileReader
from tests import specimens
from tests.packet.conftest import pdf_bytes


def test_a_photo_whose_exif_is_cut_short_is_read_as_it_stands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(specimens.jpeg_with_exif_cut_short())
    seen: list[tuple[int, int]] = []
    words = (Word("Dear", 0.1, 0.1, 0.2, 0.2, 0), Word("Ms.", 0.25, 0.1, 0.3, 0.2, 0))
    monkeypatch.setattr(
        ocr,
        "recognise",
        lambda image, *_: seen.append(image.size) or ocr.Recognised("Dear Ms.", words),
    )

    assert text.read_text(photo, "image/jpeg", can_ocr=True) == text.Reading(
        "Dear Ms.", "ocr", {0: words}
    )
    assert seen == [(400, 200)]


def test_a_file_too_damaged_to_read_has_no_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "scan.png"
    broken.write_bytes(specimens.png_cut_short())
    monkeypatch.setattr(ocr, "recognise", lambda image, *_: ocr.Recognised("never reached"))

    assert text.read_text(broken, "image/png", can_ocr=True) == text.Reading("", "ocr")
    gone = text.read_text(tmp_path / "gone.pdf", "application/pdf", can_ocr=False)
    assert gone == text.Reading("", "layer")


@pytest.mark.slow
def test_reading_past_its_bound_gives_no_text_and_the_next_document_is_read(
    tmp_path: Path,
) -> None:
    big = tmp_path / "photo.png"
    Image.effect_noise((3000, 3000), 80).save(big)
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(specimens.pdf_with_text("Employment letter for Maria Santos"))

    with FileReader(read_limit=0.01) as reader:
        assert reader.read_text(big, "image/png", 1, can_ocr=True) == text.Reading("", "ocr")
    with FileReader() as reader:
        found = reader.read_text(letter, "application/pdf", 1, can_ocr=False)
        assert found is not None and "Employment letter" in found.text and not found.words
        blank = tmp_path / "blank.pdf"
        blank.write_bytes(pdf_bytes(1))
        assert reader.read_text(blank, "application/pdf", 1, can_ocr=False) is None


@pytest.mark.slow
def test_cancelling_a_read_ends_it_at_once(tmp_path: Path) -> None:
    big = tmp_path / "photo.png"
    Image.effect_noise((3000, 3000), 80).save(big)

    with FileReader() as reader:
        assert reader.read_text(big, "image/png", 1, can_ocr=True, cancelled=lambda: True) is None
