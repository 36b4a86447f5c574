"""Text is read from PDF text layers and, page by page, from scans; suggestions wait for the
user, and only an accepted one fills the case (dates, the 221(g) notice and its checklist, IDs)."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pikepdf
import pytesseract
import pytest

from benchmarks import ocr_bench
from desktop_app.errors import InvalidInputError
from desktop_app.ingest import ocr
from desktop_app.services import (
    applicants,
    cases,
    documents,
    notices,
    reading,
    sample_content,
    search,
    timeline,
)
from desktop_app.store.casefile import CaseFile
from tests.ingest import scans


def test_a_born_digital_slip_is_read_from_its_text_layer(case: CaseFile) -> None:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="x.pdf").id

    assert reading.read_documents(case) == 1

    doc = documents.get_document(case, slip)
    assert doc.text_source == "layer"
    assert "Section 221(g)" in documents.get_document_text(case, slip)
    found = {(s.field, s.value): s for s in reading.list_suggestions(case, slip)}
    assert ("kind", "notice_221g") in found
    assert ("identifier", "AA00B7QPGN") in found
    assert doc.kind == "other"


def test_rejecting_leaves_the_document_as_it_was(case: CaseFile) -> None:
    letter = documents.add_document(
        case, sample_content.employment_letter_pdf(), original_name="job.pdf"
    ).id
    reading.read_documents(case)
    [kind] = [s for s in reading.list_suggestions(case, letter) if s.field == "kind"]
    assert kind.value == "employment_letter"

    reading.decide(case, kind.id, accept=False)

    assert documents.get_document(case, letter).kind == "other"
    assert reading.list_suggestions(case, letter)[0].status == "rejected"
    assert reading.read_documents(case) == 0


def _scanned_slip_and_letter(tmp_path: Path) -> bytes:
    """A two-page PDF: a noisy JPEG scan of the slip, then a born-digital letter page."""
    merged = pikepdf.new()
    for part in (scanned(sample_content.slip_221g_pdf()), sample_content.employment_letter_pdf()):
        with pikepdf.open(io.BytesIO(part)) as pdf:
            merged.pages.extend(pdf.pages)
    out = tmp_path / "scan.pdf"
    merged.save(out)
    return out.read_bytes()


def scanned(pdf: bytes, dpi: int = ocr_bench.SCAN_DPI) -> bytes:
    """A scan of ``pdf``; tests that never recognise it use a coarse one, which is quicker."""
    return ocr_bench.scanned(pdf, random.Random(3), dpi=dpi)


def _without_tesseract(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "no-such-tesseract")


@pytest.mark.slow
@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
def test_a_scanned_page_is_recognised_and_a_text_page_is_read_as_is(
    case: CaseFile, tmp_path: Path
) -> None:
    doc = documents.add_document(case, _scanned_slip_and_letter(tmp_path), original_name="m.pdf").id

    assert reading.read_documents(case) == 1

    slip, letter = documents.get_document_text(case, doc).split("\f")
    assert re.search(r"Section 221 ?\(g\)", slip) and "[X] Bank statements" in slip
    assert "This is to certify that Ms. Maria L. Santos" in letter
    assert documents.get_document(case, doc).text_source == "ocr"
    assert [h.page for h in search.search(case, "bank statements")] == [1]
    found = {(s.field, s.value, s.evidence) for s in reading.list_suggestions(case, doc)}
    assert ("document_date", "2026-08-18", "Date: 18-Aug-2026") in found
    assert (
        "requested_item",
        "bank_statements",
        "[X] Bank statements for the last six (6) months",
    ) in found
    assert "police_certificate" not in {value for _field, value, _evidence in found}


def test_a_document_cancelled_between_pages_stays_unread(
    case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = documents.add_document(
        case, scanned(sample_content.slip_221g_pdf(), dpi=72), original_name="scan.pdf"
    ).id
    monkeypatch.setattr(ocr, "available", lambda: True)
    answers = iter([False, True])

    assert reading.read_documents(case, cancelled=lambda: next(answers)) == 0

    assert documents.get_document(case, doc).text_source == "none"
    assert reading.list_suggestions(case, doc) == []


def test_without_tesseract_scans_wait_and_the_reason_is_given_once(
    case: CaseFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    _without_tesseract(monkeypatch)
    scan = documents.add_document(
        case, scanned(sample_content.slip_221g_pdf(), dpi=72), original_name="scan.pdf"
    ).id
    photo = documents.add_document(
        case, sample_content.marriage_certificate_jpeg(), original_name="photo.jpg"
    ).id
    letter = documents.add_document(
        case, sample_content.employment_letter_pdf(), original_name="letter.pdf"
    ).id

    assert reading.read_documents(case) == 1

    assert documents.get_document(case, letter).text_source == "layer"
    assert {documents.get_document(case, d).text_source for d in (scan, photo)} == {"none"}
    notice = reading.ocr_notice(case)
    assert notice is not None and "not installed" in notice and "2 scanned" in notice
    assert reading.ocr_notice(case, [letter]) is None
    monkeypatch.undo()
    assert reading.ocr_notice(case) is None


def _slip_read(case: CaseFile) -> tuple[int, dict[str, list[reading.SuggestionView]]]:
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id
    reading.read_documents(case)
    by_field: dict[str, list[reading.SuggestionView]] = {}
    for s in reading.list_suggestions(case, slip):
        by_field.setdefault(s.field, []).append(s)
    return slip, by_field


def test_nothing_is_filled_before_the_user_accepts(case: CaseFile) -> None:
    applicants.add_applicant(case, "Maria L. Santos")
    slip, _found = _slip_read(case)

    assert documents.get_document(case, slip).document_date is None
    assert notices.list_notices(case) == []
    assert notices.list_requested_items(case) == []
    assert applicants.list_applicants(case)[0].application_id is None


def test_accepting_a_slip_starts_the_one_year_clock_and_fills_its_checklist(
    case: CaseFile,
) -> None:
    slip, found = _slip_read(case)
    assert (found["requested_item"][1].field_label, found["requested_item"][1].value_label) == (
        "Requested item",
        "Bank statements",
    )

    reading.decide(case, found["kind"][0].id, accept=True)
    reading.decide(case, found["document_date"][0].id, accept=True)
    for item in found["requested_item"]:
        reading.decide(case, item.id, accept=True)

    assert documents.get_document(case, slip).document_date == dt.date(2026, 8, 18)
    [notice] = notices.list_notices(case)
    assert notice.notice_date == dt.date(2026, 8, 18)
    [reply] = [d for d in timeline.deadlines(case, dt.date(2026, 9, 1)) if d.key == "reply"]
    assert reply.due == dt.date(2027, 8, 18)
    items = notices.list_requested_items(case)
    assert [i.code for i in items] == [
        "employment_letter",
        "bank_statements",
        "marriage_certificate",
    ]
    assert items[1].detail == "X Bank statements for the last six (6) months"


def test_a_corrected_date_is_the_one_used(case: CaseFile) -> None:
    slip, found = _slip_read(case)
    reading.decide(case, found["kind"][0].id, accept=True)

    with pytest.raises(InvalidInputError):
        reading.decide(case, found["document_date"][0].id, accept=True, value="18/08/2026")
    reading.decide(case, found["document_date"][0].id, accept=True, value="2026-08-19")

    assert notices.list_notices(case)[0].notice_date == dt.date(2026, 8, 19)
    assert documents.get_document(case, slip).document_date == dt.date(2026, 8, 19)


def test_a_notice_recorded_by_hand_is_completed_not_duplicated(case: CaseFile) -> None:
    recorded = notices.record_notice(case, colour="yellow")
    _slip, found = _slip_read(case)

    reading.decide(case, found["kind"][0].id, accept=True)
    reading.decide(case, found["document_date"][0].id, accept=True)

    [notice] = notices.list_notices(case)
    assert (notice.id, notice.colour, notice.notice_date) == (
        recorded,
        "yellow",
        dt.date(2026, 8, 18),
    )


def test_an_identifier_fills_only_an_empty_field(case: CaseFile) -> None:
    maria = applicants.add_applicant(case, "Maria L. Santos")
    _slip, found = _slip_read(case)
    [identifier] = found["identifier"]

    reading.decide(case, identifier.id, accept=True)
    assert applicants.get_applicant(case, maria).application_id == "AA00B7QPGN"

    applicants.update_applicant(case, maria, application_id="AA00TYPED1")
    other_slip = documents.add_document(case, b"x", original_name="again.pdf").id
    reading.suggest(case, other_slip, "Application ID: AA00B7QPGN  Passport No: P4821937A")
    by_field = {s.field: s for s in reading.list_suggestions(case, other_slip)}
    reading.decide(case, by_field["identifier"].id, accept=True)
    with pytest.raises(InvalidInputError):
        reading.decide(case, by_field["passport_number"].id, accept=True, value="P48-21?")
    reading.decide(case, by_field["passport_number"].id, accept=True)

    person = applicants.get_applicant(case, maria)
    assert (person.application_id, person.passport_number) == ("AA00TYPED1", "P4821937A")


def test_a_document_imported_with_its_text_gets_suggestions_once(case: CaseFile) -> None:
    email = documents.add_document(
        case,
        sample_content.consulate_email(),
        original_name="mail.eml",
        kind="consulate_email",
        text="Dear Applicant, please send for application AA00B7QPGN:\n"
        "1. Bank statements for six months\n2. Police clearance\n"
        "Sent: 9 September 2026 — refused under Section 221(g)",
        text_source="email",
        document_date=dt.date(2026, 9, 9),
    ).id

    assert reading.read_documents(case, [email]) == 0
    reading.read_documents(case, [email])

    found = [(s.field, s.value) for s in reading.list_suggestions(case, email)]
    assert found == [
        ("identifier", "AA00B7QPGN"),
        ("requested_item", "bank_statements"),
        ("requested_item", "police_certificate"),
    ]


def test_what_the_case_already_holds_is_not_suggested_again(case: CaseFile) -> None:
    from desktop_app.services import applicants, notices

    applicants.add_applicant(case, "Maria L. Santos", application_id="AA00B7QPGN")
    notice = notices.record_notice(case)
    notices.add_requested_item(case, code="bank_statements", notice_id=notice)
    slip = documents.add_document(case, sample_content.slip_221g_pdf(), original_name="s.pdf").id

    reading.read_documents(case)

    found = {(s.field, s.value) for s in reading.list_suggestions(case, slip)}
    assert ("identifier", "AA00B7QPGN") not in found
    assert ("requested_item", "bank_statements") not in found
    assert ("requested_item", "employment_letter") in found


def test_a_misread_number_is_compared_with_the_applicants_own(case: CaseFile) -> None:
    maria = applicants.add_applicant(case, "Maria L. Santos")
    applicants.update_applicant(
        case, maria, application_id="AA00ABC123", passport_number="Z1234567"
    )
    slip = documents.add_document(case, b"x", original_name="slip.png").id

    reading.suggest(case, slip, "Application ID: AA0OABC123  Passport No: 21234567")

    found = {s.field: s for s in reading.list_suggestions(case, slip)}
    assert found["identifier"].value == "AA00ABC123"
    assert found["identifier"].evidence.startswith(
        "probably AA00ABC123 (read as AA0OABC123) — it differs from Maria L. Santos's "
        "application ID only where OCR confuses characters"
    )
    assert found["passport_number"].evidence.startswith("probably Z1234567 (read as 21234567)")


def test_confirming_a_probable_number_does_not_copy_it_to_another_applicant(
    case: CaseFile,
) -> None:
    jose = applicants.add_applicant(case, "Jose M. Santos")
    maria = applicants.add_applicant(case, "Maria L. Santos")
    applicants.update_applicant(case, maria, application_id="AA00ABC123")
    letter = documents.add_document(case, b"x", original_name="letter.png").id
    reading.suggest(case, letter, "Application ID: AA0OABC123")
    [probable] = reading.list_suggestions(case, letter)

    reading.decide(case, probable.id, accept=True)

    assert applicants.get_applicant(case, jose).application_id is None
    assert applicants.get_applicant(case, maria).application_id == "AA00ABC123"


def test_a_corrected_date_outside_1900_to_2100_is_refused_with_one_line(case: CaseFile) -> None:
    _slip, found = _slip_read(case)
    with pytest.raises(InvalidInputError) as refused:
        reading.decide(case, found["document_date"][0].id, accept=True, value="9999-12-31")
    assert str(refused.value.message) == (
        "9999-12-31 is outside the dates VisaCase takes (1900 to 2100); check the year."
    )


@pytest.fixture
def case_at(tmp_path: Path) -> Iterator[Callable[[str], CaseFile]]:
    """Opens a new case at the post given; every case opened is closed after the test."""
    opened: list[CaseFile] = []

    def open_at(post: str) -> CaseFile:
        opened.append(cases.create_case(tmp_path / f"{len(opened)}.visacase", "Case", post=post))
        return opened[-1]

    yield open_at
    for case in opened:
        case.close()


@pytest.mark.parametrize(
    ("post", "date"),
    [("U.S. Embassy Manila", "2026-04-05"), ("US Consulate General Lagos", "2026-05-04")],
)
def test_an_all_number_date_is_read_in_the_order_of_the_posts_country(
    case_at: Callable[[str], CaseFile], post: str, date: str
) -> None:
    case = case_at(post)
    letter = documents.add_document(
        case,
        sample_content.employment_letter_pdf(),
        original_name="letter.pdf",
        text="CERTIFICATE OF EMPLOYMENT\nDate: 04/05/2026\nThis certifies that Maria Santos",
        text_source="layer",
    ).id

    reading.read_documents(case, [letter])

    found = {(s.field, s.value) for s in reading.list_suggestions(case, letter)}
    assert ("document_date", date) in found


@scans.needs_language("spa")
def test_a_spanish_scan_at_a_mexican_post_is_read_and_found_with_its_accents(
    case_at: Callable[[str], CaseFile], tmp_path: Path
) -> None:
    case = case_at("U.S. Embassy Mexico City")
    scan = scans.picture_of(scans.SPANISH_LETTER, tmp_path / "constancia.png")
    doc = documents.add_document(case, scan, original_name="constancia.png").id

    assert reading.read_documents(case) == 1

    assert "Juan Núñez Peña" in documents.get_document_text(case, doc)
    hits = search.search(case, "Núñez")
    found = {(s.field, s.value) for s in reading.list_suggestions(case, doc)}
    assert [h.document_id for h in hits] == [doc]
    assert ("document_date", "2024-03-12") in found


def test_scans_are_read_in_the_posts_languages_then_the_users_each_once(
    case_at: Callable[[str], CaseFile],
) -> None:
    mexico = case_at("U.S. Embassy Mexico City")
    unknown = case_at("")

    assert reading.ocr_languages(mexico) == ("spa", "eng")
    assert reading.ocr_languages(mexico, ["hin", "spa", "vie"]) == ("spa", "eng", "hin", "vie")
    assert reading.ocr_languages(unknown, ["ara"]) == ("eng", "ara")
