"""Exporting the resubmission packet and remembering exactly what went out."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain import document_kinds
from desktop_app.domain.packet_plan import PacketPlan, SourceDocument, plan_packet
from desktop_app.errors import InvalidInputError
from desktop_app.packet.build import BuiltPacket, build_packet
from desktop_app.packet.pages import CoverFacts
from desktop_app.services import applicants, cases, documents, notices
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PacketVersion

PACKABLE = ("application/pdf", "image/jpeg", "image/png", "image/tiff")


@dataclass(frozen=True)
class PacketVersionView:
    id: int
    created_at: dt.datetime
    output_name: str
    output_sha256: str
    size: int
    page_count: int
    submitted_on: dt.date | None


def plan_for(
    case: CaseFile, document_ids: list[int] | None = None, *, duplex: bool = False
) -> PacketPlan:
    people = {p.id: p for p in applicants.list_applicants(case)}
    chosen = [
        d
        for d in documents.list_documents(case)
        if d.media_type in PACKABLE and (document_ids is None or d.id in document_ids)
    ]
    if not chosen:
        raise InvalidInputError("There are no PDF or image documents to put in a packet yet.")
    sources = [
        SourceDocument(
            id=d.id,
            title=d.title,
            kind=d.kind,
            kind_label=document_kinds.section_title(d.kind),
            pages=max(d.page_count, 1),
            applicant=people[d.applicant_id].name if d.applicant_id in people else "",
            principal=d.applicant_id not in people or people[d.applicant_id].role == "principal",
            translation_of=d.translation_of_id,
        )
        for d in chosen
    ]
    return plan_packet(sources, duplex=duplex)


def export_packet(
    case: CaseFile,
    target: Path,
    *,
    paper: str = "letter",
    duplex: bool = False,
    document_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BuiltPacket:
    plan = plan_for(case, document_ids, duplex=duplex)
    info = cases.get_case_info(case)
    people = applicants.list_applicants(case)
    facts = CoverFacts(
        title=info.title,
        post=info.post or "",
        visa_class=info.visa_class or "",
        submitted_on=dt.date.today().strftime("%d %B %Y"),
        applicants=tuple(
            f"{p.name} ({p.role}) — {p.application_id or p.case_number or ''}" for p in people
        ),
        requested=tuple(f"{i.label} — {i.state.value}" for i in notices.list_requested_items(case)),
    )
    principal = next((p for p in people if p.role == "principal"), None)
    ident = (principal.application_id or principal.case_number or "") if principal else ""
    with tempfile.TemporaryDirectory(prefix="visacase-stage-") as tmp:
        needed = {p.document_id for p in plan.pages if p.document_id is not None}
        sources = {
            doc_id: documents.write_document_bytes(case, doc_id, Path(tmp) / str(doc_id))
            for doc_id in needed
        }
        built = build_packet(
            plan,
            sources,
            facts,
            Path(target),
            paper=paper,
            ident=ident,
            progress=progress,
            cancelled=cancelled,
        )
    _record(case, built, plan, paper=paper, duplex=duplex)
    return built


def list_packet_versions(case: CaseFile) -> list[PacketVersionView]:
    with case.session() as s:
        rows = s.scalars(select(PacketVersion).order_by(PacketVersion.created_at))
        return [
            PacketVersionView(
                r.id,
                r.created_at,
                r.output_name,
                r.output_sha256,
                r.size,
                r.page_count,
                r.submitted_on,
            )
            for r in rows
        ]


def _record(
    case: CaseFile, built: BuiltPacket, plan: PacketPlan, *, paper: str, duplex: bool
) -> None:
    hashes = {d.id: d.sha256 for d in documents.list_documents(case)}
    manifest = [
        {
            "document_id": doc_id,
            "title": title,
            "sha256": hashes.get(doc_id),
            "first_page": first,
            "last_page": last,
        }
        for section in plan.sections
        for doc_id, title, first, last in section.documents
    ]
    if plan.letter_document is not None:
        manifest.insert(
            0,
            {
                "document_id": plan.letter_document,
                "title": "221(g) letter",
                "sha256": hashes.get(plan.letter_document),
            },
        )
    case.require_writable()
    with case.session() as s, s.begin():
        s.add(
            PacketVersion(
                output_name=built.path.name,
                output_sha256=built.sha256,
                size=built.size,
                page_count=built.pages,
                options={"paper": paper, "duplex": duplex},
                manifest=manifest,
            )
        )
