"""The collation checklist lists the pile in the order it must lie, one tick box per item."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import SourceDocument, plan_packet
from desktop_app.packet.checklist import pile
from desktop_app.services import export
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import text_pages

LETTER = SourceDocument(1, "221(g) slip", "notice_221g", "Notice", 1)
BANK = SourceDocument(3, "Bank statements", "bank_statement", "Bank statements", 3)


def test_the_pile_groups_each_documents_pages_and_names_blanks() -> None:
    plan = plan_packet([LETTER, BANK], PacketOptions(duplex=True))
    assert pile(plan) == [
        ("Cover sheet", 1, 1),
        ("Blank page (duplex)", 2, 2),
        ("221(g) letter", 3, 3),
        ("Blank page (duplex)", 4, 4),
        ("Index", 5, 5),
        ("Blank page (duplex)", 6, 6),
        ("Tab page A — BANK STATEMENTS", 7, 7),
        ("Bank statements", 8, 10),
    ]


def test_export_writes_the_checklist_beside_the_packet_not_inside_it(
    filled: CaseFile, tmp_path: Path
) -> None:
    result = export.export_packet(filled, tmp_path / "p.pdf", checklist=tmp_path / "check.pdf")
    [page] = text_pages(tmp_path / "check.pdf")
    rows = [line.split() for line in page.splitlines() if line.strip()]
    assert result.checklist == tmp_path / "check.pdf"
    assert "COLLATION CHECKLIST" in page
    order = [" ".join(r) for r in rows if r[-1].isdigit()]
    assert order[0].startswith("Cover sheet") and order[-1].startswith("Marriage certificate")
    assert "CHECKLIST" not in "".join(text_pages(result.path))
