"""``--self-test`` names the step that failed and exits non-zero, so a broken bundle is obvious."""

from __future__ import annotations

import pytest

from desktop_app.gui.app.selftest import run_self_test
from desktop_app.services import export, reading


def test_a_failing_step_is_named_on_stderr_with_a_non_zero_exit(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(export, "export_packet", broken)
    assert run_self_test() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == "FAILED at 'export packet': OSError: disk full"


def test_the_self_test_reads_the_imported_scan_with_ocr(qapp, capsys) -> None:
    assert run_self_test() == 0
    line = capsys.readouterr().out
    assert line.startswith("OK VisaCase self-test: create case")
    assert ", read text " in line


def test_without_tesseract_the_self_test_fails_at_reading_the_scan(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(reading, "can_ocr", lambda: False)
    assert run_self_test() == 1
    assert capsys.readouterr().err.strip() == (
        "FAILED at 'read text': RuntimeError: Tesseract is not installed, so scans cannot be read"
    )
