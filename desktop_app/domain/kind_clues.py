"""The clues ``kind_reading`` weighs: for each kind, the patterns that point to it and how much.

``NATURE`` is what the document is (an email's header lines, a passport's machine-readable zone,
a statement's period and balances); ``WORDING`` the phrases such a document uses of itself;
``MENTION`` a word that only hints. A 221(g) notice speaks *to* the applicant ("your application
is refused under Section 221(g)"); sheets and emails *about* one speak of "applicants who were
refused under 221(g)" or quote it — those are their own kinds' clues, not the notice's.
"""

from __future__ import annotations

NATURE, WORDING, MENTION = 6, 3, 1
G = r"22[1l]\s*\(\s*[gq9]\s*\)"
_SECTION = r"(?:s\w{4,6}n )?"
_VISA = r"(?:(?:visa|nonimmigrant visa|immigrant visa) )?"
_HEADER = r"^\s*(?:from|to|subject|sent|date|cc)\s*:.*$"
_REFERRED = (
    r"(?:applicants?|those|persons?|if you(?: have been| were| are)?|who(?: have been| were| are)?)"
)


def _any(*phrases: str) -> str:
    return rf"\b(?:{'|'.join(phrases)})\b"


CLUES: tuple[tuple[str, int, str], ...] = (
    ("consulate_email", NATURE, rf"{_HEADER}(?:\s*{_HEADER})+"),
    (
        "consulate_email",
        WORDING,
        _any(r"this (?:e-?mail|message)", "do not reply", "reply to this", "not monitored"),
    ),
    ("consulate_email", MENTION, r"\bdear (?:applicant|sir|madam|visa applicant)\b"),
    (
        "instructions",
        NATURE,
        r"\b(?:instructions|guidelines) (?:for|to) (?:applicants|submitting|(?:the )?submission)",
    ),
    (
        "instructions",
        NATURE,
        r"\bhow to (?:submit|send|return|deliver) (?:your|the|additional) (?:documents|passport)",
    ),
    (
        "instructions",
        WORDING,
        _any(
            r"step \d",
            "please follow (?:these|the) (?:steps|instructions)",
            "what to bring",
            "frequently asked questions",
        ),
    ),
    ("instructions", WORDING, rf"\b{_REFERRED} (?:refused|issued a refusal) under {_SECTION}{G}"),
    (
        "notice_221g",
        WORDING,
        rf"\b(?:your|this) {_VISA}(?:application|case) (?:is|has been|was) (?:temporarily )?"
        rf"refused (?:under|pursuant to) {_SECTION}{G}",
    ),
    ("notice_221g", WORDING, rf"\bnotice (?:of refusal )?under {_SECTION}{G}"),
    ("notice_221g", WORDING, rf"\bthis is to inform you that (?:your|the) {_VISA}application"),
    (
        "notice_221g",
        WORDING,
        r"\b(?:documents?|items?) (?:marked|checked|ticked|indicated) (?:below|with an? [\"'x])",
    ),
    (
        "notice_221g",
        WORDING,
        _any(
            "within one year of the date of this (?:letter|notice)",
            "return this (?:letter|sheet|form|notice) with",
        ),
    ),
    ("notice_221g", MENTION, G),
    ("refusal_214b", WORDING, r"\b(?:refused|ineligible) under (?:section )?214\s*\(\s*b\s*\)"),
    (
        "refusal_214b",
        WORDING,
        r"\b(?:you have not|you did not|not able to) (?:overcome|demonstrate|establish|show)",
    ),
    ("refusal_214b", MENTION, r"214\s*\(\s*b\s*\)"),
    (
        "ceac_status",
        NATURE,
        _any("case last updated", "application id or case number", "visa status check"),
    ),
    (
        "passport_tracking",
        WORDING,
        _any(
            "ready for pick ?up",
            "being processed for delivery",
            "has been delivered",
            "courier tracking",
            "tracking number",
        ),
    ),
    ("passport_copy", NATURE, r"^\s*p[<k][a-z<]{3}[a-z<]{10,}\s*$"),
    (
        "passport_copy",
        WORDING,
        _any("date of expiry", "place of birth", "given names?", "surname", "authority")
        + ".{0,120}?"
        + _any("nationality", "date of issue", "sex"),
    ),
    (
        "employment_letter",
        WORDING,
        _any(
            "this is to certify that .{0,80}(?:employed|working|employee)",
            "employment verification",
            "certificate of employment",
            "has been employed",
            "is employed",
        ),
    ),
    ("pay_slips", WORDING, _any("pay ?slip", "salary slip", "net pay", "gross pay", "pay period")),
    (
        "bank_statement",
        NATURE,
        _any(
            "statement of account",
            "account statement",
            "statement period",
            "opening balance",
            "closing balance",
        ),
    ),
    ("bank_statement", WORDING, r"\b(?:account holder|account (?:no|number)\.?:?)"),
    (
        "police_certificate",
        WORDING,
        _any(
            "police clearance",
            "police certificate",
            "nbi clearance",
            "no (?:derogatory|criminal) record",
            "certificate of good conduct",
        ),
    ),
    (
        "civil_document",
        WORDING,
        _any(
            "certificate of (?:marriage|live birth|birth)",
            "(?:marriage|birth) certificate",
            "registry number",
        ),
    ),
    (
        "medical",
        WORDING,
        _any("medical examination", "panel physician", "(?:immunization|vaccination) record"),
    ),
    ("cv", WORDING, _any("curriculum vitae", "work experience", "professional experience")),
    # A DS-160 confirmation page carries a passport's words without being one.
    (
        "other",
        NATURE,
        _any("online nonimmigrant visa application", "ds-160 confirmation"),
    ),
    ("travel_history", WORDING, _any("travel history", "countries visited", "entry and exit")),
)
