"""The window's export works on the files in a child process: the packet is the same to the
byte, and a cancel at any moment ends the child and leaves nothing behind."""

from __future__ import annotations

import multiprocessing
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.packet.build import ExportCancelledError
from desktop_app.services import applicants, documents, export
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import jpeg, pdf_bytes


@pytest.fixture
def filled(case: CaseFile) -> CaseFile:
    principal = applicants.add_applicant(case, "Maria Santos", application_id="AA00B7QPGN")
    for name, data, pages in (
        ("slip.pdf", pdf_bytes(1), 1),
        ("job.pdf", pdf_bytes(3, (595, 842)), 3),
        ("photo.jpg", jpeg(), 1),
    ):
        documents.add_document(
            case, data, original_name=name, kind="other", page_count=pages, applicant_id=principal
        )
    return case


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The export's temporary files go to a folder of their own, checked empty afterwards."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert list(folder.iterdir()) == []


def test_the_packet_made_in_a_child_is_the_packet_made_here(
    filled: CaseFile, tmp_path: Path, scratch: Path
) -> None:
    here = export.export_packet(filled, tmp_path / "here.pdf", record=False)
    there = export.export_packet(filled, tmp_path / "there.pdf", in_child=True)

    assert there.pages == here.pages == export.plan_for(filled).page_count
    assert there.path.read_bytes() == here.path.read_bytes()
    [version] = export.list_packet_versions(filled)
    assert version.output_sha256 == there.sha256
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(
    "sign",
    ["in-*", "image-*.pdf", "generated-*.pdf", "stamps-*.pdf"],
    ids=["reading the documents", "staging in the child", "drawing in the child", "assembling"],
)
def test_a_cancel_at_any_moment_ends_the_child_and_leaves_nothing(
    filled: CaseFile, tmp_path: Path, scratch: Path, sign: str
) -> None:
    target = tmp_path / "out" / "packet.pdf"
    target.parent.mkdir()

    def cancelled() -> bool:
        """True once the export has got as far as writing a file named like ``sign``."""
        return any(scratch.rglob(sign))

    try:
        export.export_packet(filled, target, in_child=True, cancelled=cancelled)
    except ExportCancelledError:
        assert list(target.parent.iterdir()) == []
        assert export.list_packet_versions(filled) == []
    else:  # the child finished that step and the rest before the cancel was next looked at
        assert target.exists()
    assert multiprocessing.active_children() == []
