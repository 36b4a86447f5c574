"""A labelled set of generated document texts, for measuring kind suggestions.

Slips of several posts and colours, consulate emails and the instruction sheets attached to
them (both talk about 221(g) without being the notice), letters, statements, certificates,
passports, 214(b) letters and CEAC pages — each clean, as a text layer gives it, and OCR-noisy,
as a phone photo read by Tesseract gives it (0/O, 1/l, rn/m swaps, doubled spaces, dropped
characters), from a fixed seed so every run sees the same set. Names and numbers are invented.
``benchmarks/kind_precision.py`` prints precision and recall per kind over it, and
``tests/domain/test_kind_reading.py`` holds the 221(g) notice's precision to its target.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks import kind_templates as t

SEED = 221


@dataclass(frozen=True)
class Labelled:
    """One document's text, what it truly is, and the media type it arrived with."""

    name: str
    kind: str
    text: str
    media_type: str | None = None


def documents(seed: int = SEED) -> list[Labelled]:
    """Every template, clean and noisy (the noise drawn from ``seed``)."""
    rng = random.Random(seed)
    clean = list(_clean())
    return clean + [
        Labelled(f"{d.name} (OCR)", d.kind, noisy(d.text, rng), d.media_type)
        for d in clean
        if d.media_type is None
    ]


def _clean() -> list[Labelled]:
    found = [
        Labelled(f"slip {n} ({post}, {colour})", "notice_221g", text)
        for n, ((post, colour), text) in enumerate(zip(t.POSTS, t.slips(), strict=True))
    ]
    found += [Labelled(f"email {n}", "consulate_email", text) for n, text in enumerate(t.emails())]
    found += [
        Labelled(f"saved email {n}", "consulate_email", text, "message/rfc822")
        for n, text in enumerate(t.email_bodies())
    ]
    for kind, texts in t.OTHERS.items():
        found += [Labelled(f"{kind} {n}", kind, text) for n, text in enumerate(texts())]
    return found


_SWAPS = (("m", "rn"), ("l", "1"), ("O", "0"), ("o", "0"), ("e", "c"), ("i", "l"), ("S", "5"))


_TICKS = ("[X]", "X]", "|X|", "[x]", "(X)")


def noisy(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """The text as OCR of a photo might give it: a few characters swapped or lost, spaces
    doubled, tick boxes read as whatever the marks looked like; line breaks stay, as Tesseract
    keeps lines."""
    text = "\n".join(line.replace("[X]", rng.choice(_TICKS), 1) for line in text.splitlines())
    out = []
    for ch in text:
        roll = rng.random()
        swap = next((b for a, b in _SWAPS if a == ch), None)
        if swap is not None and roll < rate:
            out.append(swap)
        elif ch.isalpha() and roll < rate / 4:
            continue
        elif ch == " " and roll < rate * 2:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)
