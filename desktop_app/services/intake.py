"""Taking dropped files and folders into the case: the one import path of the CLI and the window.

Each file is opened in a bounded reader process (``ingest.sandbox``): recognised by its first
bytes, read by its format's module under ``desktop_app/ingest/`` — which also refuses it with a
reason a person understands — and, if it takes too long or too much memory, refused as possibly
damaged. What the reader answers is then stored here while the reader already opens the next
files, each file in a savepoint of its own: an email is stored together with its attachments and
its timeline event or not at all, so a crash or a refused part never leaves half an email
behind. One bad file never stops the others, and an unsupported attachment is reported, not
fatal. Files are committed together every ``COMMIT_EVERY`` seconds and at the end; copying the
write-ahead log into the case file runs beside the import (``store.checkpoints``).
"""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.domain.document_kinds import LABELS
from desktop_app.errors import InvalidInputError, UserFacingError
from desktop_app.ingest.opening import OpenedFile, RefusedPart
from desktop_app.ingest.sandbox import FileReader
from desktop_app.messages import _
from desktop_app.packet import placing
from desktop_app.services import documents, events, folder_walk
from desktop_app.store import checkpoints
from desktop_app.store.casefile import CaseFile

COMMIT_EVERY = 0.5
"""Seconds between commits: each file is stored whole or not at all (a savepoint of its own),
and the files of the last half second are committed together — each commit costs an fsync, which
was a third of an import's time when every file had its own."""
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class IntakeOutcome:
    """What became of one file, or of one attachment (``inside`` names its email)."""

    path: Path
    status: str  # "added", "duplicate" or "refused"
    reason: str = ""
    document_id: int | None = None
    inside: Path | None = None
    note: str = ""


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files in the order given, folders walked recursively in name order, each real file once
    (see ``folder_walk``)."""
    return folder_walk.walk(paths)


def take_in(
    case: CaseFile,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    kind: str | None = None,
) -> list[IntakeOutcome]:
    """Import files and folders; one outcome per file, plus one per email attachment.

    ``kind`` is what the user says the files are: it replaces the recognised kind of each new
    file (not of an email's attachments), in the transaction that stores the file.
    """
    case.require_writable()
    if kind is not None and kind not in LABELS:
        raise InvalidInputError(
            _("Unknown kind {kind}; use one of {kinds}.").format(
                kind=repr(kind), kinds=", ".join(LABELS)
            )
        )
    files = expand(paths)
    outcomes: list[IntakeOutcome] = []
    with (
        tempfile.TemporaryDirectory(prefix="visacase-import-") as workdir,
        FileReader(placer=placing.for_import) as reader,
        checkpoints.Batch(case) as batch,
    ):
        session = batch.session
        pending: list[IntakeOutcome] = []  # stored since the last commit
        committed = _begun(session)
        for done, (path, opened) in enumerate(reader.open_each(files, Path(workdir))):
            if cancelled is not None and cancelled():
                break
            pending += _take_one(case, session, path, opened, kind)
            if time.monotonic() - committed >= COMMIT_EVERY:
                outcomes += _committed(session, pending)
                batch.committed()
                pending, committed = [], _begun(session)
            if progress is not None:
                progress(done + 1, len(files))
        outcomes += _committed(session, pending)
    return outcomes


def _committed(session: Session, pending: list[IntakeOutcome]) -> list[IntakeOutcome]:
    """Commit the files stored since the last commit; if the commit fails (a full or failing
    disk), none of them was kept, and each is refused with the reason."""
    try:
        session.commit()
    except UserFacingError as exc:
        session.rollback()
        lost = {o.document_id for o in pending if o.status == "added"}
        return [
            o
            if o.status == "refused" or (o.status == "duplicate" and o.document_id not in lost)
            else IntakeOutcome(o.path, "refused", exc.message, inside=o.inside)
            for o in pending
        ]
    return pending


def _begun(session: Session) -> float:
    """Begin the transaction the files' savepoints go in; the time it began. Python's sqlite3
    starts no transaction before a SAVEPOINT, and SQLite then treats the first savepoint as the
    transaction itself, committing it on release: the BEGIN must be said."""
    session.connection().exec_driver_sql("BEGIN")
    return time.monotonic()


def _take_one(
    case: CaseFile, session: Session, path: Path, opened: OpenedFile | str, kind: str | None
) -> list[IntakeOutcome]:
    if isinstance(opened, str):
        return [IntakeOutcome(path, "refused", opened)]
    if kind is not None:
        opened = dataclasses.replace(opened, kind=kind)
    outcomes: list[IntakeOutcome] = []
    try:
        case.check_still_there()
        with session.begin_nested():
            _insert(session, opened, path, None, None, outcomes)
    except UserFacingError as exc:
        return [IntakeOutcome(path, "refused", exc.message)]
    except OSError as exc:
        return [
            IntakeOutcome(
                path, "refused", _("it cannot be read ({error})").format(error=exc.strerror or exc)
            )
        ]
    return outcomes


def _insert(
    s: Session,
    item: OpenedFile,
    path: Path,
    inside: Path | None,
    parent_id: int | None,
    outcomes: list[IntakeOutcome],
) -> None:
    """Store one document and its attachments inside the caller's transaction."""
    stored = documents.store_document(
        s,
        item.source,
        original_name=item.name,
        kind=item.kind,
        title=item.title or None,
        media_type=item.media_type,
        page_count=item.pages,
        text=item.text,
        text_source=item.text_source,
        document_date=item.document_date,
        parent_id=parent_id,
        sha256=item.sha256 or None,
    )
    if not stored.created:
        outcomes.append(IntakeOutcome(path, "duplicate", document_id=stored.id, inside=inside))
        return
    if item.event is not None:
        events.store_event(
            s,
            "email_received",
            item.event.occurred_on,
            document_id=stored.id,
            note=item.event.subject,
            payload={"from": item.event.sender, "subject": item.event.subject},
        )
    outcomes.append(IntakeOutcome(path, "added", "", stored.id, inside, item.note))
    for child in item.children:
        if isinstance(child, RefusedPart):
            outcomes.append(IntakeOutcome(Path(child.name), "refused", child.reason, inside=path))
        else:
            _insert(s, child, Path(child.name), path, stored.id, outcomes)
