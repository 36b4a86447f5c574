"""The sentences VisaCase may give when it refuses a file, and a check that a reason is one.

A refusal is shown to someone holding a file they need for their visa case, so it must say what
is wrong and what to do — never an exception's text. Each pattern below is one such sentence (or
one family of them, such as "this is a RAR archive; unpack it…"). A new refusal reason is a
product decision: add its sentence here when you add it to the app.
"""

from __future__ import annotations

import re

SENTENCES = (
    r"this file is empty",
    r"this file is larger than [\d,]+ MB; split or compress it first",
    r"it cannot be read \((Permission denied|No such file or directory|Is a directory)\)",
    r"this kind of file is not supported; use PDF, JPEG, PNG(, TIFF| or TIFF).*",
    r"this PDF is password-protected — open it and save an unprotected copy",
    r"this PDF is damaged or incomplete",
    r"this PDF has no pages",
    r"this (PDF|TIFF) has [\d,]+ pages; VisaCase takes up to [\d,]+ .*split it into the documents "
    r"you need",
    r"this image is damaged or incomplete",
    r"this image is too large to open safely.*(lower resolution|300 dpi)",
    r"this (looks like a )?(Word|Excel|PowerPoint|old Office|old Word|old Excel|old PowerPoint|"
    r"OpenDocument|damaged ZIP|damaged Outlook).*",
    r"this is (a|an) (Word|Excel|PowerPoint|old|OpenDocument|ZIP|RAR|7-Zip|compressed).*"
    r"(save it as PDF first|unpack it and import the files inside)",
    r"(GIF|BMP|AVIF) pictures are not supported; save it as (PNG or JPEG|JPEG or PNG).*",
    r"this is a video or audio file, not a document",
    r"this (email|message) .+",
    r"this file took too long to open — it may be damaged; .+ then import that copy",
    r"this file needs more memory to open than VisaCase allows — .+ then import that copy",
    r"this file stopped the reader that opens it — it may be damaged; .+ then import that copy",
)
_PATTERNS = [re.compile(s) for s in SENTENCES]
EXCEPTION_TRACES = re.compile(r"Error|Exception|Traceback|errno|0x[0-9a-f]|<[a-z]|/tmp/|\n")


def is_human(reason: str) -> bool:
    """True when ``reason`` is one of the known sentences and carries no exception text."""
    return (
        bool(reason)
        and not EXCEPTION_TRACES.search(reason)
        and any(p.fullmatch(reason) for p in _PATTERNS)
    )
