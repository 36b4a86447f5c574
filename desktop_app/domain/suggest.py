"""Suggesting what a document is from its text — with the evidence, never as a silent truth.

Each rule names a kind and the phrases that point to it; the first phrase found becomes the
evidence shown to the user, who accepts or corrects the suggestion. ``suggestions_for`` gathers
everything a text suggests: its kind, its own date (``date_reading``), the application IDs, case
numbers and passport numbers it mentions, and — for a 221(g) notice — what it asks for
(``slip_reading``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain import date_reading, slip_reading

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


PASSPORT_LABEL = re.compile(
    r"passport\s*(?:no\.?|number|num\.?|#)?\s*[:.]?\s*(?P<number>[A-Z0-9]{6,9})\b",
    re.IGNORECASE,
)
MRZ_SECOND_LINE = re.compile(r"^(?P<number>[A-Z0-9<]{9})\d[A-Z<]{3}\d{6}\d[MF<]\d{6}", re.MULTILINE)


@dataclass(frozen=True)
class Found:
    """One suggestion: which field, the proposed value, and the words it was read from."""

    field: str
    value: str
    evidence: str


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


def identifiers_in(text: str) -> list[str]:
    """Application IDs and case numbers mentioned in the text, in order, once each.

    Text recognition often reads the fixed "AA0" prefix as "AAO"; that one is safe to repair.
    Other O/0 confusions cannot be told apart, which is why identifiers stay suggestions.
    """
    found = re.findall(r"\bAA[0O][A-Z0-9]{7}\b|\b[A-Z]{3}\d{10}\b", text.upper())
    repaired = ["AA0" + f[3:] if f.startswith("AAO") else f for f in found]
    return list(dict.fromkeys(repaired))


def passport_numbers_in(text: str) -> list[Found]:
    """Passport numbers written after the word "passport", or in a passport's machine-readable
    line; a number needs a digit, so "Passport Number: SANTOS" is not one."""
    found = [
        (m["number"].upper(), _around(text, m.start(), m.end() - m.start(), margin=10))
        for m in PASSPORT_LABEL.finditer(text)
    ]
    found += [(m["number"].strip("<"), m[0]) for m in MRZ_SECOND_LINE.finditer(text.upper())]
    unique = {}
    for number, evidence in found:
        if any(ch.isdigit() for ch in number) and not identifiers_in(number):
            unique.setdefault(number, " ".join(evidence.split()))
    return [Found("passport_number", n, e) for n, e in unique.items()]


def _evidence_of(text: str, value: str) -> str:
    """The words around a value (or its OCR-misread "AAO" form) where the text first has it."""
    flat = " ".join(text.split())
    upper = flat.upper()
    at = next((upper.find(v) for v in (value, "AAO" + value[3:]) if v in upper), -1)
    return value if at < 0 else _around(flat, at, len(value), margin=30)


def suggestions_for(text: str, *, day_first: bool | None = None) -> list[Found]:
    """Everything the text suggests about its document, each with its evidence."""
    found: list[Found] = []
    kind = suggest_kind(text)
    if kind is not None:
        found.append(Found("kind", kind.kind, kind.evidence))
    date = date_reading.document_date(text, kind=kind.kind if kind else None, day_first=day_first)
    if date is not None:
        found.append(Found("document_date", date.date.isoformat(), date.evidence))
    found += [
        Found("identifier", value, _evidence_of(text, value)) for value in identifiers_in(text)
    ]
    found += passport_numbers_in(text)
    if kind is not None and kind.kind == "notice_221g":
        found += [
            Found("requested_item", item.code, item.line)
            for item in slip_reading.requested_items(text)
        ]
    return found
