"""The lock beside a case file, and the identity of the file it guards.

The lock is an ordinary file ``.NAME.lock`` next to the real case file (links resolved, so two
names of one case share one lock); it exists only while a VisaCase holds the case open for
writing and is removed again on every way out, failures included. The identity (device and
inode) is how an open case notices that its path now names another file, or none.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.errors import CaseFileError, CaseFileLockedError
from desktop_app.messages import _

LOCK_WAIT_SECONDS = 1.0


def file_identity(path: Path) -> tuple[int, int] | None:
    """Device and inode of the file at ``path`` (following links), None if there is none."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def lock_path(path: Path) -> Path:
    """The lock beside the real file: two names (a link, ``./x``) for one case share one lock."""
    real = Path(path).resolve()
    return real.with_name(f".{real.name}.lock")


def acquire(path: Path) -> FileLock:
    # A VisaCase that has just quit or crashed (its reader child still starting or ending) can
    # hold the lock for a moment: wait that moment before saying the case is in use.
    lock = FileLock(lock_path(path), timeout=LOCK_WAIT_SECONDS)
    try:
        lock.acquire()
    except Timeout:
        raise CaseFileLockedError(
            _(
                "{name} is already open in another VisaCase window or command. Close it there "
                "first."
            ).format(name=path.name)
        ) from None
    except OSError as exc:
        raise CaseFileError(
            _("Cannot lock {name}: {error}.").format(name=path.name, error=exc.strerror)
        ) from None
    return lock


def release(lock: FileLock) -> None:
    lock.release()
    with contextlib.suppress(OSError):
        Path(lock.lock_file).unlink()
