"""A polite inquiry email to the consulate, written from the case's own facts.

It names what consular sections ask for in inquiries — the applicant, the application ID or case
number, passport number and date of birth — and the dates that matter. Nothing is sent: the user
copies it or opens it in their own mail program.
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

    def mailto(self, address: str = "") -> str:
        return f"mailto:{address}?subject={quote(self.subject)}&body={quote(self.body)}"


def draft(
    people: list[Person],
    post: str,
    interview: dt.date | None,
    submitted: dt.date | None,
    today: dt.date,
) -> FollowUp:
    ids = ", ".join(p.case_id for p in people if p.case_id) or "my application"
    subject = f"Status inquiry — 221(g) administrative processing — {ids}"
    lines = [
        f"Dear Consular Section{f', {post}' if post else ''},",
        "",
        "I am writing to ask about the status of the visa application(s) below, which "
        "were refused under Section 221(g) pending further processing.",
    ]
    if interview:
        lines.append(f"The interview took place on {interview:%d %B %Y}.")
    if submitted:
        waited = (today - submitted).days
        lines.append(
            f"The requested documents were submitted on {submitted:%d %B %Y}, {waited} days ago."
        )
    lines.append("")
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
