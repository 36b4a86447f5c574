"""A JPEG is proven with libjpeg's own verdict: the stand-in a plain baseline JPEG is proven on
refuses exactly what decoding the whole file refuses, cut short, bit-flipped or garbled."""

from __future__ import annotations

import io
import random
import warnings
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.ingest import jpeg_proof

LAYOUTS = {
    "colour 4:2:0": {},
    "colour 4:4:4": {"subsampling": 0},
    "grey": {"mode": "L"},
    "restart markers": {"restart_marker_blocks": 5},
    "restart markers every row": {"restart_marker_rows": 1},
    "progressive": {"progressive": True},
}


def _photo(mode: str = "RGB", **save: object) -> bytes:
    """A small photo with texture, so that its data holds markers' look-alikes (0xFF 0x00)."""
    noise = [Image.effect_noise((96, 72), sigma) for sigma in (40, 60, 80)]
    img = Image.merge("RGB", noise).convert(mode)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90, **save)
    return out.getvalue()


def _verdict(prove: object, data: bytes) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            with Image.open(io.BytesIO(data)) as img:
                if prove is jpeg_proof.prove:
                    jpeg_proof.prove(img, data)
                else:
                    jpeg_proof.decode_smallest(img)
        except (OSError, SyntaxError, ValueError) as exc:
            return f"refused: {type(exc).__name__}"
    return "taken"


def _damaged(data: bytes, rng: random.Random) -> list[bytes]:
    cuts = [data[: rng.randrange(2, len(data))] for _ in range(15)]
    cuts += [data[:-n] for n in range(1, 6)]
    flipped = []
    for _ in range(40):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        flipped.append(bytes(damaged))
    inserted = []
    for marker in (0xD9, 0xD0, 0xD3, 0xC4, 0xDA, 0x01, 0xFF):
        at = rng.randrange(2, len(data))
        inserted.append(data[:at] + bytes((0xFF, marker)) + data[at:])
    return [*cuts, *flipped, *inserted]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_damaged_jpegs_are_refused_as_decoding_them_refuses(layout: str) -> None:
    options = dict(LAYOUTS[layout])
    data = _photo(str(options.pop("mode", "RGB")), **options)
    specimens = [data, *_damaged(data, random.Random(layout))]

    verdicts = [(_verdict(jpeg_proof.prove, s), _verdict(None, s)) for s in specimens]

    assert [new for new, _old in verdicts] == [old for _new, old in verdicts]
    assert {old for _new, old in verdicts} >= {"taken", "refused: OSError"}


@pytest.mark.parametrize("layout", ["colour 4:2:0", "grey", "restart markers"])
def test_a_plain_baseline_jpeg_is_proven_on_a_stand_in_without_its_data(layout: str) -> None:
    options = dict(LAYOUTS[layout])
    data = _photo(str(options.pop("mode", "RGB")), **options)

    stand_in = jpeg_proof._stand_in(data)

    assert stand_in is not None
    assert len(stand_in) < len(data) / 4
    with Image.open(io.BytesIO(stand_in)) as img:
        assert img.width == 96
        assert img.height <= 16  # one row of blocks
        jpeg_proof.decode_smallest(img)


def test_a_jpeg_laid_out_otherwise_is_decoded_whole() -> None:
    data = _photo()
    restarts = _photo(restart_marker_blocks=5)
    first_restart = restarts.index(b"\xff\xd0")
    out_of_order = restarts[:first_restart] + b"\xff\xd1" + restarts[first_restart + 2 :]
    others = {
        "progressive": _photo(progressive=True),
        "cut short": data[:-10],
        "no end marker": data[:-2],
        "junk between segments": data[:2] + b"\0" + data[2:],
        "restart markers out of order": out_of_order,
    }
    for name, other in others.items():
        assert jpeg_proof._stand_in(other) is None, name


def test_a_damaged_table_is_refused_on_the_stand_in() -> None:
    data = bytearray(_photo())
    table = data.index(b"\xff\xc4")
    data[table + 5 : table + 21] = bytes([255] * 16)  # more Huffman codes than 16 bits hold
    assert jpeg_proof._stand_in(bytes(data)) is not None

    with pytest.raises(OSError), Image.open(io.BytesIO(bytes(data))) as img:
        jpeg_proof.prove(img, bytes(data))


def test_a_jpeg_too_large_to_read_whole_is_decoded_in_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(_photo())
    assert jpeg_proof._stand_in(photo) is not None

    monkeypatch.setattr(jpeg_proof, "READ_WHOLE", photo.stat().st_size - 1)

    assert jpeg_proof._stand_in(photo) is None
