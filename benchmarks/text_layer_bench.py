"""What the invisible text layer of scanned pages costs a packet: bytes and export time.

    .venv/bin/python benchmarks/text_layer_bench.py [PAGES]

Builds a case holding one scanner's PDF of PAGES pages (default 20: ``ocr_bench``'s dense
letter, each page scanned with its own turn and noise), reads it (Tesseract, as import does),
then exports the packet with the words laid over the scans and, in the same run, the floor: the
same packet with the case's words removed, so without the layer. Each export runs three times,
alternating, keeping the best. Prints the bytes the layer adds (in all and per page), the
export time against the floor, and how many of the scanned words ``pdftotext`` finds in the
packet (goal: all of them).
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pikepdf
from sqlalchemy import delete, select

from benchmarks.ocr_bench import dense_letter, scanned
from desktop_app.services import cases, documents, export, page_words, reading
from desktop_app.store.casefile import CaseFile
from desktop_app.store.models import PageWordsRow

REPEAT = 3


def scanner_pdf(pages: int) -> bytes:
    rng = random.Random(2026)
    letter = dense_letter()
    merged = pikepdf.new()
    for _ in range(pages):
        with pikepdf.open(io.BytesIO(scanned(letter, rng))) as page:
            merged.pages.extend(page.pages)
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def timed_export(case: CaseFile, target: Path) -> tuple[float, int]:
    start = time.perf_counter()
    built = export.export_packet(case, target, record=False)
    return time.perf_counter() - start, built.size


def main() -> int:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        case = cases.create_case(folder / "bench.visacase", "Bench", post="U.S. Embassy Manila")
        doc = documents.add_document(
            case, scanner_pdf(pages), original_name="scan.pdf", page_count=pages
        ).id
        start = time.perf_counter()
        reading.read_documents(case)
        print(f"read {pages} pages in {time.perf_counter() - start:.1f} s")
        words = [w.text for page in page_words.words_of(case, [doc])[doc].values() for w in page]
        laid: list[tuple[float, int]] = []
        floor: list[tuple[float, int]] = []
        for n in range(REPEAT):
            laid.append(timed_export(case, folder / f"with-{n}.pdf"))
            with case.session() as s, s.begin():
                rows = [
                    (r.document_id, r.page, r.words, r.turn)
                    for r in s.scalars(select(PageWordsRow))
                ]
                s.execute(delete(PageWordsRow))
            floor.append(timed_export(case, folder / f"without-{n}.pdf"))
            with case.session() as s, s.begin():
                s.add_all(
                    PageWordsRow(document_id=d, page=p, words=w, turn=t) for d, p, w, t in rows
                )
        packet = str(folder / "with-0.pdf")
        text = subprocess.run(
            ["pdftotext", packet, "-"], capture_output=True, text=True, check=True
        ).stdout.split()
        case.close()
    (with_s, with_b), (without_s, without_b) = min(laid), min(floor)
    added = with_b - without_b
    found = sum(1 for w in set(words) if w in text)
    print(
        f"text layer: +{added / 1024:.1f} KiB on {without_b / 1024 / 1024:.2f} MiB "
        f"({added / without_b * 100:.2f} %), {added / pages / 1024:.1f} KiB a page; export "
        f"{with_s:.2f} s against {without_s:.2f} s without ({with_s / without_s:.2f}x, "
        f"+{(with_s - without_s) / pages * 1000:.0f} ms a page); pdftotext finds "
        f"{found} of {len(set(words))} distinct words read"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
