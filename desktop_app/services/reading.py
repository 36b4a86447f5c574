"""Reading documents' text (PDF text layers, OCR for scans and photos) and suggesting what they are.

A PDF's pages are read from its text layer; pages without one (a scanner's PDF) are recognised
with Tesseract, as are pictures. Reading runs in the bounded reader process (``ingest.sandbox``),
a time bound per page: a document past it, or one too damaged to read, gets no text, and the
documents after it are still read. Without Tesseract, import still works: those documents keep "no
text yet" and ``ocr_notice`` gives the one sentence to show. Each document read gets its
suggestions (kind, date, identifiers, requested items); what an accepted suggestion changes in
the case is in ``accepting``. The reader and Tesseract's wrapper (with PDFium, pikepdf and the
picture codecs behind them) load when text is first read, not with the window that shows
suggestions.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.domain import document_kinds, post_locale, requests
from desktop_app.domain.identifiers import normalise
from desktop_app.errors import UserFacingError
from desktop_app.messages import N_, _, translated
from desktop_app.services import applicants, cases, documents, notices, page_words
from desktop_app.services.documents import DocumentView
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document, Suggestion

if TYPE_CHECKING:
    from desktop_app.domain.number_reading import Held

PDF = "application/pdf"
OCR_MISSING = N_(
    "Text recognition (Tesseract OCR) is not installed, so {count} scanned document(s) have no "
    "text yet; install it and read them again to get their text and suggestions."
)

FIELD_LABELS = {
    "kind": N_("Kind"),
    "document_date": N_("Date"),
    "identifier": N_("Application ID or case number"),
    "passport_number": N_("Passport number"),
    "requested_item": N_("Requested item"),
}


@dataclass(frozen=True)
class SuggestionView:
    id: int
    document_id: int
    field: str
    value: str
    evidence: str
    status: str

    @property
    def field_label(self) -> str:
        return translated(FIELD_LABELS[self.field]) if self.field in FIELD_LABELS else self.field

    @property
    def value_label(self) -> str:
        """The value as a person reads it: "Bank statements", not "bank_statements"."""
        if self.field == "kind":
            return translated(document_kinds.label(self.value))
        if self.field == "requested_item":
            return translated(requests.label_for(self.value))
        return self.value


def can_ocr() -> bool:
    """Whether text recognition for scans and photos is installed on this machine."""
    from desktop_app.ingest import ocr

    return ocr.available()


def read_documents(
    case: CaseFile,
    document_ids: list[int] | None = None,
    *,
    extra_languages: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Read the documents that have no text yet, then suggest what each one is.

    Scans are read in the post's languages, then in ``extra_languages`` (the user's own, as
    Tesseract codes). Documents whose text came with them (an email's body) get their
    suggestions too, once. Scans read before the case kept their words' positions are read
    again for those words, with the text they go with (their suggestions stay as they are).
    Returns how many were read. A document cancelled half-way, or one that needs OCR while
    Tesseract is missing, is left unread, to be read on a later call.
    """
    for doc_id, text in _imported_with_text(case, document_ids):
        suggest(case, doc_id, text)
    stop = cancelled or (lambda: False)
    from desktop_app.ingest.sandbox import FileReader

    todo = [d for d in _unread(case, document_ids) if d.media_type == PDF or can_ocr()]
    wordless = set(page_words.without_words(case, document_ids)) if can_ocr() else set()
    todo += [documents.get_document(case, doc_id) for doc_id in sorted(wordless)]
    languages = ocr_languages(case, extra_languages)
    read = 0
    with tempfile.TemporaryDirectory(prefix="visacase-read-") as tmp, FileReader() as reader:
        for n, doc in enumerate(todo):
            if stop():
                break
            staged = documents.write_document_bytes(case, doc.id, Path(tmp) / str(doc.id))
            found = reader.read_text(
                staged,
                doc.media_type,
                doc.page_count,
                can_ocr=can_ocr(),
                cancelled=stop,
                languages=languages,
            )
            staged.unlink()
            if found is not None:
                page_words.store_reading(case, doc.id, found)
                if doc.id not in wordless:
                    suggest(case, doc.id, found.text)
                read += 1
            if progress is not None:
                progress(n + 1, len(todo))
    return read


def ocr_notice(case: CaseFile, document_ids: list[int] | None = None) -> str | None:
    """The one sentence to show when scans wait for a text recognition that is not installed."""
    if can_ocr():
        return None
    waiting = len(_unread(case, document_ids))
    return translated(OCR_MISSING).format(count=waiting) if waiting else None


