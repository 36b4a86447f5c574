"""Which Tesseract settings read a 300-dpi scan fastest without reading it worse.

    .venv/bin/python benchmarks/ocr_settings.py [COPIES]

The labelled set is ``ocr_bench``'s four pages (a 221(g) slip, an employment letter, a bank
statement page, a dense letter), each "scanned" ``COPIES`` times (default 2: eight pages) with
its own turn and noise, rendered back the way import renders a scanned PDF page (PDFium, 300 dpi,
grey), with the original's text layer as the truth. Every setting reads the same eight images one
page at a time with OMP_THREAD_LIMIT=1; CPU seconds (this process's preparation of the image plus
the Tesseract child) are the stable figure on a shared machine, wall seconds are printed too.

The settings tried: the engine mode (``--oem 1``, LSTM only — Debian's eng data is the integer
"fast" model without the legacy engine, so 1 is what the default already picks), the page
layout (``--psm 3`` automatic, ``4`` one column, ``6`` one block), skipping the second reading
of lines as white-on-black (``tessedit_do_invert=0``), and the picture handed over: a grey PNG
(pytesseract's own way), an uncompressed grey PGM, 1-bit (thresholded here with Otsu, the way
Tesseract thresholds), or downscaled to 240 or 200 dpi. "Best" models (tessdata_best, float)
are not packaged by Debian and are slower by design, so they are not tried. Each row prints
CPU per page, accuracy (mean and worst page) and its CPU ratio against the settings before;
then a four-page scan is read page after page and one page per core. The goal: <= 1.5 s CPU a
page at >= 0.99 accuracy, every core used.

What it showed (two cores, load 2-4): engine mode, layout and the inverted-text pass change
nothing measurable; 200 dpi saves CPU but loses accuracy; the big cost was the hand-over itself
— compressing the grey PNG took about as long as Tesseract's reading. An uncompressed grey
PGM reads the same text at less than half the CPU, and is what ``ocr.recognise`` hands over;
1-bit was a little faster again at the same mean accuracy, but misread an application ID on a
clean photo (``tests/cli/test_reading_cli.py``): Tesseract's line reader uses the grey edges.
``ocr.recognise`` also writes the word boxes (Tesseract's TSV output) in the same run; against
"grey PGM", the text alone, it reads the same text in the same CPU within the noise.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
from PIL import Image

from benchmarks.ocr_bench import accuracy, pages, scanned
from desktop_app.ingest import ocr, pdf_text

GOAL_CPU_SECONDS = 1.5
GOAL_ACCURACY = 0.99
BEFORE = "--psm 6"
NO_INVERT = "-c tessedit_do_invert=0"
UNCOMPRESSED = {"1": ".pbm", "L": ".pgm"}
Prepare = Callable[[Image.Image], Image.Image]


@dataclass(frozen=True)
class Setting:
    name: str
    read: Callable[[Image.Image], str]


def as_png(config: str, prepare: Prepare = lambda image: image) -> Callable[[Image.Image], str]:
    """pytesseract's own hand-over: the image saved as a PNG for Tesseract to load."""
    return lambda image: pytesseract.image_to_string(prepare(image), config=config)


def bilevel(image: Image.Image) -> Image.Image:
    """A grey page in black and white at Otsu's threshold, the global one Tesseract itself
    picks, so that it reads the page without thresholding it again."""
    histogram = image.histogram()
    total, weighted = sum(histogram), sum(v * n for v, n in enumerate(histogram))
    best, threshold, dark, dark_weighted = 0.0, 127, 0, 0
    for value, count in enumerate(histogram[:-1]):
        dark, dark_weighted = dark + count, dark_weighted + value * count
        light = total - dark
        if not dark or not light:
            continue
        spread = dark * light * (dark_weighted / dark - (weighted - dark_weighted) / light) ** 2
        if spread > best:
            best, threshold = spread, value
    return image.point([0] * (threshold + 1) + [255] * (255 - threshold), "1")


def uncompressed(
    config: str, prepare: Prepare = lambda image: image
) -> Callable[[Image.Image], str]:
    """The image saved as an uncompressed PGM (grey) or PBM (1-bit) file for Tesseract."""

    def read(image: Image.Image) -> str:
        page = prepare(image)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder, "page").with_suffix(UNCOMPRESSED[page.mode])
            page.save(path)
            return pytesseract.image_to_string(str(path), config=config)

    return read


def at_dpi(dpi: int) -> Prepare:
    def scale(image: Image.Image) -> Image.Image:
        size = (round(image.width * dpi / 300), round(image.height * dpi / 300))
        return image.resize(size, Image.Resampling.LANCZOS)

    return scale


