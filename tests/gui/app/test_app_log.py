"""The log file: in the user data folder, rotating, masked; faulthandler writes beside it."""

from __future__ import annotations

import faulthandler
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.gui.app import app_log
from desktop_app.gui.app.app_log import LogFiles


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[LogFiles]:
    started = app_log.start(tmp_path / "logs")
    yield started
    started.close()


def _read(logs: LogFiles) -> str:
    logs.handler.flush()
    return logs.log.read_text(encoding="utf-8")


def test_the_log_folder_is_in_the_user_data_folder() -> None:
    assert app_log.log_folder().is_relative_to(os.environ["XDG_DATA_HOME"])


def test_what_the_app_logs_lands_in_the_file(logs: LogFiles) -> None:
    logging.getLogger("desktop_app.gui.example").info("Import started")

    written = _read(logs)
    assert "INFO desktop_app.gui.app.app_log: VisaCase started: Python 3." in written
    assert "INFO desktop_app.gui.example: Import started" in written


def test_what_is_logged_before_the_file_opens_is_written_into_it_in_order(tmp_path: Path) -> None:
    held = app_log.hold(tmp_path / "logs")
    try:
        logging.getLogger("desktop_app.gui.example").warning("Early, case MNL2023768001")
        assert not held.log.exists()

        held.open()
        logging.getLogger("desktop_app.gui.example").info("Later")
        written = _read(held)
    finally:
        held.close()

    lines = [line.split(" ", 2)[2] for line in written.splitlines()]
    assert lines[0].startswith("INFO desktop_app.gui.app.app_log: VisaCase started: Python 3.")
    assert lines[1:] == [
        "WARNING desktop_app.gui.example: Early, case MNL2•••001",
        "INFO desktop_app.gui.example: Later",
    ]


def test_identifiers_and_long_numbers_are_masked(logs: LogFiles) -> None:
    logging.getLogger("desktop_app.example").error(
        "lookup failed for AA00B7QPGN, case MNL2023768001, passport 512345678"
    )

    written = _read(logs)
    assert "AA00•••PGN" in written
    for full in ("AA00B7QPGN", "MNL2023768001", "512345678"):
        assert full not in written


def test_a_traceback_is_masked_too(logs: LogFiles) -> None:
    try:
        raise ValueError("no such application AA00B7QPGN")
    except ValueError:
        logging.getLogger("desktop_app.example").exception("A bug")

    written = _read(logs)
    assert "ValueError: no such application AA00•••PGN" in written
    assert "AA00B7QPGN" not in written


def test_the_log_rotates_instead_of_growing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(app_log, "MAX_BYTES", 500)
    started = app_log.start(tmp_path / "logs")
    try:
        for n in range(40):
            logging.getLogger("desktop_app.example").info("line %d of the log", n)
    finally:
        started.close()

    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == [
        app_log.FAULTS_NAME,
        "visacase.log",
        "visacase.log.1",
        "visacase.log.2",
        "visacase.log.3",
    ]
    assert all(p.stat().st_size <= 500 for p in (tmp_path / "logs").glob("visacase.log*"))


def test_faulthandler_writes_into_the_log_folder(logs: LogFiles) -> None:
    assert faulthandler.is_enabled()
    assert logs.faults.parent == logs.log.parent


def test_a_hard_crash_leaves_its_stack_in_the_folder(tmp_path: Path) -> None:
    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from desktop_app.gui.app import app_log\n"
        "app_log.start(Path(sys.argv[1]))\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "logs")],
        check=False,
        capture_output=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )

    assert done.returncode != 0
    trace = (tmp_path / "logs" / app_log.FAULTS_NAME).read_text()
    assert "Fatal Python error: Segmentation fault" in trace


def test_a_line_long_enough_to_be_document_text_is_cut_short(logs: LogFiles) -> None:
    letter = "Dear applicant, your application requires administrative processing. " * 20
    logging.getLogger("desktop_app.example").error("could not read a date in %r", letter)

    written = _read(logs)
    assert letter not in written
    assert "characters left out)" in written
