"""Saving a copy of the case that is open, read through the connection held since opening.

When the case file is deleted or replaced while VisaCase has it open, the data is still there —
behind the open connection, not behind the path. Copying through that connection (SQLite's backup
API; for a protected file, SQLCipher's export under the same key) rescues exactly what was open.
The copy is written beside its target under a hidden name and renamed into place, so a failure
leaves nothing behind and a target that exists is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

from desktop_app.errors import CaseFileError
from desktop_app.messages import _
from desktop_app.store.casefile import APPLICATION_ID, CaseFile

_COPYING = threading.Lock()


def save_copy(case: CaseFile, target: Path) -> Path:
    """Write everything the open ``case`` holds to the new file ``target``."""
    target = Path(target)
    if target.exists():
        raise CaseFileError(
            _("{name} already exists; choose another name for the copy.").format(name=target.name)
        )
    if not target.parent.is_dir():
        raise CaseFileError(_("The folder {folder} does not exist.").format(folder=target.parent))
    if case.anchor is None:
        raise CaseFileError(
            _("{name} is closed, so there is nothing to copy.").format(name=case.path.name)
        )
    partial = target.with_name(f".{target.name}.part")
    try:
        with _COPYING:
            if case.encrypted:
                _export_keyed(case, partial)
            else:
                _back_up(case, partial)
        os.link(partial, target)  # unlike a rename, never replaces a file that appeared meanwhile
    except FileExistsError:
        raise CaseFileError(
            _("{name} already exists; choose another name for the copy.").format(name=target.name)
        ) from None
    except (OSError, sqlite3.Error) as exc:
        raise CaseFileError(
            _("Could not save a copy as {name}: {error}.").format(name=target.name, error=exc)
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return target


def _back_up(case: CaseFile, partial: Path) -> None:
    dest = sqlite3.connect(partial)
    try:
        case.anchor.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def _export_keyed(case: CaseFile, partial: Path) -> None:
    """SQLCipher's export into a new file that an attached database keys like the open one."""
    conn = case.anchor
    conn.execute("ATTACH DATABASE ? AS rescued", (str(partial),))
    try:
        conn.execute("SELECT sqlcipher_export('rescued')")
        conn.execute(f"PRAGMA rescued.application_id = {APPLICATION_ID}")
    finally:
        conn.execute("DETACH DATABASE rescued")
