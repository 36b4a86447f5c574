"""``visacase check``: is this case file sound, down to every document's bytes?"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

from desktop_app.messages import _
from desktop_app.store import blobs, casefile, schema_version
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Blob, Document


def find_problems(case: CaseFile) -> list[str]:
    """Every problem found; an empty list means the case file is sound."""
    return [*casefile.integrity_problems(case), *_schema_problems(case), *_blob_problems(case)]


def _schema_problems(case: CaseFile) -> Iterator[str]:
    current = schema_version.current_revision(case.engine)
    head = schema_version.head_revision()
    if current != head:
        yield _("schema is at revision {current}, expected {head}").format(
            current=current, head=head
        )


def _blob_problems(case: CaseFile) -> Iterator[str]:
    with case.session() as s:
        stored = set(s.scalars(select(Blob.sha256)))
        for doc_id, sha in s.execute(select(Document.id, Document.sha256)):
            if sha not in stored:
                yield _("document {id}: its bytes are missing").format(id=doc_id)
        for sha in sorted(stored):
            if not blobs.verify(s, sha):
                yield _("stored bytes {sha}… no longer match their checksum").format(sha=sha[:12])
