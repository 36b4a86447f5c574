"""A seeded generator of the files people really drop, broken in the ways files really break.

``generate(count, seed)`` gives ``count`` files: sound seeds of every format VisaCase meets
(PDF, JPEG, PNG, TIFF, WebP, HEIC, email) truncated, bit-flipped, emptied or renamed, plus
hand-made traps — decompression bombs, encrypted PDFs, broken cross-reference tables, TIFFs of
hundreds of pages, deeply nested MIME, broken charsets. The same seed always gives the same
files, so the long fuzzer (``scripts/fuzz_import.py``) and the CI test share one source.
"""

from __future__ import annotations

import io
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pillow_heif
from PIL import Image

from tests.ingest import samples
from tests.robustness import hostile_pdfs
from tests.robustness.hostile_pdfs import Made


@dataclass(frozen=True)
class HostileFile:
    name: str
    data: bytes
    family: str


def _image(fmt: str, size: tuple[int, int] = (400, 500), **options: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 190, 180)).save(out, fmt, **options)
    return out.getvalue()


@cache
def seeds() -> dict[str, bytes]:
    """One sound file of each kind, the raw material of the mutations."""
    pillow_heif.register_heif_opener()
    frame = Image.new("RGB", (400, 500), (200, 190, 180))
    tiff = io.BytesIO()
    frame.save(tiff, "TIFF", save_all=True, append_images=[frame, frame])
    return {
        "pdf": hostile_pdfs.plain_pdf(),
        "jpg": _image("JPEG"),
        "png": _image("PNG"),
        "tif": tiff.getvalue(),
        "webp": _image("WEBP"),
        "heic": _image("HEIF", (64, 64)),
        "eml": _mail_with(("statement.pdf", hostile_pdfs.plain_pdf())),
        "msg": _outlook_with({"statement.pdf": hostile_pdfs.plain_pdf()}),
    }


def _mail_with(*attachments: tuple[str, bytes]) -> bytes:
    return samples.email(attachments=attachments).as_bytes()


def _outlook_with(attachments: dict[str, bytes]) -> bytes:
    return samples.outlook_message(
        subject="Documents received",
        body="See attached.",
        sent=samples.SENT,
        attachments=attachments,
    )


def _headers(subject: str = "Your visa application") -> bytes:
    return (
        b"From: Embassy <noreply@example.gov>\r\nTo: applicant@example.com\r\n"
        b"Subject: " + subject.encode() + b"\r\nDate: Mon, 3 Jun 2024 09:00:00 +0000\r\n"
        b"MIME-Version: 1.0\r\n"
    )


def _email(body: bytes, charset: str = "utf-8", subject: str = "Your visa application") -> bytes:
    content_type = b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n\r\n"
    return _headers(subject) + content_type + body


def sound(rng: random.Random) -> Made:
    ext, data = rng.choice(sorted(seeds().items()))
    return f"whole.{ext}", data


def truncated(rng: random.Random) -> Made:
    ext, data = rng.choice(sorted(seeds().items()))
    return f"truncated.{ext}", data[: rng.randrange(1, len(data))]


def bit_flipped(rng: random.Random) -> Made:
    ext, data = rng.choice(sorted(seeds().items()))
    flipped = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
    return f"flipped.{ext}", bytes(flipped)


def wrong_extension(rng: random.Random) -> Made:
    ext, data = rng.choice(sorted(seeds().items()))
    other = rng.choice([e for e in [*seeds(), "txt", "docx", ""] if e != ext])
    return f"really-{ext}.{other}".rstrip("."), data


def zero_bytes(rng: random.Random) -> Made:
    return f"empty.{rng.choice(sorted(seeds()))}", b""


def junk(rng: random.Random) -> Made:
    """Random bytes, or random bytes behind a real signature (a PDF, PNG, ZIP or Office header)."""
    magic = rng.choice(
        [b"", b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"]
    )
    name = rng.choice(["scan.pdf", "photo.png", "letter.docx", "mail.msg", "notes.txt"])
    return f"junk-{name}", magic + rng.randbytes(rng.randint(0, 4096))


def _png_chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload))
    )


def image_bomb(rng: random.Random) -> Made:
    """Tiny files that claim gigapixels: a PNG header or a JPEG frame header that lies."""
    side = rng.choice([30_000, 65_000])
    if rng.random() < 0.5:
        ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
        idat = zlib.compress(b"\0" * (1 << 20))
        data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat)
        return f"bomb-{side}px.png", data + _png_chunk(b"IEND", b"")
    data = bytearray(seeds()["jpg"])
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", side, side)
    return f"bomb-{side}px.jpg", bytes(data)


def long_tiff(rng: random.Random) -> Made:
    """A fax-style TIFF of hundreds of small pages."""
    pages = rng.randint(100, 300)
    frames = [Image.new("1", (64, 80), n % 2) for n in range(pages)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:], compression="group4")
    return f"fax-{pages}-pages.tif", out.getvalue()


def nested_mime(rng: random.Random) -> Made:
    """An email whose parts nest hundreds of levels deep (forwards of forwards of forwards)."""
    depth = rng.randint(100, 2_000)
    head = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n)
        for n in range(depth)
    )
    tail = b"".join(b"\r\n--b%d--\r\n" % n for n in reversed(range(depth)))
    body = head + b"Content-Type: text/plain\r\n\r\nsee attachment" + tail
    return f"nested-{depth}.eml", _headers() + body


def broken_charset(rng: random.Random) -> Made:
    """Declared charsets that do not exist or do not match the bytes; broken encoded words."""
    charset = rng.choice(["x-unknown-9", "utf-8", "iso-2022-jp", "utf-7", ""])
    body = rng.choice([b"\xff\xfe\xc3(\xa0\xa1", "Dépôt reçu".encode("latin-1"), rng.randbytes(64)])
    subject = rng.choice(["=?bogus?Q?Visa=?=", "=?utf-8?B?!!notbase64?=", "=?utf-8?Q?caf=E9?="])
    return f"charset-{charset or 'none'}.eml", _email(body, charset, subject)


def outlook_message(rng: random.Random) -> Made:
    """An Outlook .msg is an OLE compound file; here only its header is real."""
    return "message.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(rng.randint(0, 2048))


def hostile_attachment(rng: random.Random) -> Made:
    """A genuine email or Outlook message carrying a trap from another family as attachment."""
    family = rng.choice([image_bomb, truncated, zero_bytes, junk, *hostile_pdfs.FAMILIES])
    name, data = family(rng)
    if rng.random() < 0.5:
        return f"mail-with-{name}.eml", _mail_with((name, data))
    return f"outlook-with-{name}.msg", _outlook_with({name: data})


FAMILIES: tuple[Callable[[random.Random], Made], ...] = (
    sound,
    truncated,
    bit_flipped,
    wrong_extension,
    zero_bytes,
    junk,
    image_bomb,
    long_tiff,
    nested_mime,
    broken_charset,
    outlook_message,
    hostile_attachment,
    *hostile_pdfs.FAMILIES,
)


def generate(count: int, seed: int) -> list[HostileFile]:
    """``count`` files, every family in turn; names are made unique with a running number."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        family = FAMILIES[n % len(FAMILIES)]
        name, data = family(rng)
        made.append(HostileFile(f"{n:04d}-{name}", data, family.__name__))
    return made
