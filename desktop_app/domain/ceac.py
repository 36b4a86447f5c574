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
    r"U\.\s?S\.\s+(Embassy|Consulate General|Consulate)\s+(?:in\s+)?"
    r"([A-Z][A-Za-z'\-]+(?:\s+[A-Z][A-Za-z'\-]+)*)"
)
APPLICATION_ID = re.compile(r"\bAA0[A-Z0-9]{7}\b")
CASE_NUMBER = re.compile(r"\b[A-Z]{3}\d{10}\b")


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
    label = re.search(r"\bstatus\s*:?\s*(.{0,40})", flat, re.IGNORECASE)
    if label:
        following = label.group(1).lower()
        for name in by_length:
            if following.startswith(name.lower()):
                return name
    for name in by_length:
        if lower.startswith(name.lower()):
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
    found = APPLICATION_ID.search(upper) or CASE_NUMBER.search(upper)
    return found.group(0) if found else None


def _post(text: str) -> str | None:
    """The last embassy/consulate named, read within a line so page words do not run into it."""
    segments = [seg for seg in re.split(r"\n|\s{2,}", text) if seg.strip()]
    found = [m for seg in segments for m in _POST.finditer(" ".join(seg.split()))]
    if not found:
        return None
    kind, place = found[-1].groups()
    place = re.split(r"\s+(?:For|Please|If|Your|The|Case|Status|Close|Print)\b", place)[0]
    return f"U.S. {kind} {place}"
