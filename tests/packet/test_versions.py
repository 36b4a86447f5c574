"""Exporting a packet: every version remembered exactly, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.errors import InvalidInputError
from desktop_app.packet.build import ExportCancelledError
from desktop_app.services import documents, export
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketVersion


def _versions(case: CaseFile) -> list[PacketVersion]:
    with case.session() as s:
        return list(s.scalars(select(PacketVersion).order_by(PacketVersion.id)))


def test_the_manifest_names_each_documents_hash_and_pages_and_the_options(
    filled: CaseFile,
    tmp_path: Path,
) -> None:
    options = PacketOptions(paper="a4", duplex=True, labels={"2": "Job letter"}, bates_prefix="S-")
    plan = export.plan_for(filled, options)
    export.export_packet(filled, tmp_path / "p.pdf", options)

    [version] = _versions(filled)
    hashes = {d.id: d.sha256 for d in documents.list_documents(filled)}
    assert version.manifest == [
        {
            "document_id": e.document_id,
            "title": e.title,
            "sha256": hashes[e.document_id],
            "first_page": e.first,
            "last_page": e.last,
        }
        for e in plan.documents()
    ]
    assert [m["title"] for m in version.manifest] == [
        "221(g) letter",
        "Job letter",
        "Marriage certificate",
    ]
    assert version.options["paper"] == "a4" and version.options["duplex"] is True
    assert version.options["labels"] == {"2": "Job letter"}
    assert version.options["bates_prefix"] == "S-"


def test_cancelling_writes_nothing_and_records_nothing(
    filled: CaseFile,
    tmp_path: Path,
) -> None:
    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelledError):
        export.export_packet(
            filled,
            tmp_path / "p.pdf",
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 1,
        )
    assert seen == [(1, 4)]
    assert not (tmp_path / "p.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))
    assert export.list_packet_versions(filled) == []


def test_progress_runs_to_the_end(filled: CaseFile, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export.export_packet(filled, tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_the_case_file_itself_is_never_the_target(filled: CaseFile) -> None:
    before = filled.path.read_bytes()
    with pytest.raises(InvalidInputError):
        export.export_packet(filled, filled.path)
    assert filled.path.read_bytes() == before


def test_a_new_export_replaces_the_old_file_whole(
    filled: CaseFile,
    tmp_path: Path,
) -> None:
    target = tmp_path / "p.pdf"
    target.write_bytes(b"an older packet")
    built = export.export_packet(filled, target)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert list(tmp_path.glob(".*.part")) == []
    assert built.pages == export.plan_for(filled).page_count


def test_a_read_only_case_exports_nothing_and_says_why(tmp_path) -> None:
    import pytest

    from desktop_app.errors import CaseFileReadOnlyError
    from desktop_app.services import cases, export

    path = tmp_path / "held.visacase"
    cases.create_case(path, "Held").close()
    target = tmp_path / "packet.pdf"
    with cases.open_case(path, read_only=True) as case, pytest.raises(CaseFileReadOnlyError):
        export.export_packet(case, target)

    assert not target.exists()


def test_a_preview_is_built_but_never_recorded_even_on_a_read_only_case(tmp_path) -> None:
    from desktop_app.services import cases, documents, export, sample_content

    path = tmp_path / "held.visacase"
    with cases.create_case(path, "Held") as case:
        documents.add_document(case, sample_content.slip_221g_pdf(), original_name="slip.pdf")
    target = tmp_path / "preview.pdf"
    with cases.open_case(path, read_only=True) as case:
        built = export.export_packet(case, target, record=False)

        assert built.parts[0].pages > 1 and target.exists()
        assert export.list_packet_versions(case) == []
