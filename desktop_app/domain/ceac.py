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
from desktop_app.errors import InvalidInputError
from desktop_app.messages import _

LONGEST_PASTE = 200_000  # a status page's text is about 2,000 characters; an email with it, 50,000
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
_DATE = r"(\d{1,2})\s?-\s?([A-Za-z]{3})\s?-\s?(\d{4})"
# "U.S. Embassy", "US Consulate General" (older pages wrote no periods), "United States Embassy";
# the place follows, sometimes after "in". Capitals are checked in code, as \w knows no case.
_POST = re.compile(
    r"(?<![^\W\d_])(?i:u\.?\s?s\.?|united\s+states)\s*(?i:(embassy|consulate\s+general|consulate))"
    r"(?:\s+(?i:in|at))?\s+(?=(?P<place>[^\W\d_][\w'\-.]*(?:\s+[^\W\d_][\w'\-.]*){0,5}))"
)
_KIND = {"embassy": "Embassy", "consulate general": "Consulate General", "consulate": "Consulate"}
# Lower-case words inside a place's name ("Rio de Janeiro", "Dar es Salaam").
_PARTICLES = frozenset({"de", "da", "do", "dos", "du", "es", "el", "la", "au", "al"})
# Page words that follow a post name on one line, or show it is no name ("Embassy or Consulate").
_PAGE_WORDS = (
    "for please if your the case status close print or and where within to this contact "
    "home help copyright skip select application visa immigrant nonimmigrant national note "
    "you we back on at by is has will was website webpage"
)
_NOT_PLACE = frozenset(_PAGE_WORDS.split())
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
    """What a pasted CEAC status page says. More text than a status page and the email around
    it could hold (``LONGEST_PASTE``) is a wrong paste: it is refused before it is searched,
    which would take a minute for 67 MB, and before noise in it passes for an application ID."""
    if len(text) > LONGEST_PASTE:
        raise InvalidInputError(
            _(
                "That is {size:,} characters, far more than a CEAC status page; copy only the "
                "page's text and paste again."
            ).format(size=len(text))
        )
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
    updated = re.search(rf"{_words('case last updated')}\s*:?\s*{_DATE}\s*", lower)
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
    found = re.search(rf"{_words(label)}\s*:?\s*{_DATE}", flat, re.IGNORECASE)
    if not found:
        return None
    day, month, year = found.groups()
    try:
        return dt.date(int(year), _MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None


def _words(label: str) -> str:
    """A label's words, the spaces between them perhaps lost in the paste."""
    return r"\s*".join(map(re.escape, label.split()))


def _identifier(upper: str) -> str | None:
    """The number after its label first: with line breaks lost it runs into "Case Created".

    Text read from a screenshot may give the DS-160 ID's fixed "AA0" as "AAO"; that is repaired.
    """
    upper = re.sub(r"(?<![A-Z0-9])AAO(?=[A-Z0-9]{7})", "AA0", upper)
    labelled = _LABELLED_ID.search(upper)
    if labelled:
        return labelled.group(1)
    loose = _LOOSE_ID.search(upper)
    return loose.group(0) if loose else None


def _post(text: str) -> str | None:
    """The last embassy/consulate named, read within a line so page words do not run into it.

    Lines pasted all in capitals or all in lower case are title-cased first, so the place name
    can still be told from the words around it; words glued by a lost line break are split
    apart.
    """
    segments = [_cased(seg) for seg in re.split(r"\n|\s{2,}", text) if seg.strip()]
    places = [place for seg in segments for place in _posts_in(seg)]
    if not places:  # the name itself was broken over lines, or every space doubled
        places = _posts_in(_cased(" ".join(text.split())))
    return places[-1] if places else None


def _cased(segment: str) -> str:
    if segment.isupper() or segment.islower():
        return re.sub(
            r"\b([a-z])\.\s?([a-z])\.", lambda m: f"{m[1]}.{m[2]}.".upper(), segment.title()
        )
    return segment


def _posts_in(segment: str) -> list[str]:
    places = []
    unglued = re.sub(r"([a-z])([A-Z])", r"\1 \2", " ".join(segment.split()))
    for found in _POST.finditer(unglued):
        place = _place(found["place"].split())
        if place:
            kind = _KIND[" ".join(found.group(1).lower().split())]
            places.append(f"U.S. {kind} {place}")
    return places


def _place(words: list[str]) -> str:
    """The words of a place's name: capitalised, with particles between, until a page word."""
    name: list[str] = []
    for n, word in enumerate(words):
        bare = word.rstrip(".")
        following = words[n + 1] if n + 1 < len(words) else ""
        if bare.lower() in _NOT_PLACE:
            break
        if bare.lower() in _PARTICLES and name and following[:1].isupper():
            name.append(bare.lower())
        elif bare[:1].isupper():
            name.append(_particles_lowered(bare))
        else:
            break
        if word.endswith("."):
            break
    return " ".join(name)


def _particles_lowered(word: str) -> str:
    """ "Port-Au-Prince" (from a title-cased paste) → "Port-au-Prince"."""
    parts = word.split("-")
    return "-".join(
        p.lower() if 0 < n < len(parts) - 1 and p.lower() in _PARTICLES else p
        for n, p in enumerate(parts)
    )
