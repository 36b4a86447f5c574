"""What a CEAC reading means, in plain words — general information, never legal advice.

The immigrant-visa statuses (At NVC … Transfer in Progress) name where the case is between the
National Visa Center and the consulate; the texts say that, and what the applicant can do. They
come in the app's language; the status names themselves are CEAC's, in English as the page shows
them.
"""

from __future__ import annotations

from desktop_app.domain.ceac import ADMIN_PROCESSING, SEE_LETTER, UNKNOWN, CeacReading
from desktop_app.messages import N_, _, translated

NOTICE = N_(
    "General information, not legal advice. Only a letter from the consulate settles a case."
)

_BY_STATUS = {
    "Application Receipt Pending": N_(
        "The consulate has not yet logged your application as received."
    ),
    "Application Received": N_("The consulate has your application; no decision is shown yet."),
    "Administrative Processing": N_(
        "Your case is in administrative processing: no final decision yet. Posts ask applicants "
        "not to inquire before 60 to 180 days; keep recording what the page shows."
    ),
    "Approved": N_(
        "Approved usually means the visa will be printed within days, but it can still change "
        "while the passport is held. Watch for Issued and the courier's tracking."
    ),
    "Issued": N_(
        "Your visa is in final processing: it is being printed and the passport returned."
    ),
    "Ready": N_(
        "The case is ready for its next step — for an immigrant visa usually the consulate's "
        "interview; follow the instructions given."
    ),
    "No Status": N_(
        "CEAC has no status for this number; check the number and the location chosen."
    ),
    "At NVC": N_(
        "The immigrant case is at the National Visa Center, which collects fees and documents "
        "before the consulate can schedule an interview."
    ),
    "In Transit": N_(
        "The case is on its way from the National Visa Center to the consulate (or between "
        "posts); the consulate's next step follows once it arrives."
    ),
    "Expiring Soon": N_(
        "The case may be closed soon because nothing has happened on it for a long time; "
        "follow the National Visa Center's instructions now to keep it open."
    ),
    "Expired": N_(
        "The case was closed after a long time without action; ask the National Visa Center "
        "whether it can be reopened."
    ),
    "Return to NVC": N_(
        "The consulate sent the case back to the National Visa Center — after a 221(g) refusal "
        "this can mean the petition is on its way back to USCIS for review. Ask the consulate "
        "or NVC why."
    ),
    "Transfer in Progress": N_("The case is being transferred to another consulate."),
}


def explain(reading: CeacReading) -> str:
    if reading.status == "Refused":
        if reading.variant == ADMIN_PROCESSING:
            text = _(
                "This long 'Refused' text is how CEAC shows 221(g) administrative processing "
                "since March 2020: it is not a final decision. Another adjudication follows "
                "once processing is complete."
            )
        elif reading.variant == SEE_LETTER:
            text = _(
                "This short 'Refused' text means the letter you received at the interview "
                "decides: often a 214(b) refusal, sometimes a 221(g) request that later "
                "turns into Issued. Read the letter."
            )
        else:
            text = _(
                "The page says Refused; the letter you received tells why and what comes next."
            )
    elif reading.status == UNKNOWN:
        text = _("VisaCase could not recognise this status; the text is kept exactly as pasted.")
    else:
        text = translated(_BY_STATUS[reading.status]) if reading.status in _BY_STATUS else ""
    return f"{text} {translated(NOTICE)}"


def compare(previous: CeacReading | None, current: CeacReading) -> str | None:
    """A note when the status stayed but something under it moved: worth recording too."""
    if previous is None or previous.status != current.status:
        return None
    if previous.variant and current.variant and previous.variant != current.variant:
        if current.variant == SEE_LETTER:
            return _(
                "Same status, but its text changed: it now points to the letter. Read it closely."
            )
        return _("Same status, but its text changed: it now describes processing. Read it closely.")
    if (
        previous.case_last_updated
        and current.case_last_updated
        and current.case_last_updated > previous.case_last_updated
    ):
        return _("Same status, but 'Case Last Updated' moved: the case is being worked on.")
    return None
