"""Dropped files are recognised by their bytes; bad ones are refused with a reason; an email
comes in whole — with its attachments and its timeline event — or not at all."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.errors import CaseFileReadOnlyError
from desktop_app.ingest import pdf_file
from desktop_app.services import cases, documents, events, intake, integrity
from desktop_app.store import blobs
from desktop_app.store.casefile import CaseFile
from tests.ingest import samples


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _statuses(outcomes: list[intake.IntakeOutcome]) -> list[tuple[str, str]]:
    return [(o.path.name, o.status) for o in outcomes]


def test_files_are_recognised_by_their_first_bytes(case: CaseFile, tmp_path: Path) -> None:
    disguised = _write(tmp_path / "download.bin", samples.pdf(3))
    [outcome] = intake.take_in(case, [disguised])
    assert outcome.status == "added"
    view = documents.get_document(case, outcome.document_id)
    assert (view.media_type, view.page_count) == ("application/pdf", 3)


def test_each_bad_file_gets_its_own_reason_and_the_rest_still_import(
    case: CaseFile, tmp_path: Path
) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    _write(folder / "a-empty.pdf", b"")
    _write(folder / "b-locked.pdf", samples.pdf(password="secret"))
    _write(folder / "c-cut.pdf", samples.pdf()[:60])
    _write(folder / "d-letter.docx", b"PK\x03\x04 word document")
    _write(folder / "e-notes.txt", b"just some text")
    _write(folder / "f-good.pdf", samples.pdf())
    _write(folder / "g-photo.jpg", samples.picture("JPEG", size=(600, 400))[:900])

    outcomes = intake.take_in(case, [folder])

    reasons = {o.path.name: (o.status, o.reason) for o in outcomes}
    assert reasons == {
        "a-empty.pdf": ("refused", "this file is empty"),
        "b-locked.pdf": (
            "refused",
            "this PDF is password-protected — open it and save an unprotected copy",
        ),
        "c-cut.pdf": ("refused", "this PDF is damaged or incomplete"),
        "d-letter.docx": (
            "refused",
            "this looks like a damaged ZIP archive (or Word/Excel file); save it as PDF first",
        ),
        "e-notes.txt": (
            "refused",
            "this kind of file is not supported; "
            "use PDF, JPEG, PNG, TIFF, WebP, HEIC, AVIF or an email (.eml, .msg)",
        ),
        "f-good.pdf": ("added", ""),
        "g-photo.jpg": ("refused", "this image is damaged or incomplete"),
    }
    assert len(documents.list_documents(case)) == 1


def test_a_pdf_with_thousands_of_pages_is_refused_with_the_limit_and_why(
    case: CaseFile, tmp_path: Path
) -> None:
    pages = pdf_file.MAX_PAGES + 1
    [outcome] = intake.take_in(case, [_write(tmp_path / "archive.pdf", samples.pdf(pages))])
    assert outcome.status == "refused"
    assert outcome.reason.startswith(
        f"this PDF has {pages:,} pages; VisaCase takes up to {pdf_file.MAX_PAGES:,} pages per file"
    )


def test_a_missing_file_is_refused_and_a_read_only_case_refuses_the_import(
    case: CaseFile, tmp_path: Path
) -> None:
    [outcome] = intake.take_in(case, [tmp_path / "ghost.pdf"])
    assert (outcome.status, outcome.reason) == (
        "refused",
        "it cannot be read (No such file or directory)",
    )
    case.close()
    read_only = cases.open_case(case.path, read_only=True)
    try:
        with pytest.raises(CaseFileReadOnlyError):
            intake.take_in(read_only, [_write(tmp_path / "a.pdf", samples.pdf())])
    finally:
        read_only.close()


def test_a_heic_photo_is_stored_as_an_upright_jpeg_under_its_own_name(
    case: CaseFile, tmp_path: Path
) -> None:
    photo = _write(tmp_path / "IMG_0042.HEIC", samples.picture("HEIF", orientation=6))

    [outcome] = intake.take_in(case, [photo])

    assert (outcome.status, outcome.note) == ("added", "converted from HEIC to JPEG")
    view = documents.get_document(case, outcome.document_id)
    assert (view.original_name, view.media_type, view.page_count) == (
        "IMG_0042.HEIC",
        "image/jpeg",
        1,
    )
    stored = Image.open(io.BytesIO(documents.read_document_bytes(case, view.id)))
    assert (stored.format, stored.size) == ("JPEG", (200, 400))
    [again] = intake.take_in(case, [photo])
    assert (again.status, again.document_id) == ("duplicate", view.id)


def _email_file(tmp_path: Path, **kwargs: object) -> Path:
    attachments = (
        ("letter.pdf", samples.pdf(2)),
        ("slip photo.jpg", samples.picture("JPEG")),
        ("form.docx", b"PK\x03\x04 not really a zip"),
    )
    kwargs.setdefault("attachments", attachments)
    return _write(tmp_path / "received.eml", bytes(samples.email(**kwargs)))


def test_an_email_becomes_a_consulate_email_with_its_attachments_and_an_event(
    case: CaseFile, tmp_path: Path
) -> None:
    mail = _email_file(tmp_path)

    outcomes = intake.take_in(case, [mail])

    assert _statuses(outcomes) == [
        ("received.eml", "added"),
        ("letter.pdf", "added"),
        ("slip photo.jpg", "added"),
        ("form.docx", "refused"),
    ]
    assert {o.inside for o in outcomes[1:]} == {mail}
    assert "save it as PDF first" in outcomes[3].reason
    email_doc = documents.get_document(case, outcomes[0].document_id)
    assert (email_doc.kind, email_doc.media_type, email_doc.title) == (
        "consulate_email",
        "message/rfc822",
        "Your visa application AA00B7QPGN - documents received",
    )
    assert email_doc.document_date == dt.date(2026, 9, 9)
    assert documents.read_document_bytes(case, email_doc.id) == mail.read_bytes()
    assert documents.get_document_text(case, email_doc.id) == (
        "We confirm receipt of your documents."
    )
    letter = documents.get_document(case, outcomes[1].document_id)
    assert (letter.parent_id, letter.page_count, letter.original_name) == (
        email_doc.id,
        2,
        "letter.pdf",
    )
    [event] = events.list_events(case)
    assert (event.kind, event.occurred_on, event.document_id) == (
        "email_received",
        dt.date(2026, 9, 9),
        email_doc.id,
    )
    assert event.payload == {
        "from": "Consular Section Manila <support-manila@example.org>",
        "subject": "Your visa application AA00B7QPGN - documents received",
    }
    assert integrity.find_problems(case) == []


def test_an_emails_event_comes_after_one_recorded_before_it_even_if_the_clock_stepped_back(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ahead = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=1)
    monkeypatch.setattr(events, "utcnow", lambda: ahead)
    events.record_event(case, "dropbox", dt.date(2026, 9, 9))
    monkeypatch.undo()  # the clock is now an hour behind the last recording

    intake.take_in(case, [_email_file(tmp_path)])

    kinds = [e.kind for e in events.list_events(case)]
    assert kinds == ["dropbox", "email_received"]


def test_the_same_email_twice_is_one_email_and_its_attachments_are_not_doubled(
    case: CaseFile, tmp_path: Path
) -> None:
    mail = _email_file(tmp_path)
    first = intake.take_in(case, [mail])
    again = intake.take_in(case, [mail])
    assert _statuses(again) == [("received.eml", "duplicate")]
    assert again[0].document_id == first[0].document_id
    assert len(documents.list_documents(case)) == 3
    assert len(events.list_events(case)) == 1


def test_an_email_without_a_date_is_imported_and_says_why_it_is_not_on_the_timeline(
    case: CaseFile, tmp_path: Path
) -> None:
    [outcome] = intake.take_in(case, [_email_file(tmp_path, date=None, attachments=())])
    assert outcome.status == "added"
    assert outcome.note == "it has no readable date, so it was not put on the timeline"
    assert events.list_events(case) == []


def test_an_email_and_its_attachments_are_stored_together_or_not_at_all(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_store, calls = blobs.store, []

    def store_then_fail(session, source, sha=None):  # the disk fills up at the second attachment
        calls.append(source)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_store(session, source, sha)

    monkeypatch.setattr(blobs, "store", store_then_fail)

    [outcome] = intake.take_in(case, [_email_file(tmp_path)])

    assert outcome.status == "refused"
    assert outcome.reason == "it cannot be read (No space left on device)"
    assert documents.list_documents(case) == []
    assert events.list_events(case) == []
    assert integrity.find_problems(case) == []


def test_an_email_that_fails_half_stored_takes_nothing_of_the_files_stored_beside_it(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files stored within the same commit each have a savepoint: undoing one undoes no other."""
    before = _write(tmp_path / "before.pdf", samples.pdf(1))
    mail = _email_file(tmp_path)
    after = _write(tmp_path / "after.jpg", samples.picture("JPEG"))
    real_store, calls = blobs.store, []

    def store_then_fail(session, source, sha=None):  # the disk fills up at the email's second part
        calls.append(source)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        return real_store(session, source, sha)

    monkeypatch.setattr(blobs, "store", store_then_fail)

    outcomes = intake.take_in(case, [before, mail, after])

    assert [(o.path.name, o.status) for o in outcomes] == [
        ("before.pdf", "added"),
        ("received.eml", "refused"),
        ("after.jpg", "added"),
    ]
    assert [d.original_name for d in documents.list_documents(case)] == ["before.pdf", "after.jpg"]
    assert events.list_events(case) == []
    assert integrity.find_problems(case) == []


