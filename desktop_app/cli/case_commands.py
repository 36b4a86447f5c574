"""Commands on the case file itself: new, info, add, list, remove, applicant, check."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli import passphrase
from desktop_app.cli.numbers import record_id
from desktop_app.cli.output import add_json_flag, emit, parse_date
from desktop_app.domain.case_terms import REFUSAL_TYPES, ROLES
from desktop_app.errors import PassphraseError
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help=_("create a new case file"))
    new.add_argument("path", type=Path)
    new.add_argument("--title", required=True, help=_("a name for the case, e.g. the applicant's"))
    new.add_argument("--post", help=_("embassy or consulate, e.g. 'U.S. Embassy Manila'"))
    new.add_argument("--visa-class", help=_("e.g. B1/B2, F1, H1B, IR1"))
    new.add_argument("--refusal-type", choices=REFUSAL_TYPES, default="unknown")
    new.add_argument(
        "--protect",
        action="store_true",
        help=_("encrypt the case file with a passphrase (asked, or from ${variable})").format(
            variable=passphrase.ENV
        ),
    )
    add_json_flag(new)
    new.set_defaults(handler=_new)

    info = commands.add_parser("info", help=_("show the case and its applicants"))
    info.add_argument("case", type=Path)
    add_json_flag(info)
    info.set_defaults(handler=_info)

    add = commands.add_parser(
        "add",
        help=_("import files like 'import', without reading them yet; optionally give their kind"),
        description=_(
            "A short form of 'import': files and folders are checked and stored exactly "
            "as 'import' does (recognised by their contents, bad files refused with the reason), "
            "but their text is not read and no kind is suggested — run 'visacase read' for that. "
            "Exit status 1 when any file was refused."
        ),
    )
    add.add_argument("case", type=Path)
    add.add_argument("files", type=Path, nargs="+")
    add.add_argument("--kind", help=_("the kind of document the files are, e.g. bank_statement"))
    add_json_flag(add)
    add.set_defaults(handler=_add)

    listing = commands.add_parser("list", help=_("list the documents of a case"))
    listing.add_argument("case", type=Path)
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    remove = commands.add_parser("remove", help=_("remove a document from the case"))
    remove.add_argument("case", type=Path)
    remove.add_argument("document_id", type=record_id)
    remove.set_defaults(handler=_remove)

    applicant = commands.add_parser("applicant", help=_("add an applicant to the case"))
    applicant.add_argument("case", type=Path)
    applicant.add_argument("name")
    applicant.add_argument("--role", choices=ROLES, default="principal")
    applicant.add_argument("--visa-class")
    applicant.add_argument(
        "--application-id", help=_("DS-160 confirmation number, e.g. AA00B7QPGN")
    )
    applicant.add_argument("--case-number", help=_("immigrant case number, e.g. MNL2023768001"))
    applicant.add_argument("--passport")
    applicant.add_argument("--born", type=parse_date, help=_("date of birth, YYYY-MM-DD"))
    add_json_flag(applicant)
    applicant.set_defaults(handler=_applicant)

    check = commands.add_parser("check", help=_("verify the case file, every document included"))
    check.add_argument("case", type=Path)
    add_json_flag(check)
    check.set_defaults(handler=_check)


def with_case(
    args: argparse.Namespace, work: Callable[[CaseFile], int], *, read_only: bool = False
) -> int:
    """Open ``args.case`` (asking for its passphrase if it has one), run ``work``, close it."""
    from desktop_app.services import cases

    try:
        case = cases.open_case(args.case, read_only=read_only)
    except PassphraseError as exc:
        if not exc.needed:
            raise
        case = cases.open_case(args.case, read_only=read_only, passphrase=passphrase.ask())
    try:
        return work(case)
    finally:
        case.close()


def _new(args: argparse.Namespace) -> int:
    from desktop_app.services import cases

    case = cases.create_case(
        args.path,
        args.title,
        post=args.post,
        visa_class=args.visa_class,
        refusal_type=args.refusal_type,
        passphrase=passphrase.ask("New passphrase: ", confirm=True) if args.protect else None,
    )
    case.close()
    emit(
        args, {"path": args.path, "title": args.title}, [_("created {path}").format(path=args.path)]
    )
    return 0


def _info(args: argparse.Namespace) -> int:
    from desktop_app.services import applicants, cases, documents

    def work(case: CaseFile) -> int:
        info = cases.get_case_info(case)
        people = applicants.list_applicants(case)
        docs = documents.list_documents(case)
        lines = [
            f"{info.title}",
            "  "
            + _("post: {post}   visa class: {visa_class}   refusal: {refusal}").format(
                post=info.post or "—", visa_class=info.visa_class or "—", refusal=info.refusal_type
            ),
            "  " + _("documents: {n}").format(n=len(docs)),
            *(
                "  "
                + _("applicant {id}: {name} ({role})").format(id=p.id, name=p.name, role=p.role)
                for p in people
            ),
        ]
        emit(args, {"case": info, "applicants": people, "documents": len(docs)}, lines)
        return 0

    return with_case(args, work, read_only=True)


def _add(args: argparse.Namespace) -> int:
    from desktop_app.services import intake

    def work(case: CaseFile) -> int:
        results = []
        for o in intake.take_in(case, args.files, kind=args.kind):
            if o.inside is not None:
                continue  # an email's attachments come with it, as in 'import'
            if o.status == "refused":
                results.append({"file": str(o.path), "status": "refused", "reason": o.reason})
                continue
            status = "added" if o.status == "added" else "already in the case"
            results.append({"file": str(o.path), "status": status, "document_id": o.document_id})
        lines = [_added_line(r) for r in results]
        emit(args, results, lines)
        return 1 if any(r["status"] == "refused" for r in results) else 0

    return with_case(args, work)


def _added_line(result: dict[str, object]) -> str:
    """One line of 'add': the JSON's status is a code, the line says it in words."""
    if result["status"] == "refused":
        return _("{file}: refused — {reason}").format(**result)
    if result["status"] == "added":
        return _("{file}: added (document {document_id})").format(**result)
    return _("{file}: already in the case (document {document_id})").format(**result)


