"""Application IDs, immigrant case numbers and passport numbers: check, normalise, mask.

A nonimmigrant application ID is the DS-160 confirmation number: "AA0" and seven letters or
digits. An immigrant case number is a three-letter post code and ten digits. Passport numbers
vary by country, so only their shape is checked. Masking keeps enough to recognise a number on
screen or in a shared view without giving it away.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from desktop_app.messages import _

MASK = "•••"
APPLICATION_ID = r"AA0[A-Z0-9]{7}"
CASE_NUMBER = r"[A-Z]{3}\d{10}"
_APPLICATION_ID = re.compile(APPLICATION_ID)
_CASE_NUMBER = re.compile(CASE_NUMBER)
_PASSPORT = re.compile(r"[A-Z0-9]{6,12}")


def normalise(value: str) -> str:
    """Upper case without spaces or dashes, the way people type numbers off a letter."""
    return re.sub(r"[\s\-]", "", value).upper()


def is_application_id(value: str) -> bool:
    return bool(_APPLICATION_ID.fullmatch(normalise(value)))


def is_case_number(value: str) -> bool:
    return bool(_CASE_NUMBER.fullmatch(normalise(value)))


def is_passport_number(value: str) -> bool:
    return bool(_PASSPORT.fullmatch(normalise(value)))


def problem_with_case_id(value: str) -> str | None:
    """Why a typed application ID / case number is not valid, or None when it is."""
    if is_application_id(value) or is_case_number(value):
        return None
    clean = normalise(value)
    if clean.startswith("AA"):
        return _("A DS-160 application ID is AA0 followed by 7 letters or digits, e.g. AA00B7QPGN.")
    return _(
        "Enter a DS-160 application ID (e.g. AA00B7QPGN) or an immigrant case number: "
        "three letters and ten digits (e.g. MNL2023768001)."
    )


def mask(
    value: str | None, reveal: Collection[int] = (), mark: Callable[[str], str] | None = None
) -> str:
    """``AA00B7QPGN`` → ``AA00•••PGN``: the start and end stay, the middle is hidden.

    The characters at the ``reveal`` positions stay visible wherever they are — those a reading
    differs in from the case's own number, so the difference can be seen on a masked screen:
    ``mask("AA00ABO123", reveal={6})`` → ``AA00•••O123``. ``mark`` (HTML emphasis, say) is
    applied to each revealed character.
    """
    if not value:
        return ""
    clean = normalise(value)
    keep = 0 if len(clean) <= 5 else 4 if len(clean) >= 10 else 2
    tail = len(clean) - 3 if keep else len(clean)
    shown = [
        (mark or str)(ch) if n in reveal else ch if n < keep or n >= tail else None
        for n, ch in enumerate(clean)
    ]
    parts = [ch or MASK for n, ch in enumerate(shown) if ch or n == 0 or shown[n - 1]]
    return "".join(parts)


_IN_TEXT = re.compile(rf"\b(?:{APPLICATION_ID}|{CASE_NUMBER})\b", re.IGNORECASE)


def mask_in_text(text: str, also: tuple[str, ...] = (), reveal: Collection[int] = ()) -> str:
    """The text with every application ID and case number in it masked, and the given other
    numbers (a passport number, say) too: for showing pasted pages and evidence on screen.
    The given numbers keep the ``reveal`` positions visible (see ``mask``)."""
    given = {normalise(value) for value in also if value}

    def masked_one(number: str) -> str:
        return mask(number, reveal if normalise(number) in given else ())

    masked = _IN_TEXT.sub(lambda found: masked_one(found.group(0)), text)
    for value in sorted(filter(None, also), key=len, reverse=True):
        masked = masked.replace(value, masked_one(value))
    return masked
