"""The packet PDF, read back with tools other than the ones that wrote it."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pikepdf
import pytest

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.services import export
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import jpeg, pdf_bytes, text_pages


@pytest.mark.parametrize("duplex", [False, True], ids=["simplex", "duplex"])
def test_every_page_is_labelled_numbered_and_the_file_is_sound(
    filled: CaseFile, tmp_path: Path, duplex: bool
) -> None:
    target = tmp_path / "packet.pdf"
    plan = export.plan_for(filled, PacketOptions(duplex=duplex))
    built = export.export_packet(filled, target, PacketOptions(duplex=duplex))

    check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, check=False)
    assert check.returncode == 0, check.stdout
    pages = text_pages(target)
    assert len(pages) == plan.page_count == built.pages
    for n, (text, planned) in enumerate(zip(pages, plan.pages, strict=True), start=1):
        assert f"page {n} of {plan.page_count}" in text
        assert planned.label in text
    with pikepdf.open(target) as pdf, pdf.open_outline() as outline:
        titles = [item.title for item in outline.root]
        assert titles[:3] == ["Cover sheet", "221(g) letter", "Index"]
        employment = next(i for i in outline.root if i.title.endswith("Employment letter"))
        first_page = (
            pdf.pages.index(employment.destination[0]) + 1
            if isinstance(employment.destination, pikepdf.Array)
            else None
        )
        section = next(s for s in plan.sections if s.title == "Employment letter")
        assert first_page == section.first_page
    if duplex:
        assert all(s.first_page % 2 == 1 for s in plan.sections)


def test_jpeg_scans_go_in_byte_for_byte(filled: CaseFile, tmp_path: Path) -> None:
    target = tmp_path / "packet.pdf"
    export.export_packet(filled, target)
    original = jpeg()
    with pikepdf.open(target) as pdf:
        streams = [
            obj.read_raw_bytes()
            for obj in pdf.objects
            if obj._type_code == pikepdf.ObjectType.stream and obj.get("/Subtype") == "/Image"
        ]
    assert original in streams


def test_nothing_from_the_inputs_metadata_leaks_out(filled: CaseFile, tmp_path: Path) -> None:
    target = tmp_path / "packet.pdf"
    export.export_packet(filled, target)
    with pikepdf.open(target) as pdf:
        assert dict(pdf.docinfo) == {
            "/Title": "Resubmission packet — Test case",
            "/Producer": "VisaCase",
        }
        assert "/Metadata" not in pdf.Root and "/AcroForm" not in pdf.Root
    raw = target.read_bytes()
    assert b"someone" not in raw and str(tmp_path).encode() not in raw


def test_each_export_is_remembered_with_its_hash(filled: CaseFile, tmp_path: Path, run_cli) -> None:
    built = export.export_packet(filled, tmp_path / "one.pdf")
    [version] = export.list_packet_versions(filled)
    assert (version.output_sha256, version.page_count) == (built.sha256, built.pages)
    filled.close()
    listed = run_cli("packets", filled.path, "--json")
    assert json.loads(listed.out)[0]["output_name"] == "one.pdf"


def test_the_packet_has_an_identifier_of_its_own_and_its_hash_is_the_files(
    filled: CaseFile, tmp_path: Path
) -> None:
    built = export.export_packet(filled, tmp_path / "one.pdf", record=False)
    again = export.export_packet(filled, tmp_path / "again.pdf", record=False)
    a4 = PacketOptions(paper="a4")
    other = export.export_packet(filled, tmp_path / "a4.pdf", a4, record=False)

    assert built.sha256 == hashlib.sha256(built.path.read_bytes()).hexdigest()
    assert again.path.read_bytes() == built.path.read_bytes()
    with pikepdf.open(built.path) as one, pikepdf.open(other.path) as on_a4:
        first, second = (bytes(half) for half in one.trailer.ID)
        assert first == second and len(first) == 16
        assert first != bytes.fromhex("31415926535897932384626433832795")  # qpdf's placeholder
        assert bytes(on_a4.trailer.ID[0]) != first


def test_the_cli_exports_and_refuses_overwriting_a_source(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "c.visacase"
    run_cli("new", case, "--title", "T")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(pdf_bytes(1))
    run_cli("add", case, letter)

    ok = run_cli("export", case, "-o", tmp_path / "out.pdf", "--paper", "a4", "--json")
    assert ok.code == 0, ok.err
    assert json.loads(ok.out)["pages"] == 4
    assert not list(tmp_path.glob(".*.part"))
