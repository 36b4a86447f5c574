"""A failure at any step leaves nothing behind: no lock, no ``.part`` file, no staging folder,
no half packet — and the packet exported last time stays as it was.

Each step of opening, creating and exporting is made to fail in turn (a stand-in that raises,
or a save that writes half a file and then finds the disk full).
"""

from __future__ import annotations

import errno
import io
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.errors import (
    CaseFileError,
    CaseFileTooNewError,
    NotACaseFileError,
    UserFacingError,
)
from desktop_app.services import cases, documents, export, packet_build
from desktop_app.store import casefile, schema_version
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import jpeg, pdf_bytes

pytestmark = pytest.mark.usefixtures("scratch")


class StepFailedError(RuntimeError):
    """The failure injected into one step."""


def _fail(*_args: object, **_kwargs: object) -> None:
    raise StepFailedError("injected")


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "scratch")


def _outputs(folder: Path) -> list[str]:
    """What is beside the open case file (its lock and log are there while it is open)."""
    return [name for name in _files(folder) if "case.visacase" not in name]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[CaseFile]:
    case = cases.create_case(tmp_path / "case.visacase", "Santos")
    documents.add_document(case, pdf_bytes(2), original_name="bank.pdf", kind="bank_statement")
    documents.add_document(case, jpeg(), original_name="photo.jpg", kind="photo")
    yield case
    case.close()


# Opening and creating


def test_a_refused_open_leaves_no_lock(tmp_path: Path) -> None:
    other = tmp_path / "other.visacase"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(NotACaseFileError):
        cases.open_case(other)
    assert _files(tmp_path) == ["other.visacase"]


def test_a_file_from_a_newer_version_leaves_no_lock(tmp_path: Path) -> None:
    path = tmp_path / "new.visacase"
    cases.create_case(path, "Ana").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    with pytest.raises(CaseFileTooNewError):
        cases.open_case(path)
    assert _files(tmp_path) == ["new.visacase"]


@pytest.mark.parametrize("step", ["upgrade", "engine_for", "hold"])
def test_a_failure_while_opening_leaves_no_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = tmp_path / "case.visacase"
    cases.create_case(path, "Ana").close()
    if step == "upgrade":
        monkeypatch.setattr(schema_version, "head_revision", lambda: "a_newer_head")
        monkeypatch.setattr(schema_version, "back_up", lambda *a, **k: None)
        monkeypatch.setattr(schema_version, "upgrade", _fail)
    else:
        monkeypatch.setattr(casefile, "_hold" if step == "hold" else step, _fail)
    with pytest.raises(StepFailedError):
        cases.open_case(path)
    assert _files(tmp_path) == ["case.visacase"]
    monkeypatch.undo()
    cases.open_case(path).close()  # and nothing stands in the way of the next try


@pytest.mark.parametrize("step", ["create_at_head", "hold", "case_info"])
def test_a_failure_while_creating_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    if step == "create_at_head":
        monkeypatch.setattr(schema_version, "create_at_head", _fail)
    elif step == "hold":
        monkeypatch.setattr(casefile, "_hold", _fail)
    else:
        monkeypatch.setattr(cases, "CaseInfo", _fail)
    with pytest.raises(StepFailedError):
        cases.create_case(tmp_path / "new.visacase", "Ana")
    assert _files(tmp_path) == []


def test_a_full_disk_while_creating_is_one_sentence_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(schema_version, "create_at_head", full)
    with pytest.raises(CaseFileError, match="No space left"):
        cases.create_case(tmp_path / "new.visacase", "Ana")
    assert _files(tmp_path) == []


# Exporting

EXPORT_STEPS = {
    "writing the documents out": (documents, "write_documents_bytes"),
    "checking them": (packet_build, "gather"),
    "staging them": (packet_build, "stage"),
    "building the packet": (packet_build, "build_packet"),
    "drawing the checklist": (packet_build, "draw_checklist"),
    "recording the version": (export, "_record"),
}


@pytest.mark.parametrize("step", EXPORT_STEPS)
def test_a_failed_export_leaves_the_folder_as_it_was(
    filled: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    first = export.export_packet(filled, tmp_path / "packet.pdf", checklist=tmp_path / "list.pdf")
    before = {name: (tmp_path / name).read_bytes() for name in ("packet.pdf", "list.pdf")}
    monkeypatch.setattr(*EXPORT_STEPS[step], _fail)

    with pytest.raises(StepFailedError):
        export.export_packet(filled, tmp_path / "packet.pdf", checklist=tmp_path / "list.pdf")

    assert _outputs(tmp_path) == ["list.pdf", "packet.pdf"]
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    assert [v.output_sha256 for v in export.list_packet_versions(filled)] == [first.sha256]


def test_a_disk_that_fills_up_while_saving_leaves_no_part_file(
    filled: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = pikepdf.Pdf.save

    def save_half(pdf: pikepdf.Pdf, target: object, *args: object, **kwargs: object) -> None:
        if isinstance(target, Path) and target.name.endswith(".part"):
            target.write_bytes(b"%PDF-1.7\n half a packet")
            raise OSError(errno.ENOSPC, "No space left on device")
        real_save(pdf, target, *args, **kwargs)

    monkeypatch.setattr(pikepdf.Pdf, "save", save_half)
    with pytest.raises(UserFacingError, match="No space left on device"):
        export.export_packet(filled, tmp_path / "packet.pdf")
    assert _outputs(tmp_path) == []
    assert export.list_packet_versions(filled) == []


def _noise(seed: int) -> bytes:
    out = io.BytesIO()
    pixels = random.Random(seed).randbytes(1200 * 1200 * 3)
    Image.frombytes("RGB", (1200, 1200), pixels).save(out, "JPEG", quality=90)
    return out.getvalue()


def test_a_split_packet_that_fails_in_its_last_part_leaves_no_part(
    filled: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        documents.add_document(filled, _noise(n), original_name=f"scan{n}.jpg", kind="photo")
    built: list[int] = []
    real_build = packet_build.build_packet

    def fail_second(*args: object, **kwargs: object) -> object:
        built.append(1)
        if len(built) == 2:
            raise StepFailedError("injected")
        return real_build(*args, **kwargs)

    monkeypatch.setattr(packet_build, "build_packet", fail_second)
    with pytest.raises(StepFailedError):
        export.export_packet(
            filled,
            tmp_path / "packet.pdf",
            PacketOptions(max_bytes=600_000),
        )
    assert _outputs(tmp_path) == []
