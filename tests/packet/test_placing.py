"""A PDF is proven by the packet's own qpdf job; one that fails it is repaired or goes in as
pictures of its pages, and only what no reader can use is refused."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from desktop_app.errors import UserFacingError
from desktop_app.ingest import exif
from desktop_app.packet import placing
from desktop_app.packet.sources import UnplaceableError, stage
from tests import specimens
from tests.ingest import samples


def _file(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "in.pdf"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        specimens.pdf_with_text(),
        specimens.junk_before_header(),
        specimens.broken_cross_references(),
        specimens.owner_password_only(),
        specimens.warning_with_stray_byte(),
    ],
    ids=["sound", "junk before header", "wrong xref", "owner password only", "non-UTF-8 warning"],
)
def test_pdfs_that_viewers_open_pass_the_packets_job_with_their_text(
    tmp_path: Path, data: bytes
) -> None:
    placement = placing.place(_file(tmp_path, data), tmp_path)

    assert placement.how in (placing.AS_IS, placing.REPAIRED)
    assert placing.problem(placement.path, tmp_path) == ""


@pytest.mark.parametrize(
    "data",
    [specimens.pdf_with_text(), specimens.undecodable_content_stream()],
    ids=["sound", "undecodable content stream"],
)
def test_the_proof_written_out_says_what_the_proof_says(tmp_path: Path, data: bytes) -> None:
    source = _file(tmp_path, data)

    assert placing.written_problem(source, tmp_path) == placing.problem(source, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.pdf", "proof-stamp.pdf"]


def test_a_content_stream_qpdf_cannot_decode_goes_in_as_pictures_of_its_pages(
    tmp_path: Path,
) -> None:
    source = _file(tmp_path, specimens.undecodable_content_stream())
    assert "content stream" in placing.problem(source, tmp_path)

    placement = placing.place(source, tmp_path)

    assert placement.how == placing.RENDERED
    assert "pictures" in placement.note
    with pikepdf.open(placement.path) as pdf:
        assert len(pdf.pages) == 1
        width, height = (float(v) for v in pdf.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (612, 792)
    assert placing.problem(placement.path, tmp_path) == ""


def test_without_jbig2dec_a_jbig2_stream_is_a_decoding_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no jbig2dec to be found

    placement = placing.place(_file(tmp_path, specimens.jbig2_contents()), tmp_path)

    assert placement.how == placing.RENDERED


def test_what_no_reader_can_use_is_refused_with_its_reason(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError) as refused:
        placing.place(_file(tmp_path, specimens.nothing_after_header()), tmp_path)
    assert refused.value.message == placing.UNUSABLE
    with pytest.raises(UserFacingError, match="damaged or incomplete"):
        placing.for_import(_file(tmp_path, specimens.nothing_after_header()), tmp_path)


def test_a_document_that_cannot_be_staged_is_named_with_what_to_do(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    good.write_bytes(specimens.pdf_with_text())
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(specimens.nothing_after_header())

    with pytest.raises(UnplaceableError) as refused:
        stage({1: good, 7: bad}, "letter", tmp_path, titles={1: "Letter", 7: "Bank statement"})

    assert refused.value.document_id == 7
    assert refused.value.message.startswith(
        "“Bank statement” (document 7) cannot be put in the packet: this PDF is damaged"
    )
    assert "Leave it out of the packet" in refused.value.message


def test_a_picture_cut_short_is_staged_from_what_decodes(tmp_path: Path) -> None:
    photo = tmp_path / "screenshot.png"
    photo.write_bytes(specimens.png_cut_short())

    staged = stage({3: photo}, "letter", tmp_path, clean_jpeg=exif.strip_jpeg_metadata)

    with pikepdf.open(staged[3].path) as pdf:
        assert len(pdf.pages) == 1


def test_image_documents_share_a_staged_file_each_from_its_own_page(tmp_path: Path) -> None:
    files = {
        1: ("photo.jpg", samples.picture("JPEG", orientation=6)),
        2: ("scan.tif", samples.tiff(2)),
        3: ("broken.png", specimens.png_cut_short()),
        4: ("wide.jpg", samples.picture("JPEG", size=(800, 300))),
    }
    for name, data in files.values():
        (tmp_path / name).write_bytes(data)
    sources = {doc_id: tmp_path / name for doc_id, (name, _data) in files.items()}

    staged = stage(sources, "letter", tmp_path, clean_jpeg=exif.strip_jpeg_metadata)

    assert len({s.path for s in staged.values()}) == 1
    assert [(staged[i].first, len(staged[i].sizes)) for i in files] == [
        (0, 1),
        (1, 2),
        (3, 1),
        (4, 1),
    ]
    with pikepdf.open(staged[1].path) as pdf:
        assert [int(page.obj.get("/Rotate", 0)) for page in pdf.pages] == [90, 0, 0, 0, 0]
        [picture] = pdf.pages[0].Resources.XObject.values()
        assert b"Exif" not in picture.read_raw_bytes()


def test_a_file_is_proven_once_until_it_changes(tmp_path: Path) -> None:
    path = _file(tmp_path, specimens.pdf_with_text())
    assert placing.problem(path, tmp_path) == ""
    nowhere = tmp_path / "no-such-folder"  # a proof would have to write its stamp there
    assert placing.problem(path, nowhere) == ""

    changed = tmp_path / "changed.pdf"
    changed.write_bytes(specimens.nothing_after_header())
    changed.replace(path)
    assert placing.problem(path, tmp_path) != ""


@pytest.mark.parametrize("name", ["-dash.pdf", "--qdf", "--linearize.pdf"])
def test_a_file_named_like_one_of_qpdfs_options_is_read_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)  # as the command line gives it: a name in the current folder
    Path(name).write_bytes(specimens.pdf_with_text())

    placement = placing.place(Path(name), tmp_path)

    assert placement.how == placing.AS_IS
    assert placement.path == Path(name)


def test_a_pdf_cut_short_is_imported_with_a_note_saying_how_many_pages_are_left(
    tmp_path: Path,
) -> None:
    whole = pikepdf.new()
    for n in range(3):
        whole.add_blank_page(page_size=(612, 792))
        whole.pages[n].Contents = whole.make_stream(b"BT /F1 12 Tf 72 720 Td (page) Tj ET" * 40)
    out = tmp_path / "whole.pdf"
    whole.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, qdf=True)
    data = out.read_bytes()
    cut = _file(tmp_path, data[: data.index(b"%% Page 3")])  # a download that stopped there

    stored, note = placing.for_import(cut, tmp_path)

    assert stored == cut
    assert note == (
        "it is damaged and may be cut short: VisaCase finds 1 page in it; compare it with the "
        "original"
    )
    assert placing.for_import(_file(tmp_path, data), tmp_path)[1] == ""
