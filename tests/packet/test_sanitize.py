"""Inputs' forms are flattened into their pages; their scripts, actions and files are dropped."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from desktop_app.services import documents, export
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import text_pages


def _filled_form() -> bytes:
    """A one-page form whose text field holds a value, plus a script, an action and a file."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont="/Helvetica"
        )
    )
    field = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            FT=pikepdf.Name.Tx,
            T="employer",
            V="HARBOURVIEW LOGISTICS",
            DA="/Helv 12 Tf 0 g",
            Rect=[72, 600, 400, 624],
            F=4,
            P=page.obj,
        )
    )
    page.obj.Annots = pdf.make_indirect(pikepdf.Array([field]))
    page.obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="1"))
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=[field], NeedAppearances=True, DR=pikepdf.Dictionary(Font={"/Helv": font})
    )
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
    pdf.attachments["notes.txt"] = pikepdf.AttachedFileSpec(pdf, b"private", filename="notes.txt")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_filled_form_keeps_its_values_as_page_content_and_loses_the_rest(
    case: CaseFile, tmp_path: Path
) -> None:
    documents.add_document(case, _filled_form(), original_name="form.pdf", kind="employment_letter")
    built = export.export_packet(case, tmp_path / "p.pdf")

    assert "HARBOURVIEW LOGISTICS" in text_pages(built.path)[-1]
    with pikepdf.open(built.path) as pdf:
        for key in ("/AcroForm", "/OpenAction", "/Names", "/AA"):
            assert key not in pdf.Root
        assert not pdf.attachments
        for page in pdf.pages:
            assert "/AA" not in page.obj
            for annot in page.obj.get("/Annots", []):
                assert annot.Subtype == "/Link" and "/A" not in annot
        assert not any(
            isinstance(o, pikepdf.Dictionary) and ("/JS" in o or o.get("/Type") == "/EmbeddedFile")
            for o in pdf.objects
        )
