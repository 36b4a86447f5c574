"""Pre-flight: what to fix or know before a packet is built, worded for the person sending it.

Pure checks over facts the export service gathers (which requested items have documents, which
documents could be read, dates, how big it will be), so the same list shows in the window, in
``visacase export --preflight`` and as warnings above an export's result, in the app's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.deadline_states import MISSED_REPLY
from desktop_app.domain.deadlines import MISSED, OPEN, Deadline, day
from desktop_app.domain.packet_options import MB
from desktop_app.messages import _, ngettext, translated

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
        Finding("warning", _("Requested item with no document: {item}.").format(item=label))
        for label in facts.missing_items
    ]
    found += [
        Finding(
            "warning",
            (
                _("“{title}” answers the requested item “{item}” but is left out of the packet.")
                if covered
                else _(
                    "“{title}” answers the requested item “{item}” but is left out of the packet: "
                    "nothing else in the packet answers it."
                )
            ).format(title=title, item=item),
        )
        for title, item, covered in facts.excluded_answers
    ]
    found += [
        Finding(
            "error", _("“{title}” cannot go in the packet: {why}.").format(title=title, why=why)
        )
        for title, why in facts.unreadable
    ]
    found += [
        Finding(
            "warning",
            _(
                "“{title}” goes in as pictures of its pages: VisaCase cannot rewrite this PDF as "
                "it is, so its text cannot be selected in the packet."
            ).format(title=title),
        )
        for title in facts.rendered
    ]
    if facts.unsearchable:
        found.append(
            Finding(
                "warning",
                _(
                    "These scans were read by an earlier version of VisaCase, so their pages go "
                    "in without searchable text: {titles}. Read them again to add it (Case ▸ Read "
                    "text again in the window, or visacase read CASE)."
                ).format(titles=_names(facts.unsearchable)),
            )
        )
    if facts.undated:
        undated = _("Undated documents: {titles}.").format(titles=_names(facts.undated))
        found.append(Finding("warning", undated))
    if facts.shrunk_pages:
        found.append(
            Finding(
                "warning",
                ngettext(
                    "{n} document page will be shrunk slightly to keep the stamp off its content.",
                    "{n} document pages will be shrunk slightly to keep the stamp off their "
                    "content.",
                    facts.shrunk_pages,
                ).format(n=facts.shrunk_pages),
            )
        )
    for title, pages in facts.crowded:
        crowded = ngettext(
            "The stamp may cover text on page {pages} of “{title}”; shrink the pages to keep it "
            "clear.",
            "The stamp may cover text on pages {pages} of “{title}”; shrink the pages to keep it "
            "clear.",
            len(pages),
        )
        found.append(Finding("warning", crowded.format(pages=_numbers(pages), title=title)))
    if facts.budget is not None and facts.estimated_bytes > facts.budget:
        found.append(
            Finding(
                "warning",
                _(
                    "About {size} MB as it is, over the {budget} MB budget: images will be "
                    "reduced or the packet split."
                ).format(size=f"{facts.estimated_bytes / MB:.1f}", budget=f"{facts.budget / MB:g}"),
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
        missed = ngettext(
            "The 221(g) reply was due {due}, {n} day ago ({reason}).",
            "The 221(g) reply was due {due}, {n} days ago ({reason}).",
            -left,
        ).format(due=day(reply.due), n=-left, reason=reply.reason)
        return [Finding("warning", f"{missed} {translated(MISSED_REPLY)}")]
    if reply.state == OPEN and left <= SOON_DAYS:
        soon = ngettext(
            "The 221(g) reply is due {due}: {n} day left.",
            "The 221(g) reply is due {due}: {n} days left.",
            left,
        ).format(due=day(reply.due), n=left)
        return [Finding("warning", soon)]
    return []


def _names(titles: tuple[str, ...]) -> str:
    shown = ", ".join(f"“{t}”" for t in titles[:5])
    return _more(shown, len(titles) - 5)


def _numbers(pages: tuple[int, ...]) -> str:
    shown = ", ".join(str(p) for p in pages[:8])
    return _more(shown, len(pages) - 8)


def _more(shown: str, more: int) -> str:
    if more <= 0:
        return shown
    return ngettext("{shown} and {n} more", "{shown} and {n} more", more).format(
        shown=shown, n=more
    )
