"""A polite inquiry email to the consulate, written from the case's own facts.

It names what consular sections ask for in inquiries — the applicant, the application ID or case
number, passport number and date of birth — and the dates that matter. Nothing is sent: the user
copies it or opens it in their own mail program.

The wording follows where the case stands: a 221(g) case in processing asks for an update; one
whose year to reply has passed asks the post whether it can still take the documents (and
promises nothing); a 214(b) case writes about the new application, since the refusal itself was
a decision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class Person:
    name: str
    case_id: str
    passport: str
    born: dt.date | None


@dataclass(frozen=True)
class FollowUp:
    subject: str
    body: str
    note: str = ""
    """Said beside the draft, never in it: e.g. that follow-ups no longer apply."""

    def mailto(self, address: str = "") -> str:
        return f"mailto:{address}?subject={quote(self.subject)}&body={quote(self.body)}"


@dataclass(frozen=True)
class Situation:
    """Where the case stands, as far as the email's wording goes."""

    refusal_type: str = "221g"
    interview: dt.date | None = None
    submitted: dt.date | None = None
    refused_214b: dt.date | None = None
    """The 214(b) refusal, for a case that reapplies."""
    reapplied: dt.date | None = None
    """A new application (interview or dropbox) after that refusal."""
    reply_missed_on: dt.date | None = None
    """The 221(g) reply's due day, when it passed before everything went in."""


def draft(people: list[Person], post: str, situation: Situation, today: dt.date) -> FollowUp:
    ids = ", ".join(p.case_id for p in people if p.case_id) or "my application"
    if situation.refusal_type == "214b":
        subject, opening = (
            f"Status inquiry — new visa application — {ids}",
            _new_application(situation),
        )
    elif situation.reply_missed_on is not None:
        subject = f"Question about a 221(g) request after the one-year period — {ids}"
        opening = _after_the_year(situation, today)
    else:
        subject = f"Status inquiry — 221(g) administrative processing — {ids}"
        opening = _in_processing(situation, today)
    lines = [f"Dear Consular Section{f', {post}' if post else ''},", "", *opening, ""]
    for p in people:
        details = [
            f"Name: {p.name}",
            f"Application ID / case number: {p.case_id or '—'}",
            f"Passport number: {p.passport or '—'}",
        ]
        if p.born:
            details.append(f"Date of birth: {p.born:%d %B %Y}")
        lines += [*details, ""]
    lines += [
        "I would be grateful for any update, or to know whether anything further is "
        "needed from me.",
        "",
        "Thank you for your time.",
        "",
        "Kind regards,",
        people[0].name if people else "",
    ]
    return FollowUp(subject, "\n".join(lines).rstrip() + "\n")


def _in_processing(situation: Situation, today: dt.date) -> list[str]:
    lines = [
        "I am writing to ask about the status of the visa application(s) below, which "
        "were refused under Section 221(g) pending further processing."
    ]
    if situation.interview:
        lines.append(f"The interview took place on {situation.interview:%d %B %Y}.")
    if situation.submitted:
        waited = (today - situation.submitted).days
        lines.append(
            f"The requested documents were submitted on {situation.submitted:%d %B %Y}, "
            f"{waited} days ago."
        )
    return lines


def _after_the_year(situation: Situation, today: dt.date) -> list[str]:
    """A 221(g) reply past its year: ask the post, promise nothing."""
    assert situation.reply_missed_on is not None
    lines = [
        "I am writing about the visa application(s) below, which were refused under Section "
        f"221(g). I understand the period to respond ended on {situation.reply_missed_on:%d %B %Y}."
    ]
    if situation.submitted and situation.submitted > situation.reply_missed_on:
        lines.append(f"The requested documents were submitted on {situation.submitted:%d %B %Y}.")
    lines.append(
        "Could you please tell me whether the requested documents can still be accepted, or "
        "whether a new application is needed?"
    )
    return lines


def _new_application(situation: Situation) -> list[str]:
    """A 214(b) refusal is a decision: the email is about the new application."""
    earlier = f" on {situation.refused_214b:%d %B %Y}" if situation.refused_214b else ""
    if situation.reapplied:
        return [
            "I am writing to ask about the status of the new visa application(s) below, "
            f"submitted on {situation.reapplied:%d %B %Y}.",
            f"An earlier application was refused under Section 214(b){earlier}; that refusal "
            "is disclosed on the new application.",
        ]
    return [
        "I am preparing a new visa application for the applicant(s) below. An earlier "
        f"application was refused under Section 214(b){earlier}, and I will disclose that "
        "refusal on the new application.",
    ]
