"""Small PDFs of blank pages for the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pikepdf


def blank_pdf(path: Path, pages: int = 1) -> Path:
    """Blank pages, titled by the file name so no two files are the same bytes."""
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page()
    pdf.docinfo["/Title"] = path.stem
    pdf.save(path, deterministic_id=True)
    return path
