"""Names in any script on every generated page: drawn in an embedded font, read back as typed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.packet.pages import CoverFacts, draw_generated
from desktop_app.services import applicants, cases, documents, export, workbook
from desktop_app.store.casefile import CaseFile
from tests.packet.conftest import pdf_bytes, text_pages

NAMES = ("Zhāng Wěi 张伟", "राहुल शर्मा", "محمد عبد الله", "Nguyễn Văn Thắng", "Łódź")
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Invisible direction marks around right-to-left text (pdftotext adds embeddings of its own);
they are not part of the text."""


def _plain(text: str) -> str:
    """The text of a page with its bidi marks dropped and its line breaks as spaces."""
    return " ".join(BIDI_MARKS.sub("", text).split())


@pytest.fixture
def family(case: CaseFile) -> CaseFile:
    """One applicant per name; each has a document titled in their own script."""
    cases.update_case(case, title="Famille Łódź — 张伟")
    for i, name in enumerate(NAMES):
        person = applicants.add_applicant(
            case, name, role="principal" if i == 0 else "dependent", application_id=f"AA00B7QP{i}N"
        )
        documents.add_document(
            case,
            pdf_bytes(1, (612, 792 + i)),  # not the same bytes, so not the same document
            original_name=f"{i}.pdf",
            kind="bank_statement",
            title=f"Statement of {name}",
            page_count=1,
            applicant_id=person,
        )
    return case


def _pages(family: CaseFile, tmp_path: Path) -> tuple[list[str], list[str]]:
    checklist = tmp_path / "checklist.pdf"
    result = export.export_packet(family, tmp_path / "p.pdf", checklist=checklist)
    return (
        [_plain(p) for p in text_pages(result.path)],
        [_plain(p) for p in text_pages(checklist)],
    )


def test_every_generated_page_gives_back_the_names_as_typed(
    family: CaseFile, tmp_path: Path
) -> None:
    packet, checklist = _pages(family, tmp_path)
    plan = export.plan_for(family)
    roles = {p.role: p.number - 1 for p in reversed(plan.pages)}
    for name in NAMES:
        assert name in packet[roles["cover"]], f"cover: {name}"
        assert f"Statement of {name}" in packet[roles["index"]], f"index: {name}"
        assert f"Statement of {name}" in packet[roles["tab"]], f"tab page: {name}"
        assert f"Statement of {name}" in "".join(checklist), f"checklist: {name}"
        stamped = [
            page
            for page, planned in zip(packet, plan.pages, strict=True)
            if planned.applicant == name
        ]
        assert stamped and all(f"{name} · AA00B7QP" in page for page in stamped), f"stamp: {name}"
    assert "Famille Łódź — 张伟" in checklist[0]


def test_the_fonts_are_embedded_as_subsets_and_helvetica_is_gone(
    family: CaseFile, tmp_path: Path
) -> None:
    result = export.export_packet(family, tmp_path / "p.pdf")
    fonts = subprocess.run(
        ["pdffonts", str(result.path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = {line.split()[0].split("+")[1] for line in fonts}
    assert names == {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSans-Italic",
        "NotoSansDevanagari-Regular",
        "NotoSansArabic-Regular",
        "NotoSansCJKsc-Regular",
    }
    assert all(" yes yes yes " in line for line in fonts)  # embedded, subset, with ToUnicode
    assert not any("Helvetica" in line for line in fonts)


def test_the_generated_pages_are_the_same_bytes_each_time(family: CaseFile, tmp_path: Path) -> None:
    plan = export.plan_for(family)
    facts = CoverFacts("Famille Łódź — 张伟", "", "", "1 December 2026", NAMES, ())
    draw_generated(plan, facts, "letter", tmp_path / "one.pdf")
    draw_generated(plan, facts, "letter", tmp_path / "two.pdf")
    assert (tmp_path / "one.pdf").read_bytes() == (tmp_path / "two.pdf").read_bytes()


def test_a_214b_case_has_a_cover_for_a_new_application(case: CaseFile, tmp_path: Path) -> None:
    cases.update_case(case, refusal_type="214b")
    applicants.add_applicant(case, "Nguyễn Văn Thắng")
    workbook.add_change(case, "New job at Viettel since March, salary doubled")
    workbook.add_change(case, "Bought a flat in Hà Nội")
    documents.add_document(
        case, pdf_bytes(1), original_name="job.pdf", kind="employment_letter", page_count=1
    )
    cover = _plain(text_pages(export.export_packet(case, tmp_path / "p.pdf").path)[0])

    assert "221(g)" not in cover
    assert "SUPPORTING DOCUMENTS FOR A NEW VISA APPLICATION" in cover
    assert "refused under section 214(b)" in cover
    assert "New job at Viettel since March, salary doubled" in cover
    assert "Bought a flat in Hà Nội" in cover
    assert "Documents enclosed" in cover


def test_a_221g_case_still_answers_the_request(filled: CaseFile, tmp_path: Path) -> None:
    cases.update_case(filled, refusal_type="221g")
    options = PacketOptions()
    cover = text_pages(export.export_packet(filled, tmp_path / "p.pdf", options).path)[0]
    assert "DOCUMENTS SUBMITTED IN RESPONSE TO A 221(g) REQUEST" in " ".join(cover.split())


def test_a_case_that_does_not_say_its_refusal_gets_a_plain_cover(
    case: CaseFile, tmp_path: Path
) -> None:
    documents.add_document(
        case, pdf_bytes(1), original_name="job.pdf", kind="employment_letter", page_count=1
    )
    cover = _plain(text_pages(export.export_packet(case, tmp_path / "p.pdf").path)[0])
    assert "DOCUMENTS SUBMITTED FOR A US VISA APPLICATION" in cover
    assert "221(g)" not in cover and "214(b)" not in cover
    assert "Documents enclosed" in cover
