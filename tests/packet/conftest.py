"""Fixtures for the packet tests: a small case, hand-made inputs, text read back by poppler."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from desktop_app.services import applicants, documents
from desktop_app.store.casefile import CaseFile


def pdf_bytes(pages: int, size: tuple[float, float] = (612, 792)) -> bytes:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=size)
    pdf.docinfo["/Author"] = "someone@home-pc"
    pdf.docinfo["/Title"] = "/home/someone/private/statement.pdf"
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (850, 1100), (230, 230, 220)).save(out, "JPEG", quality=70)
    return out.getvalue()


@pytest.fixture
def filled(case: CaseFile) -> CaseFile:
    principal = applicants.add_applicant(case, "Maria Santos", application_id="AA00B7QPGN")
    documents.add_document(
        case,
        pdf_bytes(1),
        original_name="slip.pdf",
        kind="notice_221g",
        page_count=1,
        applicant_id=principal,
    )
    documents.add_document(
        case,
        pdf_bytes(2, (595, 842)),
        original_name="job.pdf",
        kind="employment_letter",
        title="Employment letter",
        page_count=2,
        applicant_id=principal,
    )
    documents.add_document(
        case,
        jpeg(),
        original_name="photo.jpg",
        kind="civil_document",
        title="Marriage certificate",
        page_count=1,
        applicant_id=principal,
    )
    return case


def text_pages(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]
