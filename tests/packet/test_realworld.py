"""What import accepts, the packet holds: each kind of broken real-world file is imported and
then exported, and what goes in as pictures is said at import and in pre-flight."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.services import export, intake, preflight
from desktop_app.store.casefile import CaseFile
from tests import specimens
from tests.packet.conftest import text_pages

PLACED_AS_THEY_ARE = [
    specimens.junk_before_header,
    specimens.header_lost,
    specimens.broken_cross_references,
    specimens.owner_password_only,
    specimens.warning_with_stray_byte,
    specimens.image_with_a_name_for_its_width,
]


def _imported(case: CaseFile, tmp_path: Path, make: Callable[[], bytes], name: str) -> int:
    path = tmp_path / name
    path.write_bytes(make())
    (outcome,) = intake.take_in(case, [path])
    assert outcome.status == "added", outcome.reason
    assert outcome.document_id is not None
    return outcome.document_id


@pytest.mark.slow
@pytest.mark.parametrize("make", PLACED_AS_THEY_ARE, ids=lambda f: f.__name__)
def test_pdfs_viewers_open_are_imported_and_exported_with_their_text(
    case: CaseFile, tmp_path: Path, make: Callable[[], bytes]
) -> None:
    doc = _imported(case, tmp_path, make, "statement.pdf")
    target = tmp_path / "packet.pdf"

    for budget in (None, 300_000):  # a budget makes the packet rewrite the document's images
        export.export_packet(case, target, PacketOptions(document_ids=(doc,), max_bytes=budget))

        assert any("Bank statement" in page for page in text_pages(target))


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        specimens.undecodable_content_stream,
        specimens.jbig2_contents,
        specimens.page_tree_loop,
        specimens.encrypt_entry_not_a_dictionary,
    ],
    ids=lambda f: f.__name__,
)
def test_a_pdf_qpdf_cannot_rewrite_is_kept_and_goes_in_as_pictures_saying_so(
    case: CaseFile, tmp_path: Path, make: Callable[[], bytes]
) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(make())
    (outcome,) = intake.take_in(case, [path])
    assert outcome.status == "added"
    assert "pictures" in outcome.note
    options = PacketOptions(document_ids=(outcome.document_id,))

    findings = [f.message for f in preflight.preflight(case, options)]
    assert any("goes in as pictures of its pages" in f for f in findings)
    for budget in (None, 300_000):
        built = export.export_packet(
            case, tmp_path / "packet.pdf", replace(options, max_bytes=budget), record=False
        )
        assert built.pages >= 2  # the cover and index, then the document's page


@pytest.mark.slow
def test_a_photo_with_its_exif_cut_short_exports_plainly_and_within_a_size_budget(
    case: CaseFile, tmp_path: Path
) -> None:
    doc = _imported(case, tmp_path, specimens.jpeg_with_exif_cut_short, "photo.jpg")

    for budget in (None, 300_000):
        options = PacketOptions(document_ids=(doc,), max_bytes=budget)
        export.export_packet(case, tmp_path / "packet.pdf", options, record=False)
