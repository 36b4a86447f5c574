"""Hostile and broken files: each one is imported or refused with a reason, nothing escapes.

A seeded fuzzer truncates, bit-flips and disguises real PDFs and images and feeds them through
the same path a drop takes; then the packet is built from whatever got in. The case file must
pass its integrity check afterwards and no file may take more than a few seconds.
"""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

import pikepdf
from PIL import Image

from desktop_app.errors import UserFacingError
from desktop_app.services import export, intake, integrity
from desktop_app.store.casefile import CaseFile

SEED = 20261122


def _seeds() -> dict[str, bytes]:
    pdf = pikepdf.new()
    for _ in range(3):
        pdf.add_blank_page()
    pdf_bytes = io.BytesIO()
    pdf.save(pdf_bytes)
    jpeg, png, tiff = io.BytesIO(), io.BytesIO(), io.BytesIO()
    img = Image.new("RGB", (400, 500), (200, 190, 180))
    img.save(jpeg, "JPEG")
    img.save(png, "PNG")
    img.save(tiff, "TIFF", save_all=True, append_images=[img, img])
    return {
        "pdf": pdf_bytes.getvalue(),
        "jpg": jpeg.getvalue(),
        "png": png.getvalue(),
        "tif": tiff.getvalue(),
    }


def _mutants(rng: random.Random, seeds: dict[str, bytes]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for ext, data in seeds.items():
        out[f"whole.{ext}"] = data
        out[f"empty.{ext}"] = b""
        out[f"wrong-extension-{ext}.txt"] = data
        for n in range(6):
            cut = rng.randrange(1, len(data))
            out[f"truncated-{n}.{ext}"] = data[:cut]
            flipped = bytearray(data)
            for _ in range(rng.randint(1, 20)):
                flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
            out[f"flipped-{n}.{ext}"] = bytes(flipped)
    bomb = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(bomb, "PNG")
    out["bomb.png"] = bomb.getvalue()
    locked = pikepdf.new()
    locked.add_blank_page()
    locked_bytes = io.BytesIO()
    locked.save(locked_bytes, encryption=pikepdf.Encryption(owner="x", user="x"))
    out["locked.pdf"] = locked_bytes.getvalue()
    return out


def test_every_mutant_is_imported_or_refused_and_the_case_stays_sound(
    case: CaseFile, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, data in _mutants(rng, _seeds()).items():
        (folder / name).write_bytes(data)

    slowest = 0.0
    outcomes = []
    for path in sorted(folder.iterdir()):
        started = time.perf_counter()
        outcomes += intake.take_in(case, [path])
        slowest = max(slowest, time.perf_counter() - started)

    assert len(outcomes) == len(list(folder.iterdir()))
    for outcome in outcomes:
        assert outcome.status in {"added", "duplicate", "refused"}
        if outcome.status == "refused":
            assert outcome.reason and "Traceback" not in outcome.reason
    by_name = {o.path.name: o for o in outcomes}
    assert by_name["whole.pdf"].status == "added"
    assert by_name["empty.jpg"].reason == "this file is empty"
    assert "too large to open safely" in by_name["bomb.png"].reason
    assert "password-protected" in by_name["locked.pdf"].reason
    assert slowest < 20
    assert integrity.find_problems(case) == []

    try:
        built = export.export_packet(case, tmp_path / "packet.pdf")
    except UserFacingError as exc:
        assert exc.message
    else:
        assert built.pages > 0
    assert integrity.find_problems(case) == []
