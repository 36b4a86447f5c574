"""Planning a resubmission packet before anything is drawn.

The plan fixes every output page: the cover sheet, the 221(g) letter on top (posts ask for it
first), the index, then one lettered section per kind of document — a tab page and its documents,
the principal applicant's before dependents', a translation right behind its original — and, for
duplex printing, blank pages so every section starts on a right-hand page. Page numbers, index
rows (and how many index pages they need), bookmarks, Bates numbers and stamps are all read from
the plan, so they cannot disagree. The cover, the index and the tab pages can each be left out
(``PacketOptions``); the rest of the plan is the same without them. Every stamp names an
applicant with their own application ID or case number: a document's own, and on the packet's
own pages the principal's. A packet split for a size budget is planned part by part with the
section letters of the whole, so "C" means the same thing in every part.
"""

from __future__ import annotations

import dataclasses
import math
import re
import string
from dataclasses import dataclass, field
from typing import NamedTuple

from desktop_app.domain.document_kinds import OTHER_SECTION
from desktop_app.domain.packet_options import PacketOptions

INDEX_ROWS = 32
"""Index rows per index page: one line each (long titles are shortened when drawn)."""
LETTER_LABEL = "221(g) LETTER"
SECTION_OF_LAW = re.compile(r"(\d)\(([A-Z])\)")
"""A section such as 221(g) or 214(b), whose letter stays lower case in capitalised labels."""


@dataclass(frozen=True)
class SourceDocument:
    id: int
    title: str
    kind: str
    kind_label: str
    pages: int
    applicant: str = ""
    principal: bool = True
    translation_of: int | None = None
    reference: str = ""
    """The applicant's application ID or case number, stamped beside their name."""
    attached_to: int | None = None
    """The email this document came attached to."""


@dataclass(frozen=True)
class PlannedPage:
    number: int
    role: str  # cover, index, tab, blank or document
    label: str
    document_id: int | None = None
    source_page: int = 0
    applicant: str = ""
    bates: str = ""
    index_rows: tuple[int, int] = (0, 0)
    """For an index page: the slice of ``PacketPlan.index`` drawn on it."""
    reference: str = ""


class DocumentEntry(NamedTuple):
    document_id: int
    title: str
    first: int
    last: int


@dataclass(frozen=True)
class IndexRow:
    text: str
    first: int
    last: int
    level: int  # 0 for the letter and sections, 1 for documents


