"""The 214(b) reapplication workbook: six points to work through before applying again.

A 214(b) refusal is a decision, not a request for documents: the only path is a new application
after circumstances have really changed. The workbook keeps that honest — each "what changed" entry
needs evidence, the one-sentence answer must exist — and says gently what experience shows
(reapplying weeks later with nothing changed, hiding the prior refusal). General information, never
legal advice; readiness here means "the workbook is complete", not "the visa will be issued".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.messages import N_, _, ngettext, translated

NOTICE = N_("General information, not legal advice. Nobody can promise a visa.")


@dataclass(frozen=True)
class Point:
    key: str
    label: str
    hint: str


POINTS = (
    Point(
        "refusal_type",
        N_("Refusal type identified"),
        N_(
            "The letter names the section: 214(b) is a decision; 221(g) is not final and is "
            "answered, not reapplied for."
        ),
    ),
    Point(
        "root_cause",
        N_("Honest root cause written down"),
        N_("Why the officer was not convinced, in your own plain words — not a better story."),
    ),
    Point(
        "what_changed",
        N_("What really changed since the refusal"),
        N_("Job, income, family, property, studies, travel: facts, each with a date."),
    ),
    Point(
        "ds160_consistent",
        N_("New DS-160 checked for consistency"),
        N_(
            "It agrees with the last application wherever nothing changed, and discloses the "
            "refusal."
        ),
    ),
    Point(
        "evidence",
        N_("Evidence of each change gathered"),
        N_("A document for every change: a contract, a payslip, a deed, an enrolment letter."),
    ),
    Point(
        "answer",
        N_("One-sentence answer to 'What changed since last time?'"),
        N_("Short enough to say at the window without notes."),
    ),
)
KEYS = tuple(p.key for p in POINTS)
RECENT_REFUSAL_DAYS = 90
"""Under about three months reads as "reapplying right away": changes take time to show."""
MAX_ANSWER_WORDS = 40

REMINDERS = (
    N_(
        "The new DS-160 must disclose the prior refusal: answer 'yes' to the question about "
        "previous refusals."
    ),
    N_("Tell the same true story as last time; the officer can see the earlier application."),
    N_("Be wary of anyone selling a 'guaranteed' visa."),
)


@dataclass(frozen=True)
class Change:
    id: int
    text: str
    evidence: tuple[int, ...]


@dataclass(frozen=True)
class Readiness:
    ready: bool
    blockers: tuple[str, ...]
    warnings: tuple[str, ...]


def point(key: str) -> Point | None:
    return next((p for p in POINTS if p.key == key), None)


def readiness(
    done: frozenset[str],
    changes: list[Change],
    answer: str,
    *,
    refusal_type: str,
    refused_on: dt.date | None,
    today: dt.date,
) -> Readiness:
    """What still stands between the workbook and a new application, and what to think about.

    The points are the user's own ticks; the last three also need what they promise (changes,
    evidence, an answer), and when that is missing it is named instead of the bare point.
    """
    proven = [c for c in changes if c.evidence]
    missing: dict[str, list[str]] = {"what_changed": [], "evidence": [], "answer": []}
    if not changes:
        missing["what_changed"].append(_("nothing is written down as changed since the refusal"))
    elif not proven:
        missing["evidence"].append(_("nothing changed has evidence"))
    else:
        missing["evidence"] += [
            _("no evidence yet for: {change}").format(change=c.text)
            for c in changes
            if not c.evidence
        ]
    if not answer.strip():
        missing["answer"].append(_("no one-sentence answer yet"))
    blockers: list[str] = []
    for p in POINTS:
        if missing.get(p.key):
            blockers += missing[p.key]
        elif p.key not in done:
            blockers.append(_("not done: {point}").format(point=translated(p.label)))
    return Readiness(
        ready=not blockers,
        blockers=tuple(blockers),
        warnings=tuple(_warnings(answer, refusal_type, refused_on, today, bool(proven))),
    )


def _warnings(
    answer: str, refusal_type: str, refused_on: dt.date | None, today: dt.date, proven: bool
) -> list[str]:
    found = []
    if refusal_type == "221g":
        found.append(
            _(
                "This case is recorded as a 221(g): that is not a final decision. Answering the "
                "consulate's request is usually the path, not a new application."
            )
        )
    elif refusal_type in ("unknown", "other"):
        found.append(
            _("The refusal type is not recorded as 214(b); the letter says which applies.")
        )
    if refused_on is not None and 0 <= (today - refused_on).days < RECENT_REFUSAL_DAYS:
        days = (today - refused_on).days
        recent = ngettext(
            "The refusal was only {n} day ago.", "The refusal was only {n} days ago.", days
        ).format(n=days)
        advice = (
            _("Reapplying soon with nothing really changed generally ends the same way.")
            if not proven
            else _("Make sure the changes are real and settled, not just planned.")
        )
        found.append(f"{recent} {advice}")
    if _sentences(answer) > 1 or len(answer.split()) > MAX_ANSWER_WORDS:
        found.append(
            _("Keep the answer to one sentence of at most {n} words.").format(n=MAX_ANSWER_WORDS)
        )
    return found


def _sentences(text: str) -> int:
    """Sentences end in lower case or a digit and the next begins in capitals ("U.S." is none)."""
    return len([s for s in re.split(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z])", text.strip()) if s])


def tidy_answer(text: str) -> str:
    """The answer as one line: people paste it from notes with stray line breaks."""
    return " ".join(text.split())
