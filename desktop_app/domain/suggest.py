"""Suggesting what a document is from its text — with the evidence, never as a silent truth.

Each rule names a kind and the phrases that point to it; the first phrase found becomes the
evidence shown to the user, who accepts or corrects the suggestion. ``suggestions_for`` gathers
everything a text suggests: its kind, its own date (``date_reading``), the application IDs, case
numbers and passport numbers it mentions, cross-checked with the case's own (``number_reading``),
and — for a 221(g) notice — what it asks for (``slip_reading``).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain import date_reading, number_reading, slip_reading
from desktop_app.domain.number_reading import Found, Held

RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("notice_221g", ("section 221(g)", "221(g)", "221 (g)")),
    ("refusal_214b", ("section 214(b)", "214(b)")),
    ("ceac_status", ("case last updated", "application id or case number")),
    ("passport_tracking", ("ready for pickup", "being processed for delivery")),
    ("employment_letter", ("this is to certify that", "employed by", "employment verification")),
    ("bank_statement", ("statement of account", "account holder", "statement period")),
    ("pay_slips", ("payslip", "pay slip", "net pay")),
    ("police_certificate", ("police clearance", "police certificate", "nbi clearance")),
    ("civil_document", ("certificate of marriage", "marriage certificate", "birth certificate")),
    ("medical", ("medical examination", "panel physician")),
    ("cv", ("curriculum vitae", "work experience")),
)


@dataclass(frozen=True)
class KindSuggestion:
    kind: str
    evidence: str


def suggest_kind(text: str) -> KindSuggestion | None:
    flat = " ".join(text.split())
    lower = flat.lower()
    for kind, phrases in RULES:
        for phrase in phrases:
            at = lower.find(phrase)
            if at >= 0:
                return KindSuggestion(kind, _around(flat, at, len(phrase)))
    return None


def _around(flat: str, at: int, length: int, margin: int = 40) -> str:
    start, end = max(0, at - margin), min(len(flat), at + length + margin)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def suggestions_for(
    text: str, *, day_first: bool | None = None, held: Held | None = None
) -> list[Found]:
    """Everything the text suggests about its document, each with its evidence; numbers are
    compared with those the case ``held`` and not suggested again when it has them."""
    held = held or Held()
    found: list[Found] = []
    kind = suggest_kind(text)
    if kind is not None:
        found.append(Found("kind", kind.kind, kind.evidence))
    date = date_reading.document_date(text, kind=kind.kind if kind else None, day_first=day_first)
    if date is not None:
        found.append(Found("document_date", date.date.isoformat(), date.evidence))
    found += number_reading.identifier_suggestions(text, held)
    found += number_reading.passport_suggestions(text, held)
    if kind is not None and kind.kind == "notice_221g":
        found += [
            Found("requested_item", item.code, item.line)
            for item in slip_reading.requested_items(text)
        ]
    return found
