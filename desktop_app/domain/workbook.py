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

NOTICE = "General information, not legal advice. Nobody can promise a visa."


@dataclass(frozen=True)
class Point:
    key: str
    label: str
    hint: str


POINTS = (
    Point(
        "refusal_type",
        "Refusal type identified",
        "The letter names the section: 214(b) is a decision; 221(g) is not final and is "
        "answered, not reapplied for.",
    ),
    Point(
        "root_cause",
        "Honest root cause written down",
        "Why the officer was not convinced, in your own plain words — not a better story.",
    ),
    Point(
        "what_changed",
        "What really changed since the refusal",
        "Job, income, family, property, studies, travel: facts, each with a date.",
    ),
    Point(
        "ds160_consistent",
        "New DS-160 checked for consistency",
        "It agrees with the last application wherever nothing changed, and discloses the refusal.",
    ),
    Point(
        "evidence",
        "Evidence of each change gathered",
        "A document for every change: a contract, a payslip, a deed, an enrolment letter.",
    ),
    Point(
        "answer",
        "One-sentence answer to 'What changed since last time?'",
        "Short enough to say at the window without notes.",
    ),
)
KEYS = tuple(p.key for p in POINTS)
RECENT_REFUSAL_DAYS = 90
"""Under about three months reads as "reapplying right away": changes take time to show."""
MAX_ANSWER_WORDS = 40

REMINDERS = (
    "The new DS-160 must disclose the prior refusal: answer 'yes' to the question about "
    "previous refusals.",
    "Tell the same true story as last time; the officer can see the earlier application.",
    "Be wary of anyone selling a 'guaranteed' visa.",
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
        missing["what_changed"].append("nothing is written down as changed since the refusal")
    elif not proven:
        missing["evidence"].append("nothing changed has evidence")
    else:
        missing["evidence"] += [f"no evidence yet for: {c.text}" for c in changes if not c.evidence]
    if not answer.strip():
        missing["answer"].append("no one-sentence answer yet")
    blockers: list[str] = []
    for p in POINTS:
        if missing.get(p.key):
            blockers += missing[p.key]
        elif p.key not in done:
            blockers.append(f"not done: {p.label}")
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
            "This case is recorded as a 221(g): that is not a final decision. Answering the "
            "consulate's request is usually the path, not a new application."
        )
    elif refusal_type in ("unknown", "other"):
        found.append("The refusal type is not recorded as 214(b); the letter says which applies.")
    if refused_on is not None and 0 <= (today - refused_on).days < RECENT_REFUSAL_DAYS:
        days = (today - refused_on).days
        found.append(
            f"The refusal was only {days} days ago. "
            + (
                "Reapplying soon with nothing really changed generally ends the same way."
                if not proven
                else "Make sure the changes are real and settled, not just planned."
            )
        )
    if _sentences(answer) > 1 or len(answer.split()) > MAX_ANSWER_WORDS:
        found.append(f"Keep the answer to one sentence of at most {MAX_ANSWER_WORDS} words.")
    return found


def _sentences(text: str) -> int:
    """Sentences end in lower case or a digit and the next begins in capitals ("U.S." is none)."""
    return len([s for s in re.split(r"(?<=[a-z0-9][.!?])\s+(?=[A-Z])", text.strip()) if s])


def tidy_answer(text: str) -> str:
    """The answer as one line: people paste it from notes with stray line breaks."""
    return " ".join(text.split())
