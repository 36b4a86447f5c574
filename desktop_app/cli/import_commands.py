"""``visacase import``: take files, folders and saved emails into a case, read them, and say what
became of each one — the command-line twin of dropping files on the window.

Import goes through the same intake the window uses (recognise, check, store each file in one
transaction), then reads the new documents' text and suggests what they are, so the line printed
for each file already says what it seems to be.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.output import add_json_flag, emit
from desktop_app.messages import N_, _, ngettext, translated

if TYPE_CHECKING:
    from desktop_app.services.intake import IntakeOutcome
    from desktop_app.store.casefile import CaseFile

EXIT_STATUS = N_("""\
exit status:
  0  at least one file was imported, or every file was already in the case
     (files refused along the way are listed, one line each)
  2  nothing was imported: every file was refused or no file was found,
     or the case file could not be opened or changed
""")
OCR_MISSING = N_(
    "text recognition (Tesseract) is not installed, so {count} scan(s) and photo(s) were "
    "imported without their text; install it and run 'visacase read' to read them"
)


@dataclass(frozen=True)
class ImportReport:
    """One line of the answer: a file, or an attachment ``inside`` an email."""

    file: str
    inside: str | None
    status: str
    reason: str = ""
    document_id: int | None = None
    kind: str | None = None
    media_type: str = ""
    kind_suggested: str | None = None
    pages: int = 0
    attachments: int = 0
    text_found: bool = False
    note: str = ""


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help=_("import files, folders and saved emails; read them and suggest what they are"),
        description=_(
            "Import PDFs, scans and photos (JPEG, PNG, TIFF, WebP, HEIC, AVIF) and saved "
            "emails (.eml, Outlook .msg) with their attachments. Folders are walked. Files are "
            "recognised by their contents, not their names; a file that cannot be taken is "
            "refused with the reason and the others still import."
        ),
        epilog=translated(EXIT_STATUS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("case", type=Path)
    parser.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    add_json_flag(parser)
    parser.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    from desktop_app.ingest import ocr
    from desktop_app.services import intake, reading

    def work(case: CaseFile) -> int:
        outcomes = intake.take_in(case, args.paths)
        added = [o.document_id for o in outcomes if o.status == "added" and o.document_id]
        if added:
            reading.read_documents(case, added)
        reports = [_report(case, o, outcomes) for o in outcomes]
        unread = sum(r.media_type.startswith("image/") and not r.text_found for r in reports)
        notice = (
            translated(OCR_MISSING).format(count=unread) if unread and not ocr.available() else None
        )
        lines = [_line(r) for r in reports] or [_("nothing to import: no files were found")]
        if notice:
            lines.append(notice)
        emit(args, {"files": reports, "ocr_missing": notice}, lines)
        return exit_status(outcomes)

    return with_case(args, work)


def exit_status(outcomes: list[IntakeOutcome]) -> int:
    """0 when something was imported or everything was already there; 2 when nothing came in."""
    if any(o.status == "added" for o in outcomes):
        return 0
    if outcomes and all(o.status == "duplicate" for o in outcomes):
        return 0
    return 2


def _report(case: CaseFile, o: IntakeOutcome, outcomes: list[IntakeOutcome]) -> ImportReport:
    from desktop_app.services import documents, reading

    inside = o.inside.name if o.inside is not None else None
    name = o.path.name if o.inside is not None else str(o.path)
    if o.status != "added" or o.document_id is None:
        return ImportReport(name, inside, o.status, o.reason, o.document_id)
    doc = documents.get_document(case, o.document_id)
    kinds = [s.value for s in reading.list_suggestions(case, doc.id) if s.field == "kind"]
    return ImportReport(
        file=name,
        inside=inside,
        status="added",
        document_id=doc.id,
        kind=doc.kind,
        media_type=doc.media_type,
        kind_suggested=kinds[0] if kinds else None,
        pages=doc.page_count,
        attachments=sum(c.inside == o.path and c.status != "refused" for c in outcomes),
        text_found=bool(documents.get_document_text(case, doc.id).strip()),
        note=o.note,
    )


def _line(r: ImportReport) -> str:
    from desktop_app.domain.document_kinds import label

    name = _("{file} in {email}").format(file=r.file, email=r.inside) if r.inside else r.file
    if r.status == "refused":
        return _("refused {name}: {reason}").format(name=name, reason=r.reason)
    if r.status == "duplicate":
        return _("duplicate {name}: already in the case as document {id}").format(
            name=name, id=r.document_id
        )
    text = _("text found") if r.text_found else _("no text")
    if r.kind == "consulate_email":
        attachments = ngettext("{n} attachment", "{n} attachments", r.attachments)
        facts = _("{kind}, {attachments}, {text}").format(
            kind=translated(label(r.kind)).lower(),
            attachments=attachments.format(n=r.attachments),
            text=text,
        )
    else:
        suggested = translated(label(r.kind_suggested)) if r.kind_suggested else _("none")
        pages = ngettext("{n} page", "{n} pages", r.pages).format(n=r.pages)
        facts = _("kind suggested: {kind}, {pages}, {text}").format(
            kind=suggested, pages=pages, text=text
        )
    said = _("imported {name} ({facts})").format(name=name, facts=facts)
    return f"{said} — {r.note}" if r.note else said
