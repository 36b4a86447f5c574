"""Application IDs, case numbers and passport numbers read from a document — cross-checked.

A number read from a page is never simply trusted. It is first repaired where its format makes
the repair certain: the fixed "AA0" of a DS-160 ID, the letters-then-digits places of an
immigrant case number, the check digits of a passport's machine-readable zone (``mrz``). It is
then compared with the numbers the case already holds: the same number is not suggested again;
one that differs only in characters OCR confuses becomes "probably <held> (read as <read>)",
with the characters named, for the user to confirm. Every repair says why it was made.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop_app.domain import identifiers, mrz, ocr_confusion
from desktop_app.domain.deadlines import day
from desktop_app.domain.ocr_confusion import ReadAs
from desktop_app.messages import N_, _, translated

_DS160 = re.compile(r"\bAA[0O][A-Z0-9]{7}\b")
_LOOSE_CASE_NUMBER = re.compile(r"\b[A-Z0-9]{3}[0-9OISZBL]{10}\b")
_MAX_CASE_REPAIRS = 2
_PASSPORT_LABEL = re.compile(
    r"passport\s*(?:no\.?|number|num\.?|#)?\s*[:.]?\s*(?P<number>[A-Z0-9]{6,9})\b",
    re.IGNORECASE,
)
PREFIX_REPAIR = N_("a DS-160 application ID always begins with AA0, so the O there is a zero")
CASE_REPAIR = N_(
    "an immigrant case number is three letters then ten digits, so each character is the kind "
    "its place holds"
)


@dataclass(frozen=True)
class Found:
    """One suggestion: which field, the proposed value, and the words it was read from."""

    field: str
    value: str
    evidence: str


@dataclass(frozen=True)
class Held:
    """The numbers the case already holds, each with the words that say whose it is
    ("Maria L. Santos's application ID")."""

    identifiers: Mapping[str, str] = field(default_factory=dict)
    passport_numbers: Mapping[str, str] = field(default_factory=dict)
    birth_dates: Mapping[dt.date, str] = field(default_factory=dict)


def identifiers_in(text: str) -> list[str]:
    """Application IDs and case numbers mentioned in the text, repaired, in order, once each."""
    return list(dict.fromkeys(value for value, _raw, _why in _identifier_readings(text)))


def identifier_suggestions(text: str, held: Held) -> list[Found]:
    """The application IDs and case numbers to suggest, cross-checked with those ``held``."""
    found = []
    for value, raw, why in dict.fromkeys(_identifier_readings(text)):
        suggestion = _cross_checked("identifier", value, raw, why, held.identifiers)
        if suggestion is not None:
            found.append(_with_context(suggestion, text, raw))
    return _once_each(found)


def passport_suggestions(text: str, held: Held) -> list[Found]:
    """Passport numbers written after the word "passport", or in a passport's machine-readable
    line; a number needs a digit, so "Passport Number: SANTOS" is not one. A number printed on
    the page and read again in the machine-readable zone is one suggestion: the zone's."""
    printed = _printed_passport_numbers(text)
    zone: dict[str, Found | None] = {}
    for reading in mrz.read(text):
        suggestion = _from_zone(reading, held, [number for number, _ in printed])
        zone |= {reading.number_read_as: suggestion, reading.document_number: suggestion}
    found: list[Found | None] = []
    for number, context in printed:
        same = [z for z in zone if ocr_confusion.differences(number, z) is not None]
        if same:
            found.append(zone[same[0]])
            continue
        suggestion = _cross_checked("passport_number", number, number, "", held.passport_numbers)
        if suggestion is not None:
            found.append(
                Found(suggestion.field, suggestion.value, _join(suggestion.evidence, context))
            )
    found += zone.values()
    return _once_each([f for f in found if f is not None])


def _identifier_readings(text: str) -> list[tuple[str, str, str]]:
    """(repaired value, as read, why repaired) for each number, in the text's order."""
    upper = text.upper()
    readings = []
    for m in _DS160.finditer(upper):
        raw = m[0]
        readings.append(
            (m.start(), "AA0" + raw[3:], raw, translated(PREFIX_REPAIR) if raw[2] == "O" else "")
        )
    for m in _LOOSE_CASE_NUMBER.finditer(upper):
        raw = m[0]
        value = "".join(map(ocr_confusion.as_letter, raw[:3])) + "".join(
            map(ocr_confusion.as_digit, raw[3:])
        )
        repairs = sum(a != b for a, b in zip(raw, value, strict=True))
        if identifiers.is_case_number(value) and repairs <= _MAX_CASE_REPAIRS:
            readings.append((m.start(), value, raw, translated(CASE_REPAIR) if repairs else ""))
    return [(value, raw, why) for _at, value, raw, why in sorted(readings)]


