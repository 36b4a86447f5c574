"""``visacase check``: is this case file sound, down to every document's bytes?"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

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
        yield f"schema is at revision {current}, expected {head}"


def _blob_problems(case: CaseFile) -> Iterator[str]:
    with case.session() as s:
        stored = set(s.scalars(select(Blob.sha256)))
        for doc_id, sha in s.execute(select(Document.id, Document.sha256)):
            if sha not in stored:
                yield f"document {doc_id}: its bytes are missing"
        for sha in sorted(stored):
            if not blobs.verify(s, sha):
                yield f"stored bytes {sha[:12]}… no longer match their checksum"
