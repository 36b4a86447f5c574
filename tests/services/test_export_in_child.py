"""The window's export is built whole in a child process, which reads the case file beside the
window: the packet is the same to the byte, progress comes step by step, the outputs are checked
and recorded here, and a cancel at any moment ends the child and leaves nothing behind."""

from __future__ import annotations

import io
import multiprocessing
import os
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.errors import CaseFileGoneError, InvalidInputError
from desktop_app.packet.build import ExportCancelledError
from desktop_app.services import applicants, cases, documents, export, packet_build
from desktop_app.store.casefile import CaseFile
from desktop_app.store.connection import encryption_available
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


def test_the_window_reads_no_document_the_child_reads_them_all(
    filled: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_here(*args: object, **kwargs: object) -> object:
        raise AssertionError("a document was read in the window's process")

    for name in ("build", "write_packet_inputs", "stage", "build_packet"):
        monkeypatch.setattr(packet_build, name, not_here)  # the child imports its own

    built = export.export_packet(filled, tmp_path / "packet.pdf", in_child=True)

    assert built.pages == export.plan_for(filled).page_count
    assert built.path.read_bytes()[:5] == b"%PDF-"


def test_progress_comes_step_by_step_from_the_child(filled: CaseFile, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export.export_packet(
        filled, tmp_path / "p.pdf", in_child=True, progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


@pytest.fixture
def photos(case: CaseFile) -> CaseFile:
    """Three photos of noise: no size budget of 250 KB holds them in one file."""
    for seed in range(3):
        out = io.BytesIO()
        Image.effect_noise((900, 1200), 80).convert("RGB").save(out, "JPEG", quality=90)
        documents.add_document(
            case, out.getvalue(), original_name=f"photo{seed}.jpg", kind="photo", page_count=1
        )
    return case


SPLIT = PacketOptions(max_bytes=250_000)


def test_a_packet_split_in_the_child_is_recorded_part_by_part(
    photos: CaseFile, tmp_path: Path
) -> None:
    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    here = export.export_packet(photos, tmp_path / "here" / "p.pdf", SPLIT, record=False)
    there = export.export_packet(photos, tmp_path / "there" / "p.pdf", SPLIT, in_child=True)

    assert len(there.parts) == len(here.parts) > 1
    assert [p.path.name for p in there.parts] == [p.path.name for p in here.parts]
    assert [p.path.read_bytes() for p in there.parts] == [p.path.read_bytes() for p in here.parts]
    versions = export.list_packet_versions(photos)
    assert [v.output_name for v in versions] == [p.path.name for p in there.parts]


def test_an_output_refused_when_the_parts_are_known_leaves_nothing(
    photos: CaseFile, tmp_path: Path
) -> None:
    parts = len(export.export_packet(photos, tmp_path / "p.pdf", SPLIT, record=False).parts)
    target = tmp_path / "out" / "p.pdf"
    target.parent.mkdir()
    (target.parent / f"p-part1-of-{parts}.pdf").mkdir()  # where the first part would go

    with pytest.raises(InvalidInputError, match="is a folder"):
        export.export_packet(photos, target, SPLIT, in_child=True)
    assert [p.name for p in target.parent.iterdir()] == [f"p-part1-of-{parts}.pdf"]
    assert export.list_packet_versions(photos) == []


@pytest.mark.skipif(not encryption_available(), reason="SQLCipher is not installed")
def test_a_protected_case_is_read_in_the_child_with_its_passphrase(tmp_path: Path) -> None:
    case = cases.create_case(tmp_path / "secret.visacase", "Maria", passphrase="correct horse")
    try:
        documents.add_document(case, pdf_bytes(2), original_name="job.pdf", page_count=2)
        built = export.export_packet(case, tmp_path / "p.pdf", in_child=True)
        assert built.pages == export.plan_for(case).page_count
        assert "correct horse" not in repr(case.reader())
    finally:
        case.close()


def test_a_case_file_replaced_behind_the_window_is_not_read_in_its_place(
    filled: CaseFile, tmp_path: Path
) -> None:
    cases.create_case(tmp_path / "other.visacase", "Someone else").close()
    os.replace(tmp_path / "other.visacase", filled.path)

    with pytest.raises(CaseFileGoneError):
        export.export_packet(filled, tmp_path / "p.pdf", record=False, in_child=True)
    assert not (tmp_path / "p.pdf").exists()
