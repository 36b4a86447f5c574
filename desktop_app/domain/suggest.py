"""Suggesting what a document is from its text — with the evidence, never as a silent truth.

Each rule names a kind and the phrases that point to it; the first phrase found becomes the
evidence shown to the user, who accepts or corrects the suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def identifiers_in(text: str) -> list[str]:
    """Application IDs and case numbers mentioned in the text, in order, once each.

    Text recognition often reads the fixed "AA0" prefix as "AAO"; that one is safe to repair.
    Other O/0 confusions cannot be told apart, which is why identifiers stay suggestions.
    """
    found = re.findall(r"\bAA[0O][A-Z0-9]{7}\b|\b[A-Z]{3}\d{10}\b", text.upper())
    repaired = ["AA0" + f[3:] if f.startswith("AAO") else f for f in found]
    return list(dict.fromkeys(repaired))
