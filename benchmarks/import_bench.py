"""Import speed against a plain copy of the same bytes, OCR seconds per page, and peak memory.

    .venv/bin/python benchmarks/import_bench.py

Generates the corpus people drag in: 60 photo-like 300-dpi JPEG scans, five 20-page scanner PDFs,
five born-digital PDFs and three consulate emails with a PDF and a photo attached. Then, in this
one run and alternating three times (keeping the best of each, as the machine may be busy):

- the floor: ``shutil.copyfile`` of every file into a folder on the same disk, each file
  fsync'd, since the case file is fsync'd on commit too, and SHA-256-hashed, since the case
  keys each document by its hash;
- the import without OCR: ``intake.take_in`` into a new case file, in a fresh child process, so
  its time includes starting the bounded reader process and its peak memory is its own. The
  import's last commit is fsync'd, but what it wrote may still be only in the write-ahead log
  (``store.checkpoints``); closing the case copies it into the file, and that time is printed
  beside.

The ratio's goal is <= 3x. The import's peak memory is printed for the corpus once and twice
over (a second copy of each file with one byte changed, so nothing is a duplicate): the goal is
that it stays flat, as files are read and stored one at a time. Peak memory is that of the
importing process and, separately, of its reader child (``RUSAGE_CHILDREN`` once it has ended);
so is the CPU time, printed beside the wall time because on a busy machine the wall time of an
import that keeps two processes busy mostly measures waiting for a core, while the floor mostly
waits for the disk.
Finally OCR is timed on two scanner pages, in wall and CPU seconds.
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import random
import resource
import shutil
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

import img2pdf
from corpus import peak_mib
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from desktop_app.ingest import ocr
from desktop_app.services import cases, intake

REPEAT = 3
FONT = ImageFont.load_default(size=38)
WORDS = ["consular", "applicant", "visa", "passport", "employment", "salary", "bank", "Manila"]
SCANS, SCANNER_PDFS, SCANNER_PAGES, BORN_DIGITAL, EMAILS = 60, 5, 20, 5, 3


def main() -> int:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        folder = Path(tmp)
        corpus = _corpus(folder / "corpus", rng)
        doubled = _doubled(corpus, folder / "corpus-2x")
        size = sum(p.stat().st_size for p in corpus)
        print(f"corpus: {len(corpus)} files, {size / 2**20:.0f} MiB")
        copies, imports = [], []
        for n in range(REPEAT):
            copies.append(_plain_copy(corpus, folder / f"copy-{n}"))
            imports.append(_timed_import(folder / f"case-{n}.visacase", corpus))
        copy, (seconds, peak, reader_peak, cpu, reader_cpu, closing) = min(copies), min(imports)
        print(
            f"floor (copyfile + fsync + SHA-256): {copy:.2f} s   import without OCR: "
            f"{seconds:.2f} s   ratio {seconds / copy:.2f}x (goal <= 3x)   CPU: importer "
            f"{cpu:.2f} s + reader {reader_cpu:.2f} s, side by side   then closing the case "
            f"(copying what the log still holds into the file): {closing:.2f} s"
        )
        twice = _timed_import(folder / "case-2x.visacase", corpus + doubled)
        peak_2x, reader_peak_2x = twice[1:3]
        print(
            f"peak RSS, importing process / reader (at most): {peak:.0f} / {reader_peak:.0f} MiB "
            f"for {len(corpus)} files; {peak_2x:.0f} / {reader_peak_2x:.0f} MiB for "
            f"{2 * len(corpus)} files (goal: flat)"
        )
        _ocr_per_page(next(p for p in corpus if p.name.startswith("scanner-")))
    return 0


def _corpus(folder: Path, rng: random.Random) -> list[Path]:
    folder.mkdir()
    scans = []
    for n in range(SCANS):
        scans.append(folder / f"scan-{n:02d}.jpg")
        scans[-1].write_bytes(_photo_scan(rng))
    pdfs = []
    for n in range(SCANNER_PDFS):
        pages = [str(scans[(n * 11 + k) % SCANS]) for k in range(SCANNER_PAGES)]
        pdfs.append(folder / f"scanner-{n}.pdf")
        pdfs[-1].write_bytes(img2pdf.convert(pages))
    born = []
    for n in range(BORN_DIGITAL):
        born.append(folder / f"statement-{n}.pdf")
        born[-1].write_bytes(_born_digital(n, pages=3 + n))
    mails = []
    for n in range(EMAILS):
        mails.append(folder / f"consulate-{n}.eml")
        mails[-1].write_bytes(_email(n, _born_digital(100 + n, 1), _photo_scan(rng)))
    return scans + pdfs + born + mails


def _doubled(corpus: list[Path], folder: Path) -> list[Path]:
    """A second corpus of the same sizes and kinds whose every file differs from the first."""
    folder.mkdir()
    copies = []
    for path in corpus:
        data = bytearray(path.read_bytes())
        if path.suffix == ".eml":
            data = data.replace(b"Subject: ", b"Subject: Re: ", 1)
        else:
            data += b"\n%second\n" if path.suffix == ".pdf" else b"\0"  # after the end marker
        copies.append(folder / path.name)
        copies[-1].write_bytes(bytes(data))
    return copies


def _photo_scan(rng: random.Random) -> bytes:
    """A letter page photographed or scanned at 300 dpi: tinted paper, 50 lines of real words
    (so OCR has text to read), softened as a lens or scanner glass does."""
    tint = rng.randrange(215, 245)
    img = Image.new("RGB", (2550, 3300), (tint, tint - 4, tint - 12))
    draw = ImageDraw.Draw(img)
    for line in range(50):
        ink = rng.randrange(20, 90)
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(6, 11)))
        draw.text((200, 200 + line * 56), words, fill=(ink, ink, ink + 20), font=FONT)
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80, dpi=(300, 300))
    return out.getvalue()


def _born_digital(seed: int, pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    for page in range(pages):
        canvas.setFont("Helvetica", 10)
        for line in range(50):
            canvas.drawString(
                60, 740 - line * 14, f"Statement {seed} page {page + 1} line {line}: 1,234.56 PHP"
            )
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _email(n: int, letter: bytes, photo: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Consular Section Manila <support-manila@example.org>"
    msg["To"] = "maria.santos@example.com"
    msg["Subject"] = f"Your visa application AA00B7QPG{n} - documents requested"
    msg["Date"] = f"Wed, 0{n + 1} Sep 2026 10:15:00 +0000"
    msg.set_content("Please send the documents listed in the attached letter.")
    msg.add_attachment(letter, maintype="application", subtype="pdf", filename="letter.pdf")
    msg.add_attachment(photo, maintype="image", subtype="jpeg", filename="passport.jpg")
    return msg.as_bytes()


def _plain_copy(files: list[Path], target: Path) -> float:
    target.mkdir()
    started = time.perf_counter()
    for path in files:
        dest = target / path.name
        shutil.copyfile(path, dest)
        with dest.open("rb+") as fh:
            os.fsync(fh.fileno())
        with path.open("rb") as fh:
            hashlib.file_digest(fh, "sha256")
    return time.perf_counter() - started


def _timed_import(
    case_path: Path, files: list[Path]
) -> tuple[float, float, float, float, float, float]:
    """(seconds, peak MiB of the importer, peak MiB of its reader, CPU seconds of each, seconds
    closing the case) of one import, in a fresh process."""
    cases.create_case(case_path, "Benchmark").close()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_import_child, args=(case_path, files, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def _import_child(case_path: Path, files: list[Path], queue: multiprocessing.Queue) -> None:
    case = cases.open_case(case_path)
    started, cpu = time.perf_counter(), time.process_time()
    outcomes = intake.take_in(case, files)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    closing = time.perf_counter()
    case.close()
    closing = time.perf_counter() - closing
    refused = [o for o in outcomes if o.status == "refused"]
    if refused:
        raise SystemExit(f"benchmark corpus not imported whole: {refused[:3]}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    reader_cpu = children.ru_utime + children.ru_stime
    queue.put((seconds, peak_mib(), children.ru_maxrss / 1024, cpu, reader_cpu, closing))


def _ocr_per_page(scanner_pdf: Path) -> None:
    if not ocr.available():
        print("OCR: Tesseract is not installed, not timed")
        return
    started, cpu = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    texts = ocr.read_pdf_pages(scanner_pdf, [0, 1]) or {}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + (after.ru_utime - children.ru_utime)
    cpu += after.ru_stime - children.ru_stime
    wall = time.perf_counter() - started
    print(
        f"OCR: {wall / 2:.1f} s per 300-dpi page wall, {cpu / 2:.1f} s CPU "
        f"({len(texts)} pages, Tesseract)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
