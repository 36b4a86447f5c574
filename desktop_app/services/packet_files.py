"""Where an export's files go: checked before anything is written, whole or not at all after.

An export writes one or more packet PDFs and maybe a checklist. Before any of that:

- no output may be the case file (or its journal or lock), another VisaCase case file, a file
  whose bytes are a stored document's (the user's original), or another output of the same export;
- each output needs a file name in an existing folder the user may write in.

Each file is then written under a hidden name in its own folder and renamed into place only when
every file is done and recorded, so a failure at any step leaves no half packet, no ``.part``
file, and the packet exported last time untouched.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from desktop_app.errors import InvalidInputError, UserFacingError
from desktop_app.messages import _
from desktop_app.services import documents
from desktop_app.store import blobs, casefile, locking
from desktop_app.store.casefile import CaseFile


class PacketFiles:
    """The outputs of one export, staged beside their targets until :meth:`publish`."""

    def __init__(self, case: CaseFile, outputs: Iterable[Path]) -> None:
        self._case = case
        self._staged: dict[Path, Path] = {}
        self._published: list[Path] = []
        self.check(outputs)

    def check(self, outputs: Iterable[Path]) -> None:
        """Refuse outputs that would overwrite something precious, or each other."""
        seen: dict[Path, Path] = {}
        for output in outputs:
            real = Path(output).resolve()
            if real in seen:
                raise InvalidInputError(
                    _(
                        "{name} is named twice as an output; choose a different name for the "
                        "packet and the checklist."
                    ).format(name=seen[real].name)
                )
            seen[real] = Path(output)
            check_output(self._case, Path(output))

    def staging(self, final: Path) -> Path:
        """The hidden name ``final`` is written under until the export is complete."""
        staged = final.with_name(f".{final.name}.visacase-export")
        self._staged[final] = staged
        return staged

    def publish(self) -> list[Path]:
        """Rename every staged file into place; the export is complete."""
        for final, staged in self._staged.items():
            os.replace(staged, final)
            self._published.append(final)
        self._staged.clear()
        return self._published

    def discard(self) -> None:
        """Remove what this export wrote: staged files, their half-written ``.part`` files, and
        — when the export failed after publishing — the published ones."""
        for path in [*self._published, *self._staged.values()]:
            for leftover in (path, path.with_name(f".{path.name}.part")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
        self._published.clear()
        self._staged.clear()


def check_output(case: CaseFile, output: Path) -> None:
    """Refuse an output that is not a file the user may write, or that would overwrite the
    case file, another case file or a stored document's original. Every file VisaCase writes
    where the user says (a packet, a checklist, a calendar) is checked so first."""
    _check_place(output)
    _check_not_precious(case, output)


def _check_place(output: Path) -> None:
    if output.is_dir():
        raise InvalidInputError(
            _("{path} is a folder; give a file name, for example {example}.").format(
                path=output, example=output / "packet.pdf"
            )
        )
    folder = output.parent
    if not folder.is_dir():
        raise InvalidInputError(
            _("The folder {folder} does not exist; create it first.").format(folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInputError(
            _("You are not allowed to write in the folder {folder}.").format(folder=folder)
        )
    if output.exists() and not os.access(output, os.W_OK):
        raise InvalidInputError(
            _("{name} is read-only, so it cannot be replaced.").format(name=output.name)
        )


def _check_not_precious(case: CaseFile, output: Path) -> None:
    real = output.resolve()
    case_path = Path(case.path).resolve()
    guarded = {case_path, locking.lock_path(case_path), *casefile.companions(case_path)}
    if real in guarded or _same_file(real, case_path):
        raise InvalidInputError(_("Choose another file name: that one is the case file itself."))
    if not real.is_file():
        return
    if _is_case_file(real):
        raise InvalidInputError(
            _("Choose another file name: {name} is a VisaCase case file.").format(name=output.name)
        )
    size = real.stat().st_size
    same_size = [d for d in documents.list_documents(case) if d.size == size]
    if not same_size:
        return
    sha, _size = blobs.sha256_of(real)
    for doc in same_size:
        if doc.sha256 == sha:
            raise InvalidInputError(
                _(
                    "Choose another file name: {name} is the original of document {id} "
                    "({title}), and would be overwritten."
                ).format(name=output.name, id=doc.id, title=doc.title)
            )


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _is_case_file(path: Path) -> bool:
    """A plain case file by its header (a protected one cannot be told from random bytes)."""
    try:
        casefile.check_header(path)
    except UserFacingError:
        return False
    return True