def _list(args: argparse.Namespace) -> int:
    """A quick look through sqlite3 alone (``services.document_views``) when the file allows it,
    else the full opening — which asks for a passphrase, or says what an older file needs."""
    from desktop_app.services.document_views import DocumentView, documents_at

    def show(docs: list[DocumentView]) -> int:
        lines = [
            f"{d.id:>4}  {d.kind:<18} {d.document_date or '—'!s:<10}  {d.title}"
            f"  ({d.original_name})"
            for d in docs
        ] or [_("no documents yet")]
        emit(args, docs, lines)
        return 0

    docs = documents_at(args.case)
    if docs is not None:
        return show(docs)
    from desktop_app.services import documents

    return with_case(args, lambda case: show(documents.list_documents(case)), read_only=True)


def _remove(args: argparse.Namespace) -> int:
    from desktop_app.services import documents

    def work(case: CaseFile) -> int:
        documents.remove_document(case, args.document_id)
        print(_("removed document {id}").format(id=args.document_id))
        return 0

    return with_case(args, work)


def _applicant(args: argparse.Namespace) -> int:
    from desktop_app.services import applicants

    def work(case: CaseFile) -> int:
        applicant_id = applicants.add_applicant(
            case,
            args.name,
            role=args.role,
            visa_class=args.visa_class,
            application_id=args.application_id,
            case_number=args.case_number,
            passport_number=args.passport,
            date_of_birth=args.born,
        )
        emit(
            args,
            {"id": applicant_id},
            [_("added applicant {id}: {name}").format(id=applicant_id, name=args.name)],
        )
        return 0

    return with_case(args, work)


def _check(args: argparse.Namespace) -> int:
    from desktop_app.services import integrity

    def work(case: CaseFile) -> int:
        problems = integrity.find_problems(case)
        emit(
            args,
            {"ok": not problems, "problems": problems},
            problems or [_("{name}: OK").format(name=args.case.name)],
        )
        return 1 if problems else 0

    return with_case(args, work, read_only=True)
