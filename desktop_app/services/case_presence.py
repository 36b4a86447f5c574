"""Is the open case file still the one on disk: the window's questions about it, in sentences.

A case file can vanish or be swapped while a window has it open: deleted in a file manager,
moved, or overwritten by a sync tool or a restored backup. The store records the file's identity
when it opens it, refuses to write once the path names another file (``CaseFileGoneError``) and
keeps the connection it opened with, so a copy can still be saved from what is open
(``services.cases.save_copy``). The watch turns that into what the window tells the user, and
lets the crash dialog call a case safe only after checking it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import DatabaseError

from desktop_app.errors import CaseFileGoneError
from desktop_app.messages import _
from desktop_app.services import cases
from desktop_app.store import connection as store_connection
from desktop_app.store import locking
from desktop_app.store.casefile import CaseFile


class CaseWatch:
    """What a window knows about the one case file it has open."""

    def __init__(self, case: CaseFile) -> None:
        self.case = case

    def problem(self) -> str | None:
        """What happened to the file since it was opened, in a sentence; None while in place."""
        if self.case.still_there():
            return None
        name = self.case.path.name
        if locking.file_identity(self.case.path) is None:
            return _(
                "The case file {name} is no longer in its folder: it was deleted, moved or "
                "renamed while this window had it open."
            ).format(name=name)
        return _(
            "The case file {name} was replaced by another file while this window had it open."
        ).format(name=name)

    def require_present(self) -> None:
        if (problem := self.problem()) is not None:
            raise CaseFileGoneError(problem)

    def save_copy(self, target: Path) -> Path:
        """Write what this window has open into a new case file at ``target``."""
        return cases.save_copy(self.case, target)

    def soundness(self) -> str | None:
        """None when the file is in place and SQLite's quick check of it passes; else what was
        found. The crash dialog calls the case safe only after this."""
        if (problem := self.problem()) is not None:
            return problem
        anchor = self.case.anchor
        if anchor is None:
            return _("The case file is closed, so it could not be checked.")
        try:
            verdict = anchor.execute("PRAGMA quick_check").fetchone()[0]
        except (DatabaseError, *store_connection.driver_errors()) as exc:
            return _("The case file could not be checked ({error}).").format(error=exc)
        if verdict != "ok":
            return _("SQLite's check of the case file found a problem: {verdict}.").format(
                verdict=verdict
            )
        return None
