"""Pre-flight: what the user hears about before a packet is built, and what export does then."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pikepdf
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.services import documents, export, notices, preflight
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import pdf_bytes


def _locked() -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, encryption=pikepdf.Encryption(owner="o", user="secret"))
    return out.getvalue()


def _footnoted() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 700, "Body text well clear of the foot.")
    canvas.showPage()
    canvas.drawString(72, 10, "A footnote right at the bottom edge.")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _messages(case: CaseFile, options: PacketOptions | None = None) -> list[str]:
    return [f.message for f in preflight.preflight(case, options)]


def test_missing_items_locked_and_undated_documents_are_named(case: CaseFile) -> None:
    dated = dt.date(2026, 9, 1)
    documents.add_document(
        case, pdf_bytes(1), original_name="job.pdf", kind="employment_letter", document_date=dated
    )
    documents.add_document(case, _locked(), original_name="bank.pdf", title="Bank statement")
    notices.add_requested_item(case, code="police_certificate")
    item = notices.add_requested_item(case, code="bank_statements")
    notices.link_document(case, item, 2)

    assert _messages(case) == [
        "Requested item with no document: Police certificate.",
        "Requested item with no document: Bank statements.",
        "“Bank statement” cannot go in the packet: it is password-protected; it is left out.",
    ]


def test_export_leaves_an_unreadable_document_out_and_says_so(
    case: CaseFile, tmp_path: Path
) -> None:
    documents.add_document(case, pdf_bytes(1), original_name="job.pdf", kind="employment_letter")
    documents.add_document(case, _locked(), original_name="bank.pdf", title="Bank statement")
    result = export.export_packet(case, tmp_path / "p.pdf")
    assert any("password-protected" in w for w in result.warnings)
    assert result.pages == 1 + 1 + 1 + 1  # cover, index, tab, the one readable page


def test_text_under_the_stamp_band_is_reported_unless_pages_are_shrunk(case: CaseFile) -> None:
    documents.add_document(case, _footnoted(), original_name="letter.pdf", title="Letter")
    assert "The stamp may cover text on page 2 of “Letter”" in _messages(case)[-1]
    shrunk = _messages(case, PacketOptions(shrink=True))
    assert not any("may cover" in m for m in shrunk)
    assert "1 document page will be shrunk slightly" in shrunk[-1]


def test_an_estimate_over_the_budget_is_announced(case: CaseFile) -> None:
    documents.add_document(
        case, pdf_bytes(1) + b"\n%" + b"x" * 400_000, original_name="big.pdf", title="Big"
    )
    messages = _messages(case, PacketOptions(max_bytes=300_000))
    assert "over the 0.3 MB budget" in messages[-1]
