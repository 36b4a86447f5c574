"""The kinds of document a case holds, with the names people and packet tabs use for them.

The names are English, as the packet (written for the consulate) prints them; they are marked for
translation, and the window and the command line show them through ``messages.translated``.
"""

from __future__ import annotations

from desktop_app.messages import N_

LABELS = {
    "notice_221g": N_("221(g) notice"),
    "refusal_214b": N_("214(b) refusal letter"),
    "ceac_status": N_("CEAC status page"),
    "passport_tracking": N_("Passport tracking"),
    "consulate_email": N_("Consulate email"),
    "instructions": N_("Instructions from the post"),
    "passport_copy": N_("Passport / visa copy"),
    "employment_letter": N_("Employment letter"),
    "pay_slips": N_("Pay slips"),
    "bank_statement": N_("Bank statement"),
    "police_certificate": N_("Police certificate"),
    "civil_document": N_("Civil document"),
    "cv": N_("CV"),
    "travel_history": N_("Travel history"),
    "medical": N_("Medical"),
    "other": N_("Other"),
}
SECTION_TITLES = {
    "employment_letter": N_("Employment letter"),
    "bank_statement": N_("Bank statements"),
    "pay_slips": N_("Pay slips"),
    "police_certificate": N_("Police certificate"),
    "civil_document": N_("Civil documents"),
    "passport_copy": N_("Passport and visa copies"),
    "cv": N_("CV"),
    "travel_history": N_("Travel history"),
    "medical": N_("Medical report"),
}
OTHER_SECTION = N_("Other supporting documents")


def label(kind: str) -> str:
    return LABELS.get(kind, kind.replace("_", " ").capitalize())


def section_title(kind: str) -> str:
    return SECTION_TITLES.get(kind, OTHER_SECTION)
