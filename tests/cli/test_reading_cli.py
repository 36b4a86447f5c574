"""A photographed 221(g) slip is read, and what it is gets suggested — with its evidence; without
Tesseract, reading says once why scans have no text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.ingest import ocr, sandbox, text
from desktop_app.services import sample_content


def _photo(path: Path) -> Path:
    img = Image.new("L", (1400, 500), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
    draw.text((40, 60), "Your application is refused under", fill=10, font=font)
    draw.text((40, 130), "Section 221(g) of the Act.", fill=10, font=font)
    draw.text((40, 220), "Application ID: AA00B7QPGN", fill=10, font=font)
    img.save(path, "PNG")
    return path


@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")
def test_reading_a_photo_suggests_its_kind_and_identifier(run_cli, tmp_path: Path) -> None:
    case = tmp_path / "r.visacase"
    run_cli("new", case, "--title", "R")
    run_cli("add", case, _photo(tmp_path / "slip.png"))

    result = json.loads(run_cli("read", case, "--json").out)

    assert result["read"] == 1
    found = {(s["field"], s["value"]) for s in result["suggestions"]}
    assert ("kind", "notice_221g") in found
    [identifier] = [s for s in result["suggestions"] if s["field"] == "identifier"]
    assert identifier["value"][:3] == "AA0" and identifier["value"].endswith("B7QPGN")
    corrected = run_cli(
        "suggestion", "accept", case, str(identifier["id"]), "--value", "AA00B7QPGN"
    )
    assert corrected.code == 0
    kind = next(s for s in result["suggestions"] if s["field"] == "kind")
    assert "221(g)" in kind["evidence"]

    assert run_cli("suggestion", "accept", case, str(kind["id"])).code == 0
    [doc] = json.loads(run_cli("list", case, "--json").out)
    assert doc["kind"] == "notice_221g"
    assert doc["text_source"] == "ocr"


def test_without_tesseract_read_says_so_once(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "no-such-tesseract")
    case = tmp_path / "r.visacase"
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(sample_content.employment_letter_pdf())
    run_cli("new", case, "--title", "R")
    run_cli("add", case, _photo(tmp_path / "slip.png"), letter)

    result = run_cli("read", case)
    as_json = json.loads(run_cli("read", case, "--json").out)

    assert result.code == 0
    assert result.out.splitlines()[0] == "read 1 document(s)"
    assert result.out.count("not installed") == 1
    assert "1 scanned document(s) have no text yet" in result.out
    assert as_json["read"] == 0 and "not installed" in as_json["ocr_missing"]


def test_read_also_reads_scans_in_the_languages_asked_for(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, ...]] = []

    def read_text(
        _reader: sandbox.FileReader,
        _path: Path,
        _media_type: str,
        _pages: int,
        *,
        languages: Sequence[str],
        **_options: object,
    ) -> text.Reading:
        asked.append(tuple(languages))
        return text.Reading("Constancia de empleo", "ocr")

    monkeypatch.setattr(sandbox.FileReader, "read_text", read_text)
    monkeypatch.setattr(ocr, "available", lambda: True)
    case = tmp_path / "r.visacase"
    run_cli("new", case, "--title", "R", "--post", "U.S. Embassy Mexico City")
    run_cli("add", case, _photo(tmp_path / "slip.png"))

    result = run_cli("read", case, "--lang", "hin", "--lang", "spa")

    assert result.code == 0
    assert asked == [("spa", "eng", "hin")]
