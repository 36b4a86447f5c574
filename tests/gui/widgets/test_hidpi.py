"""On a 2x screen, page thumbnails and pictures are drawn with two device pixels per screen
pixel, so they are sharp rather than a 1x picture blown up."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from desktop_app.gui.widgets.page_thumbnails import WIDTH, PageThumbnails
from desktop_app.gui.widgets.preview import Preview
from desktop_app.services import documents, sample_content
from desktop_app.store.casefile import CaseFile
from tests.ingest import samples


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_thumbnail_has_device_pixels_for_every_screen_pixel(
    qtbot, monkeypatch, tmp_path: Path, ratio
) -> None:
    statement = tmp_path / "statement.pdf"
    statement.write_bytes(sample_content.bank_statement_pdf())
    pdf = QPdfDocument()
    assert pdf.load(str(statement)) == QPdfDocument.Error.None_
    thumbnails = PageThumbnails(pdf)
    qtbot.addWidget(thumbnails)
    monkeypatch.setattr(thumbnails, "devicePixelRatioF", lambda: ratio)

    picture = thumbnails._picture(0)
    pdf.close()

    assert picture.devicePixelRatio() == ratio
    assert picture.width() == round(WIDTH * ratio)
    assert picture.deviceIndependentSize().width() == pytest.approx(WIDTH)


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_a_picture_fills_the_pane_at_the_screens_pixel_ratio(
    qtbot, monkeypatch, case: CaseFile, ratio
) -> None:
    photo = documents.add_document(
        case, samples.picture("PNG", size=(1600, 800)), original_name="photo.png"
    )
    preview = Preview(case)
    qtbot.addWidget(preview)
    preview.resize(640, 480)
    monkeypatch.setattr(preview, "devicePixelRatioF", lambda: ratio)
    # The label redraws what it is given at its own (real) ratio, so look at what it is given.
    given = []
    monkeypatch.setattr(preview.image, "setPixmap", given.append)

    preview.show_document(documents.get_document(case, photo.id))
    preview.release()

    [shown] = given
    assert shown.devicePixelRatio() == ratio
    assert shown.width() == round(600 * ratio)
    assert shown.deviceIndependentSize().width() == pytest.approx(600)
