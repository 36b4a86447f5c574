"""What kind of document a text is: weighed clues, the strongest shown as the evidence.

A document's own nature comes first: an email is an email (it has From/Subject lines, or came
in as a saved email), a sheet of instructions addresses "applicants who…", a passport has its
machine-readable zone, a statement has its period and balances. A 221(g) *notice* needs its own
wording ("your application is refused under Section 221(g)", "the documents marked below") or
its layout (tick boxes beside the usual items) — a mere mention of 221(g), as every email and
instruction sheet about one makes, weighs least and is never enough on its own.

Each clue (``kind_clues``) has a weight: ``NATURE`` for what the document is, ``WORDING`` for the
phrases such a document uses of itself, ``MENTION`` for a word that only hints. The kind with the
highest total wins if it reaches ``WORDING``; ties go to the earlier kind in ``CLUES``. Clues are
matched on the text's lines, on the text run together (a sentence OCR broke over two lines), and
on copies with OCR's usual slips undone ("rn" for "m", digits inside words). A slip's layout —
tick boxes beside the usual items, one ticked — counts as its nature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain import document_kinds, slip_reading
from desktop_app.domain.kind_clues import CLUES, NATURE, WORDING, G
from desktop_app.messages import _, translated

EMAIL_TYPES = frozenset({"message/rfc822", "application/vnd.ms-outlook"})
MIN_BOX_LINES = 3
# What a document is shows on its first pages; a 200-page bundle is not read to the end for it.
READ_AT_MOST = 15_000
MIN_USUAL_ITEMS = 2
_SLIP_WORDS = re.compile(rf"{G}|consular", re.IGNORECASE)
_COMPILED = tuple(
    (kind, weight, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    for kind, weight, pattern in CLUES
)
_KINDS = tuple(dict.fromkeys(kind for kind, _, _ in CLUES))


@dataclass(frozen=True)
class KindSuggestion:
    """The kind, the words it was read from, and — when a hint was outweighed — why."""

    kind: str
    evidence: str
    reason: str = ""


def suggest_kind(text: str, *, media_type: str | None = None) -> KindSuggestion | None:
    """The kind the text's clues weigh most for, or None when nothing reaches ``WORDING``."""
    lines = "\n".join(" ".join(line.split()) for line in text[:READ_AT_MOST].splitlines())
    flat = " ".join(lines.split())
    readings = (lines, flat, _undo_ocr_slips(lines), _undo_ocr_slips(flat))
    scores = dict.fromkeys(_KINDS, 0)
    best_clue: dict[str, tuple[int, re.Match[str]]] = {}
    for kind, weight, pattern in _COMPILED:
        found = next(filter(None, (pattern.search(each) for each in readings)), None)
        if found is None:
            continue
        scores[kind] += weight
        if weight > best_clue.get(kind, (0, found))[0]:
            best_clue[kind] = (weight, found)
    if media_type in EMAIL_TYPES:
        scores["consulate_email"] += NATURE
    ticked = _slip_layout(lines)
    if ticked is not None:
        scores["notice_221g"] += NATURE
        best_clue["notice_221g"] = (NATURE, ticked)
    kind = max(_KINDS, key=lambda k: scores[k])
    if scores[kind] < WORDING:
        return None
    evidence = (
        _around(best_clue[kind][1]) if kind in best_clue else _("it came in as a saved email")
    )
    return KindSuggestion(kind, evidence, _outweighed(kind, scores))


def _slip_layout(lines: str) -> re.Match[str] | None:
    """The first ticked box of a slip's layout — tick boxes, at least one ticked, beside the
    usual items a slip asks for, on a page that names 221(g) or the consular section — or None.
    A drop-off form's boxes ("[X] Documents requested under 221(g)") are not the usual items."""
    rows = lines.splitlines()
    boxes = [
        row for row in rows if slip_reading.TICKED.match(row) or slip_reading.EMPTY_BOX.match(row)
    ]
    usual = [row for row in boxes if slip_reading.item_code(row) != "other"]
    ticked = next((row for row in rows if slip_reading.TICKED.match(row)), None)
    if len(boxes) < MIN_BOX_LINES or len(usual) < MIN_USUAL_ITEMS or ticked is None:
        return None
    if not _SLIP_WORDS.search(lines):
        return None
    return re.search(re.escape(ticked), lines)


def _outweighed(kind: str, scores: dict[str, int]) -> str:
    """Why a text that talks of 221(g) is not taken for the notice itself."""
    if kind != "notice_221g" and scores["notice_221g"] > 0:
        return _(
            "{kind} by what it is: it mentions 221(g), but only the notice's own wording or "
            "tick-box layout makes a 221(g) notice"
        ).format(kind=translated(document_kinds.label(kind)))
    return ""


def _around(found: re.Match[str], margin: int = 40) -> str:
    flat = " ".join(found.string.split())
    start_text = " ".join(found.string[: found.start()].split())
    at = len(start_text) + (1 if start_text else 0)
    length = len(" ".join(found[0].split()))
    start, end = max(0, at - margin), min(len(flat), at + length + margin)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def _undo_ocr_slips(text: str) -> str:
    text = text.replace("rn", "m")
    return re.sub(r"(?<=[a-z])[1058](?=[a-z])", lambda m: "losb"["1058".index(m[0])], text)
