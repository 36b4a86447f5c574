"""Walking dropped folders: each real file once, no symlink loop followed, a bounded amount of work.

A folder may hold links — to itself, to its parent, to another folder dropped at the same time.
Following links by name would visit one file under dozens of paths and, with two loops, never
end. Instead every folder and file is known by its device and inode: a folder already entered is
not entered again, a file already listed is not listed again, however it was reached. Only
regular files are listed (a named pipe would block whoever opens it), hidden ones are skipped,
and a walk that would list more than ``MAX_FILES`` files or go deeper than ``MAX_DEPTH`` folders
stops with a sentence instead of running for hours. A folder that cannot be listed is returned as
itself, so the caller can refuse it with the reason.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from desktop_app.errors import InvalidInputError
from desktop_app.messages import _

MAX_FILES = 20_000
MAX_DEPTH = 40


def walk(paths: Iterable[Path]) -> list[Path]:
    """Files in the order given, folders walked recursively in name order."""
    walker = _Walker()
    for path in paths:
        walker.visit(Path(path), depth=0)
    return walker.found


class _Walker:
    def __init__(self) -> None:
        self.found: list[Path] = []
        self._seen: set[tuple[int, int]] = set()

    def visit(self, path: Path, *, depth: int) -> None:
        try:
            info = path.stat()
        except OSError:
            self._add(path, None, named=True)  # missing or a broken link: the caller says why
            return
        if not stat.S_ISDIR(info.st_mode):
            self._add(path, info, named=depth == 0)
            return
        key = (info.st_dev, info.st_ino)
        if key in self._seen:
            return
        self._seen.add(key)
        if depth >= MAX_DEPTH:
            raise InvalidInputError(
                _(
                    "{path} is nested more than {depth} folders deep; import a folder nearer to "
                    "the files."
                ).format(path=path, depth=MAX_DEPTH)
            )
        try:
            children = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError:
            self.found.append(path)  # cannot be listed: refused by the caller with the reason
            return
        for child in children:
            if child.name.startswith("."):
                continue
            try:
                if child.is_dir() or child.is_file():
                    self.visit(Path(child.path), depth=depth + 1)
            except OSError:
                continue

    def _add(self, path: Path, info: os.stat_result | None, *, named: bool) -> None:
        """List a file; one found in a folder only if not listed yet (one named is listed as
        often as it was named: the user asked for it, and hears it is a duplicate)."""
        if info is not None:
            key = (info.st_dev, info.st_ino)
            if key in self._seen and not named:
                return
            self._seen.add(key)
        if len(self.found) >= MAX_FILES:
            raise InvalidInputError(
                _("That is more than {count} files; import the folders one at a time.").format(
                    count=f"{MAX_FILES:,}"
                )
            )
        self.found.append(path)
