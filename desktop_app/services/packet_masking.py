"""The packet's inputs with identifiers masked, for a preview shown while the window masks them.

Someone may be looking at the screen: the preview is still the real packet, built by the same
code, but its cover lines, labels, stamps and typed labels get each applicant's passport number,
application ID and case number (and any other ID by its shape) masked as the window masks them
(``domain.identifiers``). Only the inputs change, never the building; a packet saved or printed
never comes through here.
"""

from __future__ import annotations

import dataclasses

from desktop_app.domain.identifiers import mask_in_text
from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import SourceDocument
from desktop_app.packet.pages import CoverFacts
from desktop_app.services import applicants
from desktop_app.store.casefile import CaseFile


def masked(
    case: CaseFile,
    facts: CoverFacts,
    ident: str,
    sources: list[SourceDocument],
    options: PacketOptions,
) -> tuple[CoverFacts, str, list[SourceDocument], PacketOptions]:
    """The cover's facts, the stamps' identifier, the documents and the typed labels, masked."""
    numbers = tuple(n for p in applicants.list_applicants(case) for n in p.numbers)

    def shown(text: str) -> str:
        return mask_in_text(text, also=numbers)

    facts = dataclasses.replace(
        facts,
        title=shown(facts.title),
        applicants=tuple(shown(line) for line in facts.applicants),
        requested=tuple(
            dataclasses.replace(r, label=shown(r.label), reason=shown(r.reason))
            for r in facts.requested
        ),
        changes=tuple(shown(change) for change in facts.changes),
    )
    sources = [
        dataclasses.replace(s, title=shown(s.title), reference=shown(s.reference)) for s in sources
    ]
    options = dataclasses.replace(
        options, labels={key: shown(label) for key, label in options.labels.items()}
    )
    return facts, shown(ident), sources, options
