"""Pre-flight: what to fix or know before a packet is built, worded for the person sending it.

Pure checks over facts the export service gathers (which requested items have documents, which
documents could be read, dates, how big it will be), so the same list shows in the window, in
``visacase export --preflight`` and as warnings above an export's result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.deadline_states import MISSED_REPLY
from desktop_app.domain.deadlines import MISSED, OPEN, Deadline, day
from desktop_app.domain.packet_options import MB

SOON_DAYS = 30


@dataclass(frozen=True)
class Finding:
    severity: str  # "error": a document cannot go in and is left out; "warning": the rest
    message: str


@dataclass(frozen=True)
class PreflightFacts:
    missing_items: tuple[str, ...] = ()
    excluded_answers: tuple[tuple[str, str, bool], ...] = ()
    """(document title, requested item it answers, whether another document still answers it)
    for each document the user left out."""
    unreadable: tuple[tuple[str, str], ...] = ()
    """(document title, why) for encrypted, damaged or unsupported documents."""
    rendered: tuple[str, ...] = ()
    """Titles of PDFs that go in as pictures of their pages, since they cannot be rewritten."""
    undated: tuple[str, ...] = ()
    unsearchable: tuple[str, ...] = ()
    """Titles of scans read before the case kept where their words are: no text layer yet."""
    shrunk_pages: int = 0
    crowded: tuple[tuple[str, tuple[int, ...]], ...] = ()
    """(document title, its pages) whose content reaches into the stamp band, when not shrinking."""
    estimated_bytes: int = 0
    budget: int | None = None
    reply: Deadline | None = None
    """The 221(g) reply deadline with its state, as of ``today``."""
    today: dt.date | None = None


def check(facts: PreflightFacts) -> list[Finding]:
    found = _deadline(facts)
    found += [
        Finding("warning", f"Requested item with no document: {label}.")
        for label in facts.missing_items
    ]
    found += [
        Finding(
            "warning",
            f"“{title}” answers the requested item “{item}” but is left out of the packet"
            + ("." if covered else ": nothing else in the packet answers it."),
        )
        for title, item, covered in facts.excluded_answers
    ]
    found += [
        Finding("error", f"“{title}” cannot go in the packet: {why}.")
        for title, why in facts.unreadable
    ]
    found += [
        Finding(
            "warning",
            f"“{title}” goes in as pictures of its pages: VisaCase cannot rewrite this PDF as it "
            "is, so its text cannot be selected in the packet.",
        )
        for title in facts.rendered
    ]
    if facts.unsearchable:
        found.append(
            Finding(
                "warning",
                "Scans read before VisaCase kept where their words are: "
                f"{_names(facts.unsearchable)}. They go in without searchable text; read the "
                "case again (visacase read) to add it.",
            )
        )
    if facts.undated:
        found.append(Finding("warning", f"Undated documents: {_names(facts.undated)}."))
    if facts.shrunk_pages:
        found.append(
            Finding(
                "warning",
                f"{facts.shrunk_pages} document pages will be shrunk slightly to keep the stamp "
                "off their content.",
            )
        )
    for title, pages in facts.crowded:
        which = "page " if len(pages) == 1 else "pages "
        found.append(
            Finding(
                "warning",
                f"The stamp may cover text on {which}{_numbers(pages)} of “{title}”; "
                "shrink the pages to keep it clear.",
            )
        )
    if facts.budget is not None and facts.estimated_bytes > facts.budget:
        found.append(
            Finding(
                "warning",
                f"About {facts.estimated_bytes / MB:.1f} MB as it is, over the "
                f"{facts.budget / MB:g} MB budget: images will be reduced or the packet split.",
            )
        )
    return found


def _deadline(facts: PreflightFacts) -> list[Finding]:
    """A missed 221(g) reply first, with what it generally means; a reply due soon as well."""
    reply, today = facts.reply, facts.today
    if reply is None or today is None:
        return []
    left = reply.days_left(today)
    if reply.state == MISSED:
        return [
            Finding(
                "warning",
                f"The 221(g) reply was due {day(reply.due)}, {-left} days ago ({reply.reason}). "
                + MISSED_REPLY,
            )
        ]
    if reply.state == OPEN and left <= SOON_DAYS:
        return [Finding("warning", f"The 221(g) reply is due {day(reply.due)}: {left} days left.")]
    return []


def _names(titles: tuple[str, ...]) -> str:
    shown = ", ".join(f"“{t}”" for t in titles[:5])
    return shown + (f" and {len(titles) - 5} more" if len(titles) > 5 else "")


def _numbers(pages: tuple[int, ...]) -> str:
    shown = ", ".join(str(p) for p in pages[:8])
    return shown + (f" and {len(pages) - 8} more" if len(pages) > 8 else "")