def suggest(case: CaseFile, document_id: int, text: str) -> None:
    """Store what the text suggests (kind, date, identifiers, requested items), with evidence.

    What the case already holds is not suggested again: the document's own kind and date, an
    item already on the checklist, an applicant's numbers — which the numbers read are also
    compared with, so that an OCR misreading of one shows as "probably <the applicant's>".
    """
    from desktop_app.domain.suggest import suggestions_for

    doc = documents.get_document(case, document_id)
    known = {("kind", doc.kind), ("document_date", str(doc.document_date))}
    known |= {("requested_item", i.code) for i in notices.list_requested_items(case)}
    found = [
        f
        for f in suggestions_for(
            text, day_first=_locale(case).day_first, held=_held(case), media_type=doc.media_type
        )
        if (f.field, f.value) not in known
    ]
    case.require_writable()
    with case.session() as s, s.begin():
        for f in found:
            s.add(
                Suggestion(
                    document_id=document_id, field=f.field, value=f.value, evidence=f.evidence
                )
            )


def _locale(case: CaseFile) -> post_locale.PostLocale:
    """The case's post's habits: the order of its all-number dates, its papers' languages."""
    return post_locale.locale_for(cases.get_case_info(case).post)


def ocr_languages(case: CaseFile, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """The languages to read the case's scans in: its post's first (Tesseract weighs the first
    most), then ``extra``, each once."""
    return tuple(dict.fromkeys((*_locale(case).ocr_languages, *extra)))


def _held(case: CaseFile) -> Held:
    """The applicants' numbers, each named by whose it is, for readings to be checked against."""
    from desktop_app.domain.number_reading import Held

    ids: dict[str, str] = {}
    passports: dict[str, str] = {}
    people = applicants.list_applicants(case)
    for person in people:
        for value, whose in (
            (person.application_id, N_("{name}'s application ID")),
            (person.case_number, N_("{name}'s case number")),
        ):
            if value:
                ids.setdefault(normalise(value), translated(whose).format(name=person.name))
        if person.passport_number:
            passports.setdefault(
                normalise(person.passport_number),
                _("{name}'s passport number").format(name=person.name),
            )
    births = {p.date_of_birth: _("{name}'s").format(name=p.name) for p in people if p.date_of_birth}
    return Held(ids, passports, births)


def _already_held(case: CaseFile, field: str, value: str) -> bool:
    """Whether an accepted number is one an applicant already has — a confirmed "probably" —
    so that it is not copied into another applicant's empty field."""
    held = _held(case)
    numbers = {"identifier": held.identifiers, "passport_number": held.passport_numbers}
    return normalise(value) in numbers.get(field, {})


def list_suggestions(case: CaseFile, document_id: int) -> list[SuggestionView]:
    with case.session() as s:
        rows = s.scalars(
            select(Suggestion).where(Suggestion.document_id == document_id).order_by(Suggestion.id)
        )
        return [
            SuggestionView(r.id, r.document_id, r.field, r.value, r.evidence, r.status)
            for r in rows
        ]


def decide(case: CaseFile, suggestion_id: int, *, accept: bool, value: str | None = None) -> None:
    """Accept (optionally corrected) or reject a suggestion; only an accepted one fills the case.

    One transaction: a failure while filling in leaves the suggestion waiting, as if never
    accepted."""
    from desktop_app.services import accepting

    with case.action(), case.session() as s, s.begin():
        row = s.get(Suggestion, suggestion_id)
        if row is None:
            raise UserFacingError(_("There is no suggestion {id}.").format(id=suggestion_id))
        if value is not None:
            accepting.check(row.field, value)
            row.value = value
        row.status = "accepted" if accept else "rejected"
        if accept and not _already_held(case, row.field, row.value):
            accepting.apply(case, row.document_id, row.field, row.value, row.evidence)


def _unread(case: CaseFile, document_ids: list[int] | None) -> list[DocumentView]:
    return [
        d
        for d in documents.list_documents(case)
        if d.text_source == "none"
        and (document_ids is None or d.id in document_ids)
        and (d.media_type == PDF or d.media_type.startswith("image/"))
    ]


def _imported_with_text(case: CaseFile, document_ids: list[int] | None) -> list[tuple[int, str]]:
    """Documents that arrived with their text and have never had suggestions."""
    query = select(Document.id, Document.text).where(
        Document.text_source != "none",
        Document.text != "",
        ~select(Suggestion.id).where(Suggestion.document_id == Document.id).exists(),
    )
    if document_ids is not None:
        query = query.where(Document.id.in_(document_ids))
    with case.session() as s:
        return [(doc_id, text) for doc_id, text in s.execute(query)]
