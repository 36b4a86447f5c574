"""Planning a resubmission packet before anything is drawn.

The plan fixes every output page: the cover sheet, the 221(g) letter on top (posts ask for it
first), the index, then one lettered section per kind of document — a tab page and its documents,
the principal applicant's before dependents', a translation right behind its original — and, for
duplex printing, blank pages so every section starts on a right-hand page. Page numbers, index
ranges, bookmarks and stamps are all read from the plan, so they cannot disagree.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

GENERATED = ("cover", "index", "tab", "blank")


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


@dataclass(frozen=True)
class PlannedPage:
    number: int
    role: str  # cover, index, tab, blank or document
    label: str
    document_id: int | None = None
    source_page: int = 0
    applicant: str = ""


@dataclass(frozen=True)
class Section:
    letter: str
    title: str
    first_page: int
    last_page: int
    documents: tuple[tuple[int, str, int, int], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class PacketPlan:
    pages: tuple[PlannedPage, ...]
    sections: tuple[Section, ...]
    letter_document: int | None

    @property
    def page_count(self) -> int:
        return len(self.pages)


def order_documents(docs: list[SourceDocument]) -> list[SourceDocument]:
    """Principal first; each translation right behind its original; otherwise as given."""
    originals = [d for d in docs if d.translation_of is None]
    originals.sort(key=lambda d: not d.principal)
    ordered: list[SourceDocument] = []
    for doc in originals:
        ordered.append(doc)
        ordered.extend(t for t in docs if t.translation_of == doc.id)
    ordered.extend(d for d in docs if d not in ordered)
    return ordered


def plan_packet(
    docs: list[SourceDocument], *, letter_kind: str = "notice_221g", duplex: bool = False
) -> PacketPlan:
    letter = next((d for d in docs if d.kind == letter_kind), None)
    rest = order_documents([d for d in docs if d is not letter])
    groups: dict[str, list[SourceDocument]] = {}
    for doc in rest:
        groups.setdefault(doc.kind_label, []).append(doc)

    pages: list[PlannedPage] = []

    def add(role: str, label: str, doc: SourceDocument | None = None, source_page: int = 0) -> None:
        pages.append(
            PlannedPage(
                len(pages) + 1,
                role,
                label,
                doc.id if doc else None,
                source_page,
                doc.applicant if doc else "",
            )
        )

    def pad_to_right_hand() -> None:
        if duplex and len(pages) % 2 == 1:
            add("blank", "INTENTIONALLY BLANK")

    add("cover", "COVER SHEET")
    pad_to_right_hand()
    if letter is not None:
        for n in range(max(letter.pages, 1)):
            add("document", "221(G) LETTER", letter, n)
        pad_to_right_hand()
    add("index", "INDEX")
    sections: list[Section] = []
    for letter_code, (title, members) in zip(_letters(), groups.items(), strict=False):
        pad_to_right_hand()
        label = f"{letter_code} — {title.upper()}"
        first = len(pages) + 1
        add("tab", label)
        entries = []
        for doc in members:
            start = len(pages) + 1
            for n in range(max(doc.pages, 1)):
                add("document", label, doc, n)
            entries.append((doc.id, doc.title, start, len(pages)))
        sections.append(Section(letter_code, title, first, len(pages), tuple(entries)))
    return PacketPlan(tuple(pages), tuple(sections), letter.id if letter else None)


def _letters() -> list[str]:
    single = list(string.ascii_uppercase)
    return single + [a + b for a in single for b in single]
