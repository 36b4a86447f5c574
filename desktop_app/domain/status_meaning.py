"""What a CEAC reading means, in plain words — general information, never legal advice.

The immigrant-visa statuses (At NVC … Transfer in Progress) name where the case is between the
National Visa Center and the consulate; the texts say that, and what the applicant can do.
"""

from __future__ import annotations

from desktop_app.domain.ceac import ADMIN_PROCESSING, SEE_LETTER, UNKNOWN, CeacReading

NOTICE = "General information, not legal advice. Only a letter from the consulate settles a case."

_BY_STATUS = {
    "Application Receipt Pending": "The consulate has not yet logged your application as received.",
    "Application Received": "The consulate has your application; no decision is shown yet.",
    "Administrative Processing": (
        "Your case is in administrative processing: no final decision yet. Posts ask applicants "
        "not to inquire before 60 to 180 days; keep recording what the page shows."
    ),
    "Approved": (
        "Approved usually means the visa will be printed within days, but it can still change "
        "while the passport is held. Watch for Issued and the courier's tracking."
    ),
    "Issued": "Your visa is in final processing: it is being printed and the passport returned.",
    "Ready": (
        "The case is ready for its next step — for an immigrant visa usually the consulate's "
        "interview; follow the instructions given."
    ),
    "No Status": "CEAC has no status for this number; check the number and the location chosen.",
    "At NVC": (
        "The immigrant case is at the National Visa Center, which collects fees and documents "
        "before the consulate can schedule an interview."
    ),
    "In Transit": (
        "The case is on its way from the National Visa Center to the consulate (or between "
        "posts); the consulate's next step follows once it arrives."
    ),
    "Expiring Soon": (
        "The case may be closed soon because nothing has happened on it for a long time; "
        "follow the National Visa Center's instructions now to keep it open."
    ),
    "Expired": (
        "The case was closed after a long time without action; ask the National Visa Center "
        "whether it can be reopened."
    ),
    "Return to NVC": (
        "The consulate sent the case back to the National Visa Center — after a 221(g) refusal "
        "this can mean the petition is on its way back to USCIS for review. Ask the consulate "
        "or NVC why."
    ),
    "Transfer in Progress": "The case is being transferred to another consulate.",
}


def explain(reading: CeacReading) -> str:
    if reading.status == "Refused":
        if reading.variant == ADMIN_PROCESSING:
            text = (
                "This long 'Refused' text is how CEAC shows 221(g) administrative processing "
                "since March 2020: it is not a final decision. Another adjudication follows "
                "once processing is complete."
            )
        elif reading.variant == SEE_LETTER:
            text = (
                "This short 'Refused' text means the letter you received at the interview "
                "decides: often a 214(b) refusal, sometimes a 221(g) request that later "
                "turns into Issued. Read the letter."
            )
        else:
            text = "The page says Refused; the letter you received tells why and what comes next."
    elif reading.status == UNKNOWN:
        text = "VisaCase could not recognise this status; the text is kept exactly as pasted."
    else:
        text = _BY_STATUS.get(reading.status, "")
    return f"{text} {NOTICE}"


def compare(previous: CeacReading | None, current: CeacReading) -> str | None:
    """A note when the status stayed but something under it moved: worth recording too."""
    if previous is None or previous.status != current.status:
        return None
    if previous.variant and current.variant and previous.variant != current.variant:
        now = "points to the letter" if current.variant == SEE_LETTER else "describes processing"
        return f"Same status, but its text changed: it now {now}. Read it closely."
    if (
        previous.case_last_updated
        and current.case_last_updated
        and current.case_last_updated > previous.case_last_updated
    ):
        return "Same status, but 'Case Last Updated' moved: the case is being worked on."
    return None
