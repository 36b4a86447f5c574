"""A photographed 221(g) slip is read, and what it is gets suggested — with its evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop_app.ingest import ocr

pytestmark = pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed")


def _photo(path: Path) -> Path:
    img = Image.new("L", (1400, 500), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 44)
    draw.text((40, 60), "Your application is refused under", fill=10, font=font)
    draw.text((40, 130), "Section 221(g) of the Act.", fill=10, font=font)
    draw.text((40, 220), "Application ID: AA00B7QPGN", fill=10, font=font)
    img.save(path, "PNG")
    return path


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