SETTINGS = (
    Setting("before: --psm 6, grey PNG", as_png(BEFORE)),
    Setting("--oem 1 --psm 6", as_png("--oem 1 --psm 6")),
    Setting("--psm 3", as_png("--psm 3")),
    Setting("--psm 4", as_png("--psm 4")),
    Setting("--psm 6, no invert", as_png(f"{BEFORE} {NO_INVERT}")),
    Setting("240 dpi", as_png(f"{BEFORE} --dpi 240", at_dpi(240))),
    Setting("200 dpi", as_png(f"{BEFORE} --dpi 200", at_dpi(200))),
    Setting("1-bit PNG", as_png(BEFORE, bilevel)),
    Setting("grey PGM", uncompressed(BEFORE)),
    Setting("grey PGM, no invert", uncompressed(f"{BEFORE} {NO_INVERT}")),
    Setting("1-bit PBM, --psm 4", uncompressed("--psm 4", bilevel)),
    Setting(
        "1-bit PBM, 240 dpi",
        uncompressed(f"{BEFORE} --dpi 240", lambda i: bilevel(at_dpi(240)(i))),
    ),
    Setting("after: ocr.recognise (PGM, +boxes)", lambda image: ocr.recognise(image).text),
)


def labelled_pages(copies: int) -> list[tuple[str, Image.Image, str]]:
    """(name, the scan as import renders it, its true text) for each page of the set."""
    rng = random.Random(2026)
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        for copy in range(copies):
            for name, original in pages():
                source = Path(tmp) / f"{copy}-{name}.pdf"
                source.write_bytes(original)
                truth = pdf_text.page_texts(source)[0]
                scan = pdfium.PdfDocument(scanned(original, rng))
                image = ocr.rendered(scan[0])
                scan.close()
                found.append((f"{name} #{copy + 1}", image, truth))
    return found


def cpu_seconds() -> float:
    """CPU time of this process and its Tesseract children: comparable on a busy machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(setting: Setting, labelled: list[tuple[str, Image.Image, str]]) -> tuple[float, ...]:
    """(CPU s/page, wall s/page, mean accuracy, worst accuracy) of one setting."""
    cpu = wall = 0.0
    scores = []
    for _name, image, truth in labelled:
        start, start_cpu = time.perf_counter(), cpu_seconds()
        read = setting.read(image)
        wall += time.perf_counter() - start
        cpu += cpu_seconds() - start_cpu
        scores.append(accuracy(truth, read))
    count = len(labelled)
    return cpu / count, wall / count, sum(scores) / count, min(scores)


def side_by_side(labelled: list[tuple[str, Image.Image, str]]) -> None:
    """Wall time of a four-page scanned PDF read page after page, then one page per core."""
    with tempfile.TemporaryDirectory() as tmp:
        scan = Path(tmp, "scan.pdf")
        first, *rest = [image for _name, image, _truth in labelled[:4]]
        first.save(scan, "PDF", save_all=True, append_images=rest, resolution=300)
        readers = ocr.READERS
        texts, seconds = [], []
        for ocr.READERS in (1, readers):
            start = time.perf_counter()
            texts.append(ocr.read_pdf_pages(scan, range(len(rest) + 1)))
            seconds.append(time.perf_counter() - start)
    same = "the same text" if texts[0] == texts[1] else "DIFFERENT text"
    print(
        f"{len(rest) + 1}-page scan: {seconds[0]:.2f} s page after page, {seconds[1]:.2f} s on "
        f"{readers} readers ({seconds[0] / seconds[1]:.2f}x faster, {same}); "
        f"load average {os.getloadavg()[0]:.2f}"
    )


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main(copies: int = 2) -> None:
    if not ocr.available():
        sys.exit("Tesseract is not installed (Debian: apt-get install tesseract-ocr).")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    labelled = labelled_pages(copies)
    print(f"{len(labelled)} labelled 300-dpi pages; load average {os.getloadavg()[0]:.2f}")
    print(f"{'setting':<34} {'CPU s/page':>10} {'wall s':>7} {'accuracy':>9} {'worst':>7} ratio")
    baseline = None
    for setting in SETTINGS:
        cpu, wall, mean, worst = measure(setting, labelled)
        baseline = baseline or cpu
        print(
            f"{setting.name:<34} {cpu:>10.2f} {wall:>7.2f} {mean:>9.4f} {worst:>7.4f}"
            f" {cpu / baseline:.2f}x"
        )
    side_by_side(labelled)
    print(
        f"goal: <= {GOAL_CPU_SECONDS} s CPU per page at >= {GOAL_ACCURACY} accuracy, every core "
        f"used; peak memory {peak_mib():.0f} MiB (this process or one Tesseract)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