@dataclass(frozen=True)
class Section:
    letter: str
    title: str
    first_page: int
    last_page: int
    documents: tuple[DocumentEntry, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PacketPlan:
    pages: tuple[PlannedPage, ...]
    sections: tuple[Section, ...]
    letter_document: int | None
    index: tuple[IndexRow, ...] = ()
    part: int = 1
    parts: int = 1

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def letter_pages(self) -> tuple[int, int] | None:
        numbers = [p.number for p in self.pages if p.document_id == self.letter_document]
        return (numbers[0], numbers[-1]) if self.letter_document is not None and numbers else None

    def documents(self) -> list[DocumentEntry]:
        """Every document with its page range, in the order they lie in the packet."""
        letter = self.letter_pages
        found = [DocumentEntry(self.letter_document, "221(g) letter", *letter)] if letter else []
        return found + [entry for section in self.sections for entry in section.documents]


def order_documents(
    docs: list[SourceDocument], order: tuple[int, ...] = ()
) -> list[SourceDocument]:
    """The user's order first, then principal before dependents; each translation right behind
    its original, and an email's attachments right behind the email; otherwise as given."""
    rank = {doc_id: n for n, doc_id in enumerate(order)}
    leaders = _leaders(docs)
    originals = [d for d in docs if d.translation_of is None and d.id not in leaders]
    originals.sort(key=lambda d: (rank.get(d.id, len(rank)), not d.principal))
    followers: dict[int, list[SourceDocument]] = {}
    translations: dict[int | None, list[SourceDocument]] = {}
    for doc in docs:  # looked up by id: a packet of a thousand scans is a thousand documents
        if doc.id in leaders:
            followers.setdefault(leaders[doc.id], []).append(doc)
        translations.setdefault(doc.translation_of, []).append(doc)
    ordered: list[SourceDocument] = []
    placed: set[int] = set()

    def put(doc: SourceDocument) -> None:
        ordered.append(doc)
        placed.add(doc.id)

    def place(doc: SourceDocument) -> None:
        put(doc)
        for follower in followers.get(doc.id, ()):
            if follower.id not in placed:
                place(follower)
        for translation in translations.get(doc.id, ()):
            if translation.id not in placed:
                put(translation)

    for doc in originals:
        place(doc)
    for doc in docs:
        if doc.id not in placed:
            put(doc)
    return ordered


def _leaders(docs: list[SourceDocument]) -> dict[int, int]:
    """Attachment id → the id of its email, for the attachments whose email is in ``docs``."""
    present = {d.id for d in docs}
    return {
        d.id: d.attached_to
        for d in docs
        if d.translation_of is None and d.attached_to in present and d.attached_to != d.id
    }


def group_sections(
    docs: list[SourceDocument], options: PacketOptions
) -> dict[str, list[SourceDocument]]:
    """Section title → its documents, sections in the order of their first document; "other
    supporting documents" come after the named kinds unless the user ordered them. An email's
    attachments are in the email's section, right behind it."""
    ordered = order_documents(docs, options.order)
    leaders = _leaders(docs)
    if not options.order:  # an email's attachments keep to the email (the sort is stable)
        heads = _heads(docs, leaders)
        ordered.sort(key=lambda d: heads[d.id].kind_label == OTHER_SECTION)
    groups: dict[str, list[SourceDocument]] = {}
    section_of: dict[int, str] = {}
    for doc in ordered:
        title = section_of.get(leaders.get(doc.id, -1)) or options.section_label(
            doc.kind, doc.kind_label
        )
        section_of[doc.id] = title
        groups.setdefault(title, []).append(doc)
    return groups


def _heads(docs: list[SourceDocument], leaders: dict[int, int]) -> dict[int, SourceDocument]:
    """Each document's first email: the one it came attached to (and so on up), or itself."""
    by_id = {d.id: d for d in docs}
    heads: dict[int, SourceDocument] = {}
    for doc in docs:
        head, seen = doc, {doc.id}
        while head.id in leaders and leaders[head.id] not in seen:
            head = by_id[leaders[head.id]]
            seen.add(head.id)
        heads[doc.id] = head
    return heads


def section_letters(
    docs: list[SourceDocument], options: PacketOptions, letter_kind: str = "notice_221g"
) -> dict[str, str]:
    """Section title → its letter, as the whole packet (every part of it) names them."""
    letter = find_letter(docs, letter_kind)
    titles = group_sections([d for d in docs if d is not letter], options)
    return dict(zip(titles, _letters(), strict=False))


def find_letter(
    docs: list[SourceDocument], letter_kind: str = "notice_221g"
) -> SourceDocument | None:
    return next((d for d in docs if d.kind == letter_kind), None)


def plan_packet(
    docs: list[SourceDocument],
    options: PacketOptions | None = None,
    *,
    letter_kind: str = "notice_221g",
    part: int = 1,
    parts: int = 1,
    first_bates: int = 1,
    letters: dict[str, str] | None = None,
) -> PacketPlan:
    options = options or PacketOptions()
    letter = find_letter(docs, letter_kind)
    groups = group_sections([d for d in docs if d is not letter], options)
    letters = letters or dict(zip(groups, _letters(), strict=False))
    rows = (1 if letter else 0) + sum(1 + len(members) for members in groups.values())
    index_pages = max(1, math.ceil(rows / INDEX_ROWS)) if options.index else 0
    holder = next((d for d in docs if d.principal and d.applicant), None)
    pages: list[PlannedPage] = []

    def add(role: str, label: str, doc: SourceDocument | None = None, source_page: int = 0) -> None:
        number = len(pages) + 1
        bates = (
            f"{options.bates_prefix}{first_bates + number - 1:06d}" if options.bates_prefix else ""
        )
        whose = doc or holder
        applicant, reference = (whose.applicant, whose.reference) if whose else ("", "")
        pages.append(
            PlannedPage(
                number,
                role,
                label,
                doc.id if doc else None,
                source_page,
                applicant,
                bates,
                reference=reference,
            )
        )

    def pad_to_right_hand() -> None:
        if options.duplex and len(pages) % 2 == 1:
            add("blank", "INTENTIONALLY BLANK")

    def add_document(doc: SourceDocument, label: str) -> DocumentEntry:
        start = len(pages) + 1
        for n in range(max(doc.pages, 1)):
            add("document", label, doc, n)
        return DocumentEntry(doc.id, options.document_label(doc.id, doc.title), start, len(pages))

    if options.cover:
        add("cover", "COVER SHEET")
        pad_to_right_hand()
    letter_entry = add_document(letter, LETTER_LABEL) if letter else None
    if letter_entry:
        pad_to_right_hand()
    index_start = len(pages)
    for _ in range(index_pages):
        add("index", "INDEX")
    sections: list[Section] = []
    for title, members in groups.items():
        pad_to_right_hand()
        code = letters.get(title, "?")
        first = len(pages) + 1
        if options.tabs:
            add("tab", f"{code} — {caps(title)}")
        entries = []
        for doc in members:
            custom = options.labels.get(str(doc.id))
            label = f"{code} — {caps(custom or title)}"
            entries.append(add_document(doc, label))
        sections.append(Section(code, title, first, len(pages), tuple(entries)))

    index = _index_rows(letter_entry, sections)
    for n in range(index_pages):
        page = pages[index_start + n]
        span = (n * INDEX_ROWS, min((n + 1) * INDEX_ROWS, len(index)))
        pages[index_start + n] = dataclasses.replace(page, index_rows=span)
    return PacketPlan(
        tuple(pages), tuple(sections), letter.id if letter else None, index, part, parts
    )


def caps(title: str) -> str:
    """``title`` in capitals, as labels are printed, but "221(g)" never becomes "221(G)"."""
    return SECTION_OF_LAW.sub(lambda m: f"{m[1]}({m[2].lower()})", title.upper())


def plan_parts(
    sources: list[SourceDocument], options: PacketOptions, groups: list[list[int]]
) -> list[PacketPlan]:
    """One plan per part (``groups``: the document ids of each part), with the whole packet's
    section letters and Bates numbers running on from part to part."""
    letters = section_letters(sources, options)
    plans: list[PacketPlan] = []
    bates = 1
    for number, ids in enumerate(groups, start=1):
        part = [s for s in sources if s.id in ids]
        plan = plan_packet(
            part, options, part=number, parts=len(groups), first_bates=bates, letters=letters
        )
        bates += plan.page_count
        plans.append(plan)
    return plans


def _index_rows(letter: DocumentEntry | None, sections: list[Section]) -> tuple[IndexRow, ...]:
    rows = [IndexRow("221(g) letter", letter.first, letter.last, 0)] if letter else []
    for section in sections:
        rows.append(
            IndexRow(
                f"{section.letter} — {caps(section.title)}",
                section.first_page,
                section.last_page,
                0,
            )
        )
        rows.extend(IndexRow(e.title, e.first, e.last, 1) for e in section.documents)
    return tuple(rows)


def _letters() -> list[str]:
    single = list(string.ascii_uppercase)
    return single + [a + b for a in single for b in single]
