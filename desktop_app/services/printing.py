"""Sending a packet to a CUPS queue as the PDF it is, so a printer gets what the preview showed.

Where the system takes PDF (CUPS on Linux and macOS) the job is the packet itself: its text
stays text, its scans stay the JPEGs they were, and the job is about the packet's size instead
of one page-sized bitmap per page. The chosen pages are copied into one file here (pikepdf
keeps only what those pages use), which serves a packet split into parts as one job and makes
the page range exact whatever the queue's filters do with ``page-ranges``.

The job goes through ``lp``, the command every CUPS system has (macOS included), rather than
pycups: pycups has to be compiled against libcups, has no macOS wheels and would be one more
library for the bundle to carry, while ``lp`` needs nothing and reports errors as one line.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from desktop_app.errors import UserFacingError
from desktop_app.messages import _

LP_TIMEOUT_S = 30
"""``lp`` only hands the file to the scheduler; longer than this and the scheduler is stuck."""


class PrintCancelledError(UserFacingError):
    """The user pressed Cancel; nothing more was sent to the printer."""


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog asked for, in terms any print system understands."""

    queue: str
    copies: int = 1
    collate: bool = True
    sides: str = "one-sided"
    """An IPP ``sides`` value: one-sided, two-sided-long-edge or two-sided-short-edge."""
    title: str = "Packet"


@dataclass(frozen=True)
class Printed:
    """What went to the printer: page numbers (from 1) out of ``total``, and where."""

    pages: tuple[int, ...]
    total: int
    copies: int
    destination: str
    job_bytes: int | None = None
    """Size of the file sent, when the job was the PDF itself."""


def accepts_pdf() -> bool:
    """Whether this system prints a PDF file as it is (CUPS with its ``lp`` command)."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def page_count(pdfs: Sequence[Path]) -> int:
    total = 0
    for pdf in pdfs:
        with _open(pdf) as source:
            total += len(source.pages)
    return total


def chosen_pages(ranges: Sequence[tuple[int, int]], total: int) -> tuple[int, ...]:
    """The pages (from 1) that ``ranges`` (inclusive, from 1; empty for all) pick out of
    ``total``, in order and each once; a range wholly past the end is an error to explain."""
    if not ranges:
        return tuple(range(1, total + 1))
    picked = dict.fromkeys(
        n for first, last in ranges for n in range(max(1, first), min(last, total) + 1)
    )
    if not picked:
        raise UserFacingError(
            _("The packet has {total} pages; choose pages between 1 and {total} to print.").format(
                total=total
            )
        )
    return tuple(picked)


def page_list(pages: Sequence[int]) -> str:
    """``(2, 3, 4, 7)`` as "2–4, 7", the way a print dialog writes a range."""
    runs: list[list[int]] = []
    for n in pages:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def write_pages(
    pdfs: Sequence[Path],
    pages: Sequence[int],
    target: Path,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Path:
    """Copy ``pages`` (from 1, across the parts ``pdfs`` in order) into one PDF at ``target``."""
    with ExitStack() as open_files:
        sources = [open_files.enter_context(_open(pdf)) for pdf in pdfs]
        every = [page for source in sources for page in source.pages]
        job = open_files.enter_context(pikepdf.new())
        for done, n in enumerate(pages, start=1):
            if cancelled():
                raise PrintCancelledError(_("Printing was cancelled."))
            job.pages.append(every[n - 1])
            progress(done, len(pages))
        job.save(target)
    return target


def submit(pdf: Path, job: PrintJob) -> str:
    """Queue ``pdf`` on ``job.queue`` with ``lp``; returns the scheduler's job id."""
    command = ["lp", "-d", job.queue, "-n", str(job.copies), "-t", job.title]
    command += ["-o", f"sides={job.sides}", "-o", f"collate={str(job.collate).lower()}"]
    try:
        done = subprocess.run(
            [*command, "--", str(pdf)],
            capture_output=True,
            text=True,
            timeout=LP_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UserFacingError(
            _("The print system did not take the job ({error}).").format(error=exc)
        ) from exc
    if done.returncode != 0:
        said = (done.stderr.strip() or done.stdout.strip()).splitlines() or [_("no reason given")]
        reason = said[-1].removeprefix("lp: ").rstrip(".")
        raise UserFacingError(
            _("{printer} did not take the job: {reason}.").format(printer=job.queue, reason=reason)
        )
    found = re.search(r"request id is (\S+)", done.stdout)
    return found.group(1) if found else ""


def _open(pdf: Path) -> pikepdf.Pdf:
    try:
        return pikepdf.open(pdf)
    except (pikepdf.PdfError, OSError) as exc:
        raise UserFacingError(
            _("The packet could not be read for printing; build it again.")
        ) from exc
