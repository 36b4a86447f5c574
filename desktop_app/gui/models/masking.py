"""How identifiers are shown right now: masked (someone may be looking on) or in full.

One small value the window hands to every model and panel that shows a document's title or
text, so the View → Show full identifiers switch reaches them all at once. Application IDs and
case numbers are found by their shape; a passport number has none, so the case's own numbers
are passed in as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain import identifiers
from desktop_app.services.applicants import ApplicantView


@dataclass(frozen=True)
class Masking:
    reveal: bool = False
    numbers: tuple[str, ...] = ()
    """The case's own passport numbers, application IDs and case numbers."""

    def __call__(self, text: str) -> str:
        return text if self.reveal else identifiers.mask_in_text(text, also=self.numbers)


def for_people(people: Iterable[ApplicantView], *, reveal: bool) -> Masking:
    """Masking that also hides each applicant's passport number, application ID and case number."""
    return Masking(reveal, tuple(n for p in people for n in p.numbers))
