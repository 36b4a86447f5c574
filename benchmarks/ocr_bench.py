"""Text recognition of scanned PDFs: seconds per page and character accuracy, with Tesseract.

    .venv/bin/python benchmarks/ocr_bench.py [COPIES]

Takes the sample case's born-digital pages (the 221(g) slip, the employment letter, a bank
statement page) plus a dense two-column-free letter page, and "scans" each the way a flatbed or
a phone app does: rendered at 300 dpi in grey, turned by up to 1.5°, blurred a little, speckled
with noise, saved as a JPEG inside a PDF with no text layer. Each scan then goes through the
app's own path (``ocr.read_pdf_pages``: PDFium render at 300 dpi, Tesseract) and its text is
compared with the original's text layer (difflib ratio over whitespace-collapsed text). Wall
and CPU seconds are both printed: on a shared machine the CPU figure is the stable one. The
slip scores below 1 mostly because OCR reads its tick boxes ("[X]", "[_]") that the text layer
leaves out.

Why Tesseract: it installs offline from Debian (``tesseract-ocr tesseract-ocr-eng``, ~52 MB) and
ships next to the desktop binary; measured here ~3.4 s per 300-dpi page with OMP_THREAD_LIMIT=1
and 0.999 character accuracy on a noisy, skewed scan. RapidOCR (onnxruntime), the other offline
candidate, was 5x slower (16-23 s/page), 0.9 GB, pulls OpenCV — which rewrites
QT_QPA_PLATFORM_PLUGIN_PATH and is a known way to break PySide6 apps and frozen builds — and read
worse. No cloud OCR: nothing may leave the computer.
"""

from __future__ import annotations

import difflib
import io
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.ingest import ocr, pdf_text
from desktop_app.services import sample_content

SCAN_DPI = 300


def scanned(page_pdf: bytes, rng: random.Random, *, dpi: int = SCAN_DPI) -> bytes:
    """A PDF holding only a noisy, slightly turned JPEG scan of ``page_pdf``'s first page."""
    pdf = pdfium.PdfDocument(page_pdf)
    page = pdf[0]
    width, height = page.get_size()
    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    page.close()
    pdf.close()
    image = image.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor=245)
    noise = Image.effect_noise(image.size, 18).point(lambda v: max(0, v - 128))
    image = ImageChops.subtract(image, noise).filter(ImageFilter.GaussianBlur(0.6))
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=75, dpi=(dpi, dpi))
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=1)
    canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width, height)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def dense_letter() -> bytes:
    """A full page of ordinary letter prose, the hardest common case (small type, long lines)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER, invariant=1)
    text = canvas.beginText(60, 730)
    text.setFont("Times-Roman", 11)
    rng = random.Random(7)
    words = (
        "applicant", "employment", "salary", "consular", "section", "documents", "submitted",
        "statement", "account", "passport", "application", "embassy", "processing",
        "verification", "approved", "leave", "certificate",
    )  # fmt: skip
    for _ in range(50):
        text.textLine(" ".join(rng.choice(words) for _ in range(9)).capitalize() + ".")
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def pages() -> list[tuple[str, bytes]]:
    return [
        ("221(g) slip", sample_content.slip_221g_pdf()),
        ("employment letter", sample_content.employment_letter_pdf()),
        ("bank statement", sample_content.bank_statement_pdf()),
        ("dense letter", dense_letter()),
    ]


def accuracy(truth: str, read: str) -> float:
    flat_truth, flat_read = " ".join(truth.split()), " ".join(read.split())
    return difflib.SequenceMatcher(None, flat_truth, flat_read, autojunk=False).ratio()


def _cpu_seconds() -> float:
    """CPU time of this process and its Tesseract children: comparable on a busy machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(copies: int = 1) -> None:
    if not ocr.available():
        sys.exit("Tesseract is not installed (Debian: apt-get install tesseract-ocr).")
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    rng = random.Random(2026)
    seconds, cpu, scores = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for copy in range(copies):
            for name, original in pages():
                source = Path(tmp) / f"{copy}-{name}.pdf"
                source.write_bytes(original)
                truth = pdf_text.page_texts(source)[0]
                scan = Path(tmp) / f"{copy}-{name}-scan.pdf"
                scan.write_bytes(scanned(original, rng))
                start, start_cpu = time.perf_counter(), _cpu_seconds()
                read = (ocr.read_pdf_pages(scan, [0]) or {}).get(0, ocr.Recognised("")).text
                seconds.append(time.perf_counter() - start)
                cpu.append(_cpu_seconds() - start_cpu)
                scores.append(accuracy(truth, read))
                print(
                    f"{name:<18} {seconds[-1]:5.2f} s ({cpu[-1]:5.2f} s CPU)"
                    f"   accuracy {scores[-1]:.4f}"
                )
    print(
        f"OCR: {sum(seconds) / len(seconds):.2f} s/page "
        f"({sum(cpu) / len(cpu):.2f} s CPU) over {len(seconds)} pages, "
        f"mean character accuracy {sum(scores) / len(scores):.4f} (min {min(scores):.4f})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
