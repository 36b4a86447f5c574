"""What a 221(g) slip asks for: a vocabulary of the usual items, and each item's state.

Slip colours differ by post and are kept as a label only; nothing is inferred from them.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

COMMON_ITEMS = {
    "employment_letter": "Employment verification letter",
    "bank_statements": "Bank statements",
    "pay_slips": "Pay slips",
    "police_certificate": "Police certificate",
    "passport_copies": "Copies of current and old passports and visas",
    "cv": "CV / résumé",
    "travel_history": "Travel history",
    "medical": "Medical examination report",
    "marriage_certificate": "Marriage certificate",
    "birth_certificate": "Birth certificate",
    "ds160_correction": "Corrected DS-160 confirmation page",
    "other": "Other document",
}
CHANNELS = ("vac_dropoff", "courier", "email", "in_person")


class ItemState(Enum):
    MISSING = "missing"
    LINKED = "documents linked"
    SUBMITTED = "submitted"


def state_of(linked_documents: int, submitted_on: dt.date | None) -> ItemState:
    if submitted_on is not None:
        return ItemState.SUBMITTED
    return ItemState.LINKED if linked_documents else ItemState.MISSING


def label_for(code: str, text: str | None = None) -> str:
    return text or COMMON_ITEMS.get(code, COMMON_ITEMS["other"])
