"""The log file a user can send with a bug report, and where a hard crash leaves its trace.

The log lives in the user data folder (QStandardPaths' AppDataLocation, under XDG_DATA_HOME on
Linux) and rotates, so it never grows past a few megabytes. It holds what the app did and the
tracebacks of bugs — never a document's text, and no identifier in full: every line passes
through the same masking the window uses on screen, any long run of digits is hidden too, and
a line long enough to be a document's text is cut short.
``faulthandler`` writes the Python stack into a file beside it if the process dies in C code.

The app starts with ``hold``: faulthandler's file is open at once, and log records wait in
memory; ``LogFiles.open`` — once the first window is on screen — opens the rotating file and
writes the waiting records into it, in order and with their own times (``write_waiting`` does so
at once, for a crash report). ``logging.handlers``
(which imports ``socket``, ``pickle`` and ``queue``) and ``platform`` are loaded only then.
"""

from __future__ import annotations

import faulthandler
import logging
import re
import sys
from pathlib import Path
from typing import IO

from PySide6.QtCore import QStandardPaths, qVersion

from desktop_app.domain import identifiers

LOG_NAME = "visacase.log"
FAULTS_NAME = "crash-trace.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MAX_LINE = 300
_LONG_NUMBER = re.compile(r"\d{6,}")
_HELD: list[LogFiles] = []  # the log ``hold`` started, still open


def log_folder() -> Path:
    """The user data folder the log files go into (created by ``start``)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / "logs"


class MaskingFormatter(logging.Formatter):
    """Formats as usual, then masks application IDs, case numbers and long numbers."""

    def format(self, record: logging.LogRecord) -> str:
        return mask(super().format(record))


def mask(text: str) -> str:
    """``text`` fit for a log: identifiers and long numbers masked, overlong lines cut (a line
    that long is data — say a document's text in an error message — not a traceback)."""
    masked = identifiers.mask_in_text(text)
    masked = _LONG_NUMBER.sub(lambda found: identifiers.mask(found.group(0)), masked)
    return "\n".join(_cut(line) for line in masked.split("\n"))


def _cut(line: str) -> str:
    if len(line) <= MAX_LINE:
        return line
    return f"{line[:MAX_LINE]}… ({len(line) - MAX_LINE} characters left out)"


class _Waiting(logging.Handler):
    """Keeps the records logged before the file is open."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class LogFiles:
    """The log: its handler (records wait in memory until ``open()``) and the file faulthandler
    writes to; ``close()`` at exit."""

    def __init__(
        self,
        log: Path,
        faults: Path,
        handler: logging.Handler,
        faults_file: IO[str],
        levels: tuple[int, int],
    ) -> None:
        self.log = log
        self.faults = faults
        self.handler = handler
        self._faults_file = faults_file
        self._levels = levels

    def open(self) -> None:
        """Log into the rotating file from now on, the records that waited written first."""
        import logging.handlers

        waiting = self.handler
        if not isinstance(waiting, _Waiting):
            return  # already open
        handler = logging.handlers.RotatingFileHandler(
            self.log, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.removeHandler(waiting)
        self.handler = handler
        for record in waiting.records:
            handler.handle(record)

    def close(self) -> None:
        _HELD[:] = [held for held in _HELD if held is not self]
        root, ours = logging.getLogger(), logging.getLogger("desktop_app")
        root.removeHandler(self.handler)
        self.handler.close()
        root.setLevel(self._levels[0])
        ours.setLevel(self._levels[1])
        # Back to the default target, so a later fault cannot write into a closed descriptor.
        if sys.__stderr__ is not None:
            faulthandler.enable(file=sys.__stderr__)
        else:
            faulthandler.disable()
        self._faults_file.close()


def hold(folder: Path | None = None) -> LogFiles:
    """Point ``faulthandler`` at a file in ``folder`` (the user data folder by default) and keep
    log records in memory until ``open()`` writes them to the rotating log beside it."""
    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    waiting = _Waiting()
    root, ours = logging.getLogger(), logging.getLogger("desktop_app")
    levels = (root.level, ours.level)
    root.addHandler(waiting)
    root.setLevel(logging.WARNING)  # other libraries: their warnings only
    ours.setLevel(logging.INFO)
    faults = folder / FAULTS_NAME
    faults_file = faults.open("a", encoding="utf-8")
    faulthandler.enable(file=faults_file)
    logging.getLogger(__name__).info("VisaCase started: %s", _System())
    held = LogFiles(folder / LOG_NAME, faults, waiting, faults_file, levels)
    _HELD[:] = [held]
    return held


def write_waiting() -> None:
    """Open the held log now (``hold``), if it is still waiting: a bug report must find it."""
    for held in _HELD:
        held.open()


class _System:
    """The Python, Qt and system versions, looked up when the start line is written."""

    def __str__(self) -> str:
        import platform

        system = platform.system(), platform.release(), platform.machine()
        # platform.release, not platform.platform(): that reads the whole Python binary.
        return f"Python {platform.python_version()}, Qt {qVersion()}, {' '.join(system)}"


def start(folder: Path | None = None) -> LogFiles:
    """Log to the rotating file in ``folder`` at once (``hold`` then ``open``)."""
    logs = hold(folder)
    logs.open()
    return logs
