"""The case's packet settings: the packet as the user last arranged it.

Order, labels, paper, duplex, shrinking, the size budget, documents left out, which of the
packet's own pages to include, and whether to save a collation checklist are kept in the case
(one ``PacketSettings`` row, in the options-file form), so the packet dialog opens as it was left
and ``visacase export`` builds the same packet unless told otherwise. A case with none yet takes its
paper from the post's country. Documents removed since are dropped from what is read back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.domain.packet_options import (
    PacketOptions,
    options_from_data,
    paper_for_post,
    settings_of,
)
from desktop_app.errors import InvalidInputError
from desktop_app.services import cases, documents
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketSettings

ROW = 1


@dataclass(frozen=True)
class SavedPacket:
    options: PacketOptions
    checklist: bool = False


def load_packet_settings(case: CaseFile) -> SavedPacket:
    """The case's packet settings, or the defaults for its post when it has none (or ones this
    version cannot read)."""
    defaults = PacketOptions(paper=paper_for_post(cases.get_case_info(case).post or ""))
    with case.session() as s:
        row = s.get(PacketSettings, ROW)
        data, checklist = (dict(row.options), row.checklist) if row else (None, False)
    if data is None:
        return SavedPacket(defaults)
    try:
        options = options_from_data(data, defaults)
    except InvalidInputError:
        return SavedPacket(defaults)
    present = {d.id for d in documents.list_documents(case)}
    kept = tuple(i for i in options.excluded if i in present)
    return SavedPacket(replace(options, excluded=kept), checklist)


def save_packet_settings(case: CaseFile, options: PacketOptions, *, checklist: bool) -> None:
    """Keep ``options`` (less any one-off document list) as the case's packet settings."""
    case.require_writable()
    with case.session() as s, s.begin():
        row = s.get(PacketSettings, ROW) or PacketSettings(id=ROW)
        row.options = settings_of(options)
        row.checklist = checklist
        s.add(row)
