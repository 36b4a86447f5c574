"""Reading text pasted from the CEAC visa status page.

People paste the whole page, just the paragraph, or a mangled copy with the line breaks gone. We
read the status, the text variant (which tells a 221(g) administrative-processing "Refused" from
a "see the letter" one since March 2020), the two dates, the application ID or case number and
the post. Whatever we cannot read stays ``None``/``unknown`` — never guessed — and the verbatim
text is kept by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.domain import identifiers

NONIMMIGRANT = (
    "Application Receipt Pending",
    "Application Received",
    "Administrative Processing",
    "Refused",
    "Approved",
    "Issued",
    "Ready",
    "No Status",
)
IMMIGRANT = (
    "At NVC",
    "In Transit",
    "Expiring Soon",
    "Expired",
    "Return to NVC",
    "Transfer in Progress",
)
STATUSES = tuple(dict.fromkeys(NONIMMIGRANT + IMMIGRANT))
UNKNOWN = "unknown"

ADMIN_PROCESSING = "administrative_processing"
SEE_LETTER = "see_letter"
_ADMIN_MARKERS = (
    "refused for administrative processing",
    "remain refused while undergoing such processing",
    "another adjudication once such processing is complete",
    "currently undergoing necessary administrative processing",
)
_LETTER_MARKERS = (
    "please see the letter you received",
    "please refer to the letter",
)
_ISSUED_MARKER = "your visa is in final processing"
_MONTHS = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DATE = r"(\d{1,2})-([A-Za-z]{3})-(\d{4})"
_POST = re.compile(
    r"U\.\s?S\.\s+(Embassy|Consulate General|Consulate)\s+(?:[Ii]n\s+)?"
    r"([A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)*)"
)
# Page words that follow a post name on one line, or show it is no name ("Embassy or Consulate").
_NOT_PLACE = re.compile(
    r"(?:^|\s+)(?:For|Please|If|Your|The|Case|Status|Close|Print|Or|And|Where|Within|To)\b"
)
_ANY_ID = rf"{identifiers.APPLICATION_ID}|{identifiers.CASE_NUMBER}"
_LABELLED_ID = re.compile(rf"CASE NUMBER\s*:?\s*({_ANY_ID})")
_LOOSE_ID = re.compile(rf"\b(?:{_ANY_ID})\b")


@dataclass(frozen=True)
class CeacReading:
    status: str
    variant: str | None
    case_created: dt.date | None
    case_last_updated: dt.date | None
    application_id: str | None
    post: str | None


def read(text: str) -> CeacReading:
    flat = " ".join(text.split())
    lower = flat.lower()
    status = _status(flat, lower)
    return CeacReading(
        status=status,
        variant=_variant(status, lower),
        case_created=_labelled_date(flat, "Case Created"),
        case_last_updated=_labelled_date(flat, "Case Last Updated"),
        application_id=_identifier(flat.upper()),
        post=_post(text),
    )


def _status(flat: str, lower: str) -> str:
    by_length = sorted(STATUSES, key=len, reverse=True)
    # Where the page puts the status: after a "Status:" label (a page header such as "Visa
    # Status Check" may come first), right after the "Case Last Updated" date (glued to it when
    # the line breaks were lost), or as the first words of a pasted paragraph.
    starts = [m.end() for m in re.finditer(r"\bstatus\b\s*:?\s*", lower)]
    updated = re.search(rf"case last updated\s*:?\s*{_DATE}\s*", lower)
    starts += [updated.end()] if updated else []
    for start in [*starts, 0]:
        for name in by_length:
            if lower.startswith(name.lower(), start):
                return name
    if any(marker in lower for marker in _ADMIN_MARKERS[:3] + _LETTER_MARKERS):
        return "Refused"
    if _ADMIN_MARKERS[3] in lower:
        return "Administrative Processing"
    if _ISSUED_MARKER in lower:
        return "Issued"
    for name in by_length:
        if re.search(rf"\b{re.escape(name.lower())}\b", lower):
            return name
    return UNKNOWN


def _variant(status: str, lower: str) -> str | None:
    if any(marker in lower for marker in _ADMIN_MARKERS) or status == "Administrative Processing":
        return ADMIN_PROCESSING
    if any(marker in lower for marker in _LETTER_MARKERS):
        return SEE_LETTER
    return None


def _labelled_date(flat: str, label: str) -> dt.date | None:
    found = re.search(rf"{label}\s*:?\s*{_DATE}", flat, re.IGNORECASE)
    if not found:
        return None
    day, month, year = found.groups()
    try:
        return dt.date(int(year), _MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None


def _identifier(upper: str) -> str | None:
    """The number after its label first: with line breaks lost it runs into "Case Created"."""
    labelled = _LABELLED_ID.search(upper)
    if labelled:
        return labelled.group(1)
    loose = _LOOSE_ID.search(upper)
    return loose.group(0) if loose else None


def _post(text: str) -> str | None:
    """The last embassy/consulate named, read within a line so page words do not run into it.

    Text pasted all in capitals or all in lower case is title-cased first, so the place name can
    still be told from the words around it; words glued by a lost line break are split apart.
    """
    if text.isupper() or text.islower():
        text = text.title()
    segments = [seg for seg in re.split(r"\n|\s{2,}", text) if seg.strip()]
    places = [place for seg in segments for place in _posts_in(seg)]
    if not places:  # every space doubled: the columns guess split the name itself
        places = _posts_in(text)
    return places[-1] if places else None


def _posts_in(segment: str) -> list[str]:
    places = []
    for found in _POST.finditer(re.sub(r"([a-z])([A-Z])", r"\1 \2", " ".join(segment.split()))):
        kind, place = found.groups()
        place = _NOT_PLACE.split(place)[0].strip()
        if place:
            places.append(f"U.S. {kind} {place}")
    return places