def test_an_outlook_message_named_anything_is_imported_with_its_attachment(
    case: CaseFile, tmp_path: Path
) -> None:
    data = samples.outlook_message(
        subject="Interview letter",
        body="Please bring your passport.",
        sent=samples.SENT,
        attachments={"appointment.pdf": samples.pdf(1)},
    )
    outcomes = intake.take_in(case, [_write(tmp_path / "FW Interview", data)])

    assert _statuses(outcomes) == [("FW Interview", "added"), ("appointment.pdf", "added")]
    mail = documents.get_document(case, outcomes[0].document_id)
    assert (mail.kind, mail.media_type, mail.title) == (
        "consulate_email",
        "application/vnd.ms-outlook",
        "Interview letter",
    )
    assert [e.payload["subject"] for e in events.list_events(case)] == ["Interview letter"]


def test_a_plain_text_email_saved_as_msg_is_read_as_an_email(
    case: CaseFile, tmp_path: Path
) -> None:
    saved = _write(tmp_path / "from outlook.msg", bytes(samples.email()))
    [outcome] = intake.take_in(case, [saved])
    assert outcome.status == "added"
    assert documents.get_document(case, outcome.document_id).kind == "consulate_email"


def test_an_email_attached_to_an_email_brings_its_own_attachments(
    case: CaseFile, tmp_path: Path
) -> None:
    inner = samples.email(subject="Original", attachments=(("slip.pdf", samples.pdf(1)),))
    outer = samples.email(subject="Fwd: Original")
    outer.add_attachment(inner)

    outcomes = intake.take_in(case, [_write(tmp_path / "fwd.eml", bytes(outer))])

    assert _statuses(outcomes) == [
        ("fwd.eml", "added"),
        ("Original.eml", "added"),
        ("slip.pdf", "added"),
    ]
    slip = documents.get_document(case, outcomes[2].document_id)
    assert slip.parent_id == outcomes[1].document_id
    assert outcomes[2].inside == Path("Original.eml")


def test_the_same_file_twice_is_one_document(case: CaseFile, tmp_path: Path) -> None:
    pdf = _write(tmp_path / "a.pdf", samples.pdf())
    first, second = intake.take_in(case, [pdf, pdf])
    assert (first.status, second.status) == ("added", "duplicate")
    assert first.document_id == second.document_id


def test_cancel_stops_before_the_next_file(case: CaseFile, tmp_path: Path) -> None:
    files = [_write(tmp_path / f"{n}.pdf", samples.pdf(n + 1)) for n in range(3)]
    seen: list[int] = []
    outcomes = intake.take_in(
        case,
        files,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 1,
    )
    assert len(outcomes) == 1
    assert seen == [1]


def test_a_kind_given_by_the_user_is_stored_with_the_file(case: CaseFile, tmp_path: Path) -> None:
    [outcome] = intake.take_in(case, [_write(tmp_path / "a.pdf", samples.pdf())], kind="cv")
    assert documents.get_document(case, outcome.document_id).kind == "cv"
