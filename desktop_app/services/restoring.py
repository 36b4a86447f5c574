"""Taking a change to the case file back exactly: what an operation added, removed or altered.

The window's undo needs the inverse of every use case, and most have none: accepting a suggestion
may set a document's kind, create a notice, date it (starting the 221(g) clock) and fill in an
applicant's number; removing an applicant takes their events and notices with them. Rather than
write an inverse for each, a change is *recorded*: the rows of the case's tables before and after
the operation, kept as their difference. Reverting puts those rows back as they were, with their
ids, and is recorded in turn, so reverting the revert does the change again.

Reverting never lets the database cascade into rows the change did not make: a row that has come
to refer to a row being taken away (an event recorded for an applicant whose adding is undone)
is detached instead, and the detaching is part of the recorded revert, so the next revert
attaches it again.

A change is told apart by time: a worker's write that lands while the operation runs (the text
of an imported document being read) would be recorded as part of it. Operations are a few
milliseconds to a tenth of a second; a reading worker writes once per document.

Documents' bytes are not compared (they are large and never edited): a document removed with
``remove_documents`` keeps its bytes in the case file so that it can come back, and
``drop_unused_bytes`` lets them go when nothing can bring the document back any more.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, Table, and_, delete, insert, select, update
from sqlalchemy.exc import DatabaseError, IntegrityError

from desktop_app.errors import NotFoundError, UserFacingError
from desktop_app.messages import _
from desktop_app.store import blobs, page_index
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import Base, Document, Event

T = TypeVar("T")
Key = tuple[Any, ...]
Rows = dict[str, dict[Key, dict[str, Any]]]  # table name -> primary key -> column values

BYTES_TABLES = frozenset({"blobs", "blob_chunks"})
TABLES: tuple[Table, ...] = tuple(
    t for t in Base.metadata.sorted_tables if t.name not in BYTES_TABLES
)


@dataclass(frozen=True)
class Change:
    """The rows an operation touched: as they were (``before``) and as it left them."""

    before: Rows
    after: Rows

    @property
    def empty(self) -> bool:
        return not any(self.before.values()) and not any(self.after.values())


def record(case: CaseFile, operation: Callable[[], T]) -> tuple[T, Change]:
    """Run ``operation`` and return its result with the change it made.

    An operation that fails half-way is put back as it was before the failure is raised.
    """
    before = _snapshot(case)
    try:
        result = operation()
    except BaseException:
        partial = _difference(before, _snapshot(case))
        if not partial.empty:
            _put_back(case, partial)
        raise
    return result, _difference(before, _snapshot(case))


def revert(case: CaseFile, change: Change) -> Change:
    """Put the rows ``change`` touched back as they were; returns the change that made."""
    case.require_writable()
    _, reverted = record(case, lambda: _put_back(case, change))
    return reverted


def remove_documents(case: CaseFile, document_ids: Iterable[int]) -> None:
    """Remove documents (their attachments go with them) but keep their bytes for an undo."""
    case.require_writable()
    with case.session() as s, s.begin():
        for document_id in document_ids:
            row = s.get(Document, document_id)
            if row is None:
                raise NotFoundError(
                    _("There is no document {id} in this case.").format(id=document_id)
                )
            s.delete(row)


def remove_imported(case: CaseFile, document_ids: Iterable[int]) -> None:
    """Take back an import: its documents with their attachments (bytes kept, as above) and the
    events it recorded for them (an email's "received")."""
    ids = list(document_ids)
    case.require_writable()
    with case.session() as s, s.begin():
        s.execute(delete(Event).where(Event.document_id.in_(ids)))
        s.execute(delete(Document).where(Document.id.in_(ids)))


def drop_unused_bytes(case: CaseFile) -> None:
    """Let the bytes of removed documents go (when the window that could undo it closes).

    A case file that has gone meanwhile keeps them: the next removal drops them.
    """
    if case.read_only or not case.still_there():
        return
    with contextlib.suppress(DatabaseError), case.session() as s, s.begin():
        blobs.delete_unused(s)


def _snapshot(case: CaseFile) -> Rows:
    with case.session() as s:
        conn = s.connection()
        return {t.name: {_key(t, row): row for row in _rows(conn, t)} for t in TABLES}


def _rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(select(table))]


def _rows_where(conn: Connection, table: Table, condition: Any) -> list[dict[str, Any]]:
    return [dict(row._mapping) for row in conn.execute(select(table).where(condition))]


def _key(table: Table, row: dict[str, Any]) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _difference(before: Rows, after: Rows) -> Change:
    was: Rows = {}
    now: Rows = {}
    for name in before:
        old, new = before[name], after[name]
        keys = [k for k in old.keys() | new.keys() if old.get(k) != new.get(k)]
        was[name] = {k: old[k] for k in keys if k in old}
        now[name] = {k: new[k] for k in keys if k in new}
    return Change(was, now)


def _put_back(case: CaseFile, change: Change) -> None:
    """Make the touched rows what they were before the change, in one transaction."""
    try:
        with case.session() as s, s.begin():
            conn = s.connection()
            _detach(conn, change)
            for table in reversed(TABLES):
                gone = [k for k in change.after[table.name] if k not in change.before[table.name]]
                for key in gone:
                    conn.execute(delete(table).where(_matches(table, key)))
            for table in TABLES:
                _insert(conn, table, change)
                _alter(conn, table, change)
    except IntegrityError as exc:
        raise UserFacingError(
            _("This step can no longer be taken back: the case has changed since.")
        ) from exc


def _detach(conn: Connection, change: Change) -> None:
    """Rows outside the change that refer to a row about to go let go of it, not go with it."""
    for parent in TABLES:
        gone = {k for k in change.after[parent.name] if k not in change.before[parent.name]}
        if not gone:
            continue
        for child in TABLES:
            for fk in child.foreign_keys:
                if fk.column.table is not parent or not fk.parent.nullable:
                    continue
                touched = change.after[child.name].keys()
                referred = [c.name for c in parent.primary_key.columns].index(fk.column.name)
                for key in gone:
                    for row in _rows_where(conn, child, fk.parent == key[referred]):
                        if (held := _key(child, row)) not in touched:
                            conn.execute(
                                update(child)
                                .where(_matches(child, held))
                                .values({fk.parent.name: None})
                            )


def _insert(conn: Connection, table: Table, change: Change) -> None:
    """Rows the change took away come back, a row referring to another of its table after it."""
    was, now = change.before[table.name], change.after[table.name]
    waiting = {k: row for k, row in was.items() if k not in now}
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    while waiting:
        ready = [
            k
            for k, row in waiting.items()
            if not any((row[c],) in waiting and (row[c],) != k for c in own)
        ] or list(waiting)
        for key in sorted(ready):
            row = waiting.pop(key)
            conn.execute(insert(table).values(row))
            if table.name == Document.__tablename__:
                page_index.replace(conn, row["id"], row["text"])


def _alter(conn: Connection, table: Table, change: Change) -> None:
    was, now = change.before[table.name], change.after[table.name]
    for key in was.keys() & now.keys():
        values = {c: v for c, v in was[key].items() if now[key].get(c) != v}
        conn.execute(update(table).where(_matches(table, key)).values(values))
        if table.name == Document.__tablename__ and "text" in values:
            page_index.replace(conn, key[0], values["text"])


def _matches(table: Table, key: Key) -> Any:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))
