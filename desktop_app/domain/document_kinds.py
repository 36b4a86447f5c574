"""The kinds of document a case holds, with the names people and packet tabs use for them."""

from __future__ import annotations

LABELS = {
    "notice_221g": "221(g) notice",
    "refusal_214b": "214(b) refusal letter",
    "ceac_status": "CEAC status page",
    "passport_tracking": "Passport tracking",
    "consulate_email": "Consulate email",
    "instructions": "Instructions from the post",
    "passport_copy": "Passport / visa copy",
    "employment_letter": "Employment letter",
    "pay_slips": "Pay slips",
    "bank_statement": "Bank statement",
    "police_certificate": "Police certificate",
    "civil_document": "Civil document",
    "cv": "CV",
    "travel_history": "Travel history",
    "medical": "Medical",
    "other": "Other",
}
SECTION_TITLES = {
    "employment_letter": "Employment letter",
    "bank_statement": "Bank statements",
    "pay_slips": "Pay slips",
    "police_certificate": "Police certificate",
    "civil_document": "Civil documents",
    "passport_copy": "Passport and visa copies",
    "cv": "CV",
    "travel_history": "Travel history",
    "medical": "Medical report",
}
OTHER_SECTION = "Other supporting documents"


def label(kind: str) -> str:
    return LABELS.get(kind, kind.replace("_", " ").capitalize())


def section_title(kind: str) -> str:
    return SECTION_TITLES.get(kind, OTHER_SECTION)
