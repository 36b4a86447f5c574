"""Full-text search across every document of a case: which document, which page, what it says.

What the user typed is split at spaces into terms, and a page matches when it holds every term
anywhere in its text — inside a word too, so a Chinese name is found in a sentence written
without spaces and an Arabic word behind its attached "و" or "ال". Case, compatibility forms and
optional marks do not count on either side ("nunez" finds "Núñez"; see ``page_index.fold``).
Quotes, brackets and stops at either end of a term are dropped ('"bank' looks for "bank"), what
is inside it kept ("221(g)"); nothing the user types is read as query syntax, so no query can fail.
Pages are ranked by how often their terms occur, and each hit's snippet is cut from the text
as written, its matches marked with « and ».
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.store import page_index
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Document

LIMIT = 200
MARK_START, MARK_END, ELLIPSIS = "«", "»", "…"
TRIMMED = "\"'“”‘’„«»‹›()[]{}<>*,.;:!?¿¡-–—、。，：；！？"
"""Left out at either end of a typed word: quoting or punctuating a word finds it all the same."""
BEFORE, AFTER = 30, 70
"""Characters of context a snippet keeps before its first match and after it."""


@dataclass(frozen=True)
class Hit:
    document_id: int
    title: str
    kind: str
    page: int
    snippet: str


def terms(typed: str) -> list[str]:
    """The folded terms of ``typed``, each to be found somewhere on a matching page."""
    printable = "".join(ch if ch.isprintable() else " " for ch in typed)
    found = []
    for word in printable.split():
        term = page_index.fold(_trimmed(word))[0]
        if term and term not in found:
            found.append(term)
    return found


def search(case: CaseFile, query: str, *, limit: int = LIMIT) -> list[Hit]:
    """Pages matching ``query``, best first; the snippet marks matches with « and »."""
    wanted = terms(query)
    if not wanted:
        return []
    with case.engine.connect() as conn:
        matches = page_index.match(conn, wanted)
    ranked = sorted(matches, key=lambda m: (-_occurrences(m.folded, wanted), m.document_id, m.page))
    best = []
    for m in ranked[:limit]:
        folded, origin = page_index.fold(m.text)
        best.append((m.document_id, m.page, _snippet(m.text, _spans(folded, origin, wanted))))
    with case.session() as s:
        documents = {
            row.id: row
            for row in s.execute(
                select(Document.id, Document.title, Document.kind).where(
                    Document.id.in_({document_id for document_id, _, _ in best})
                )
            )
        }
    return [
        Hit(document_id, documents[document_id].title, documents[document_id].kind, page, text)
        for document_id, page, text in best
        if document_id in documents
    ]


def _occurrences(folded: str, wanted: list[str]) -> int:
    return sum(folded.count(term) for term in wanted)


def _trimmed(word: str) -> str:
    """``word`` without the quotes, brackets, stops and controls at either end."""
    edge = [c in TRIMMED or unicodedata.category(c)[0] in "ZC" for c in word]
    if all(edge):
        return ""
    first = edge.index(False)
    last = len(word) - edge[::-1].index(False)
    return word[first:last]


def _spans(folded: str, origin: list[int], wanted: list[str]) -> list[tuple[int, int]]:
    """Where each term occurs, as (start, end) positions in the text as written, in order and
    never overlapping."""
    found: list[tuple[int, int]] = []
    for term in wanted:
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            # up to the next character that is searched: the marks folded away come along
            following = origin[end] if end < len(origin) else origin[-1] + 1
            found.append((origin[start], max(following, origin[end - 1] + 1)))
            start = folded.find(term, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _snippet(text: str, spans: list[tuple[int, int]]) -> str:
    """Some text around the first match, every match in it marked, on one line."""
    first = spans[0][0] if spans else 0
    start = max(0, first - BEFORE)
    stop = min(len(text), first + AFTER)
    if start > 0:  # begin at a word, when one begins near enough
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else start
    if stop < len(text):
        space = text.rfind(" ", max(first, stop - 15), stop)
        stop = space if space > first else stop
    pieces = [ELLIPSIS] if start > 0 else []
    at = start
    for begin, end in spans:
        if start <= begin and end <= stop:
            pieces += [text[at:begin], MARK_START, text[begin:end], MARK_END]
            at = end
    pieces.append(text[at:stop])
    if stop < len(text):
        pieces.append(ELLIPSIS)
    return " ".join("".join(pieces).split())