def _cross_checked(
    field_name: str, value: str, raw: str, why: str, held: Mapping[str, str]
) -> Found | None:
    """None when the case holds the number already; "probably <held>" when it holds one OCR
    could have misread as this; else the number, saying how it was repaired, if it was."""
    if value in held:
        return None
    probable = ocr_confusion.closest(value, held)
    if probable is not None:
        read_as = ReadAs(probable.value, raw)
        return Found(
            field_name,
            read_as.value,
            _(
                "{phrase} — it differs from {whose} only where OCR confuses characters: {details}"
            ).format(phrase=read_as.phrase(), whose=held[read_as.value], details=read_as.details()),
        )
    if value != raw:
        return Found(field_name, value, f"{ReadAs(value, raw, probable=False).phrase()} — {why}")
    return Found(field_name, value, why)


def _from_zone(reading: mrz.MrzReading, held: Held, printed: list[str]) -> Found | None:
    """The zone's number, settled by its check digit, the case's numbers or the printed one."""
    number, evidence = reading.document_number, reading.evidence() + _born(reading, held)
    if reading.number_checked:
        if number in held.passport_numbers:
            return None
        differing = ocr_confusion.closest(number, held.passport_numbers)
        if differing is not None:
            evidence += " " + _(
                "The case holds {number} as {whose}, which differs only where OCR confuses "
                "characters: check which one is right."
            ).format(number=differing.value, whose=held.passport_numbers[differing.value])
        return Found("passport_number", number, evidence)
    for candidate in reading.candidates:
        if candidate in held.passport_numbers:
            read_as = ReadAs(candidate, number)
            why = _("the check digit agrees with it, and it is {whose}").format(
                whose=held.passport_numbers[candidate]
            )
        elif candidate in printed:
            read_as = ReadAs(candidate, number, probable=False)
            why = _("the number printed on the page and the zone's check digit agree")
        else:
            continue
        said = f"{read_as.phrase()} — {why}{reading.summary()}{_born(reading, held)}"
        return Found("passport_number", candidate, said)
    return _cross_checked("passport_number", number, number, evidence, held.passport_numbers)


def _born(reading: mrz.MrzReading, held: Held) -> str:
    """Whose date of birth the zone's is, when the case holds dates of birth."""
    if reading.birth_date is None or not held.birth_dates:
        return ""
    whose = held.birth_dates.get(reading.birth_date)
    if whose is not None:
        return " " + _("The birth date is {whose}.").format(whose=whose)
    return " " + _("No one in the case was born on {day}: is it their passport?").format(
        day=day(reading.birth_date)
    )


def _printed_passport_numbers(text: str) -> list[tuple[str, str]]:
    """(number, the words around it) after each "Passport No." label, once each."""
    found: dict[str, str] = {}
    for m in _PASSPORT_LABEL.finditer(text):
        number = m["number"].upper()
        if any(ch.isdigit() for ch in number) and not identifiers_in(number):
            found.setdefault(number, " ".join(_around(text, m.start(), m.end(), 10).split()))
    return list(found.items())


def _with_context(found: Found, text: str, raw: str) -> Found:
    flat = " ".join(text.split())
    at = flat.upper().find(raw)
    context = _around(flat, at, at + len(raw), 30) if at >= 0 else ""
    return Found(found.field, found.value, _join(found.evidence, context))


def _join(reason: str, context: str) -> str:
    return f"{reason} — “{context}”" if reason and context else reason or context


def _around(flat: str, start: int, end: int, margin: int) -> str:
    """The whole words within ``margin`` characters before ``start`` and after ``end`` — never
    half a word, so no half of another number escapes its mask."""
    begin, finish = max(0, start - margin), min(len(flat), end + margin)
    if begin and not flat[begin - 1].isspace():
        begin = min(start, flat.find(" ", begin) + 1 or start)
    if finish < len(flat) and not flat[finish].isspace():
        finish = max(end, flat.rfind(" ", 0, finish))
    return ("…" if begin else "") + flat[begin:finish] + ("…" if finish < len(flat) else "")


def _once_each(found: list[Found]) -> list[Found]:
    """The first suggestion of each value."""
    first: dict[tuple[str, str], Found] = {}
    for f in found:
        first.setdefault((f.field, f.value), f)
    return list(first.values())
