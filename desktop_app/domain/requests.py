"""What a 221(g) slip asks for: a vocabulary of the usual items, and each item's state.

Slip colours differ by post and are kept as a label only; nothing is inferred from them. The
items' names are English, as the packet prints them, and marked for translation where shown.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from desktop_app.messages import N_

COMMON_ITEMS = {
    "employment_letter": N_("Employment verification letter"),
    "bank_statements": N_("Bank statements"),
    "pay_slips": N_("Pay slips"),
    "police_certificate": N_("Police certificate"),
    "passport_copies": N_("Copies of current and old passports and visas"),
    "cv": N_("CV / résumé"),
    "travel_history": N_("Travel history"),
    "medical": N_("Medical examination report"),
    "marriage_certificate": N_("Marriage certificate"),
    "birth_certificate": N_("Birth certificate"),
    "ds160_correction": N_("Corrected DS-160 confirmation page"),
    "other": N_("Other document"),
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
