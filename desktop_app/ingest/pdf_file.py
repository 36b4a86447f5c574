"""Checking a PDF before it joins a case: it opens, it is not locked, it has a sane page count.

qpdf (through pikepdf) is asked first, as the packet is built with it; a PDF that qpdf cannot
open but PDFium can (a bank statement whose permissions qpdf cannot read, a file viewers repair)
is counted by PDFium: the packet then carries pictures of its pages (``packet.placing``).

Both libraries load with the first PDF: the reader process answers for the pictures before it
some 70 ms sooner.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from desktop_app.errors import DECODER_ERRORS, UserFacingError
from desktop_app.messages import N_, _, translated

# qpdf reports each repair it makes to a broken PDF; those notes are not for the person, whose
# answer is the file imported or refused, so without a configured log they go nowhere (rather
# than to stderr through logging's last-resort handler).
logging.getLogger("pikepdf").addHandler(logging.NullHandler())

LOCKED = N_("this PDF is password-protected — open it and save an unprotected copy")
DAMAGED = N_("this PDF is damaged or incomplete")
MAX_PAGES = 2000
"""A consulate asks for letters, statements and certificates, not archives. A 2,000-page PDF is
most likely a whole mailbox or a broken file, and would make the packet unprintable."""


def page_count(source: bytes | Path) -> int:
    """Pages of a readable PDF; anything else is refused with a reason a person can act on."""
    import pikepdf

    opened = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with pikepdf.open(opened) as pdf:
            pages = len(pdf.pages)
    except pikepdf.PasswordError:
        pages = _pdfium_pages(source, LOCKED)
    except MemoryError:
        raise  # past the reader's memory bound: refused as such, not as damaged
    except (pikepdf.PdfError, RuntimeError, *DECODER_ERRORS):
        pages = _pdfium_pages(source, DAMAGED)
    if pages == 0:
        raise UserFacingError(_("this PDF has no pages"))
    if pages > MAX_PAGES:
        raise UserFacingError(
            _(
                "this PDF has {pages} pages; VisaCase takes up to {most} pages per file, since a "
                "consulate asks for documents, not archives — split it into the documents you need"
            ).format(pages=f"{pages:,}", most=f"{MAX_PAGES:,}")
        )
    return pages


def _pdfium_pages(source: bytes | Path, refusal: str) -> int:
    """Pages as PDFium counts them (it opens what viewers open), or ``refusal``."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    except (pdfium.PdfiumError, *DECODER_ERRORS):
        raise UserFacingError(translated(refusal)) from None
    try:
        return len(pdf)
    finally:
        pdf.close()
