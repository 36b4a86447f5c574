"""Suggesting what a document is from its text — with the evidence, never as a silent truth.

``suggestions_for`` gathers everything a text suggests, each with the words it came from, for
the user to accept or correct: its kind (``kind_reading``), its own date (``date_reading``), the
application IDs, case numbers and passport numbers it mentions, cross-checked with the case's
own (``number_reading``), and what it asks for (``slip_reading``): everything a 221(g) notice
lists, and from a consulate email the items of the usual vocabulary it lists (an email's other
numbered lines are rarely requests).
"""

from __future__ import annotations

from desktop_app.domain import date_reading, number_reading, slip_reading
from desktop_app.domain.kind_reading import suggest_kind
from desktop_app.domain.number_reading import Found, Held

__all__ = ["Found", "Held", "suggest_kind", "suggestions_for"]

EMAIL_ITEMS_FROM = "consulate_email"


def suggestions_for(
    text: str,
    *,
    day_first: bool | None = None,
    held: Held | None = None,
    media_type: str | None = None,
) -> list[Found]:
    """Everything the text suggests about its document, each with its evidence; numbers are
    compared with those the case ``held`` and not suggested again when it has them."""
    held = held or Held()
    found: list[Found] = []
    kind = suggest_kind(text, media_type=media_type)
    if kind is not None:
        evidence = f"{kind.reason} — “{kind.evidence}”" if kind.reason else kind.evidence
        found.append(Found("kind", kind.kind, evidence))
    date = date_reading.document_date(text, kind=kind.kind if kind else None, day_first=day_first)
    if date is not None:
        found.append(Found("document_date", date.date.isoformat(), date.evidence))
    found += number_reading.identifier_suggestions(text, held)
    found += number_reading.passport_suggestions(text, held)
    if kind is not None and kind.kind in {"notice_221g", EMAIL_ITEMS_FROM}:
        found += [
            Found("requested_item", item.code, item.line)
            for item in slip_reading.requested_items(text)
            if kind.kind == "notice_221g" or item.code != "other"
        ]
    return found
