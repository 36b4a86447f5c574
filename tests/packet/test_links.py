"""Index rows are links to the pages they name, and bookmarks mirror the index."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.services import export
from desktop_app.store.casefile import CaseFile


@pytest.mark.parametrize("duplex", [False, True], ids=["simplex", "duplex"])
def test_every_index_row_links_to_the_first_page_it_names(
    filled: CaseFile, tmp_path: Path, duplex: bool
) -> None:
    options = PacketOptions(duplex=duplex)
    plan = export.plan_for(filled, options)
    built = export.export_packet(filled, tmp_path / "packet.pdf", options)

    index_page = next(p.number for p in plan.pages if p.role == "index")
    with pikepdf.open(built.path) as pdf:
        annots = pdf.pages[index_page - 1].obj.Annots
        targets = [pdf.pages.index(pikepdf.Page(a.Dest[0])) + 1 for a in annots]
        tops = [float(a.Rect[3]) for a in annots]
    assert targets == [row.first for row in plan.index]
    assert tops == sorted(tops, reverse=True)  # rows top to bottom, as the index reads


def test_bookmarks_name_each_section_and_document_at_its_page(
    filled: CaseFile, tmp_path: Path
) -> None:
    plan = export.plan_for(filled)
    built = export.export_packet(filled, tmp_path / "packet.pdf")
    with pikepdf.open(built.path) as pdf, pdf.open_outline() as outline:
        found = [
            (child.title, pdf.pages.index(pikepdf.Page(child.destination[0])) + 1)
            for item in outline.root[3:]
            for child in item.children
        ]
    assert found == [(e.title, e.first) for s in plan.sections for e in s.documents]
