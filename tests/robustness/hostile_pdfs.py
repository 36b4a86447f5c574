"""Hostile and broken PDFs: encrypted, broken cross-reference tables, loops, lies and bombs.

Each function takes a seeded ``random.Random`` and returns ``(file name, bytes)``; the same seed
always gives the same file, so a failure found by the long fuzzer can be replayed in a test.
"""

from __future__ import annotations

import io
import random
import re
import zlib
from functools import cache

import pikepdf

Made = tuple[str, bytes]


def _save(pdf: pikepdf.Pdf, **options: object) -> bytes:
    out = io.BytesIO()
    pdf.save(out, **options)  # type: ignore[arg-type]
    return out.getvalue()


@cache
def plain_pdf(pages: int = 3) -> bytes:
    """A small sound PDF with a line of text on each page (the seed for mutations)."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont="/Helvetica"
        )
    )
    for n in range(pages):
        page = pdf.add_blank_page()
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
        page.Contents = pdf.make_stream(
            f"BT /F1 24 Tf 72 700 Td (Bank statement {n}) Tj ET".encode()
        )
    return _save(pdf)


def encrypted(rng: random.Random) -> Made:
    """Password needed to open, or only an owner password (opens without asking), or old RC4."""
    pdf = pikepdf.open(io.BytesIO(plain_pdf()))
    kind = rng.choice(["user", "owner-only", "rc4"])
    if kind == "user":
        enc = pikepdf.Encryption(owner="owner", user="secret")
    elif kind == "owner-only":
        enc = pikepdf.Encryption(owner="owner", user="", allow=pikepdf.Permissions(extract=False))
    else:
        enc = pikepdf.Encryption(owner="owner", user="secret", R=3, aes=False, metadata=False)
    return f"encrypted-{kind}.pdf", _save(pdf, encryption=enc)


def broken_xref(rng: random.Random) -> Made:
    """A cross-reference table that lies: shifted offsets, a wild startxref, none at all."""
    data = plain_pdf()
    table = data.rindex(b"\nxref\n") + 1
    kind = rng.choice(["shifted", "startxref", "missing", "garbage-table"])
    if kind == "shifted":
        data = re.sub(
            rb"(\d{10}) 00000 n",
            lambda m: b"%010d 00000 n" % (int(m.group(1)) + rng.randint(1, 40)),
            data,
        )
    elif kind == "startxref":
        data = re.sub(rb"startxref\s+\d+", b"startxref\n%d" % rng.randint(10**6, 10**9), data)
    elif kind == "missing":
        data = data[:table] + b"%%EOF\n"
    else:
        end = data.index(b"trailer", table)
        data = data[:table] + rng.randbytes(end - table) + data[end:]
    return f"xref-{kind}.pdf", data


def page_tree_trap(rng: random.Random) -> Made:
    """A page tree that loops back on itself, claims a billion pages, or has none."""
    pdf = pikepdf.open(io.BytesIO(plain_pdf()))
    kind = rng.choice(["loop", "count-lie", "no-pages", "kid-not-a-page"])
    pages = pdf.Root.Pages
    if kind == "loop":
        pages.Kids.append(pages)
    elif kind == "count-lie":
        pages.Count = 1_000_000_000
    elif kind == "no-pages":
        pages.Kids = pikepdf.Array()
        pages.Count = 0
    else:
        pages.Kids.append(pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font)))
    return f"pages-{kind}.pdf", _save(pdf, fix_metadata_version=False, qdf=rng.random() < 0.5)


def deep_nesting(rng: random.Random) -> Made:
    """Arrays nested far deeper than any parser's stack, inside a page's resources."""
    depth = rng.randint(5_000, 50_000)
    body = b"[" * depth + b"]" * depth
    data = plain_pdf().replace(b"/Type /Page", b"/Junk " + body + b" /Type /Page", 1)
    return f"nested-{depth}.pdf", data


@cache
def _deflate_bomb(megabytes: int) -> bytes:
    compressor = zlib.compressobj(9)
    block = b"0 0 m " * (1 << 16)
    chunks = [compressor.compress(block) for _ in range(megabytes * (1 << 20) // len(block))]
    return b"".join(chunks) + compressor.flush()


def deflate_bomb(rng: random.Random) -> Made:
    """A page whose few hundred KB of content inflate to hundreds of MB when drawn."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    size = rng.choice([64, 256])
    page.Contents = pdf.make_stream(_deflate_bomb(size), Filter=pikepdf.Name.FlateDecode)
    return f"deflate-bomb-{size}mb.pdf", _save(pdf, compress_streams=False)


FAMILIES = (encrypted, broken_xref, page_tree_trap, deep_nesting, deflate_bomb)
