"""What drawing the packet's own parts costs: the stamp on every page and the generated pages.

    .venv/bin/python benchmarks/stamps_bench.py [PAGES]

Plans a packet of PAGES document pages (default 200: ten-page documents of three kinds, two
applicants with application IDs, Bates numbers) and draws its stamps, then its cover, index and
tab pages, as an export does: in a fresh process each time, since an export pays for loading
its fonts and shaping its first lines. In the same run, alternating, three times each, keeping
the best: the floor, reportlab writing the stamps' words on as many pages in the same two Noto
faces, embedded, with no shaping, fitting or right-to-left handling — the least a stamp in an
embedded font costs. Prints the CPU time of the stamps against the floor (goal <= 1.3x) and of
the generated pages beside it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.domain.packet_plan import PacketPlan, SourceDocument, plan_packet
from desktop_app.packet import fonts
from desktop_app.packet.pages import CoverFacts, draw_generated
from desktop_app.packet.stamps import PageSize, draw_stamps

RATIO_GOAL = 1.3
REPEAT = 3
KINDS = (
    ("bank_statement", "Bank statements"),
    ("employment_letter", "Employment"),
    ("property", "Property"),
)
PEOPLE = (("Maria Santos", "AA00B7QPGN"), ("João Santos", "AA00B7QPGP"))


def plan(pages: int) -> PacketPlan:
    docs = []
    for n in range(pages // 10):
        kind, label = KINDS[n % len(KINDS)]
        person, reference = PEOPLE[n % len(PEOPLE)]
        docs.append(
            SourceDocument(
                n + 1,
                f"{label} {n + 1}",
                kind,
                label,
                10,
                applicant=person,
                principal=n % 2 == 0,
                reference=reference,
            )
        )
    return plan_packet(docs, PacketOptions(bates_prefix="SANTOS-"))


def facts() -> CoverFacts:
    return CoverFacts(
        title="Santos family",
        post="U.S. Embassy Manila",
        visa_class="B1/B2",
        submitted_on="2026-03-02",
        applicants=tuple(f"{name} · {ref}" for name, ref in PEOPLE),
        requested=(),
    )


def ours(pages: int, folder: Path) -> tuple[float, float]:
    """CPU seconds of the stamps, then of the generated pages."""
    packet = plan(pages)
    started = time.process_time()
    draw_stamps(packet, [PageSize(612, 792)] * packet.page_count, "", folder / "stamps.pdf")
    stamped = time.process_time()
    draw_generated(packet, facts(), "letter", folder / "generated.pdf")
    return stamped - started, time.process_time() - stamped


def floor(pages: int, folder: Path) -> tuple[float, float]:
    """The stamps' words on as many pages, as plain strings in the same embedded faces."""
    packet = plan(pages)
    started = time.process_time()
    for name in ("NotoSans", "NotoSans-Bold"):
        pdfmetrics.registerFont(TTFont(f"Floor{name}", str(fonts.FONTS_DIR / fonts.FILES[name])))
    canvas = Canvas(str(folder / "floor.pdf"), invariant=1, initialFontName="FloorNotoSans")
    for page in packet.pages:
        canvas.setFont("FloorNotoSans-Bold", 9)
        canvas.drawString(23, 23, page.label)
        canvas.drawRightString(589, 23, f"page {page.number} of {packet.page_count}")
        canvas.setFont("FloorNotoSans", 7.5)
        canvas.drawString(23, 11, f"{page.applicant} · {page.reference}")
        canvas.drawRightString(589, 11, page.bates)
        canvas.showPage()
    canvas.save()
    return time.process_time() - started, 0.0


def _child(what: str, pages: int, queue: multiprocessing.Queue) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        queue.put((ours if what == "ours" else floor)(pages, Path(tmp)))


def _fresh(what: str, pages: int) -> tuple[float, float]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_child, args=(what, pages, queue))
    child.start()
    seconds = queue.get()
    child.join()
    return seconds


def main() -> int:
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    floors, stamps, generated = [], [], []
    for _ in range(REPEAT):
        floors.append(_fresh("floor", pages)[0])
        stamped, drawn = _fresh("ours", pages)
        stamps.append(stamped)
        generated.append(drawn)
    best_floor, best = min(floors), min(stamps)
    print(f"document pages: {pages}")
    print(
        f"CPU: floor (the stamps' words as plain strings) {best_floor * 1000:.0f} ms, "
        f"stamps {best * 1000:.0f} ms, ratio {best / best_floor:.2f}x (goal <= {RATIO_GOAL}x)"
    )
    print(
        f"CPU of the cover, index and tab pages, drawn after the stamps: "
        f"{min(generated) * 1000:.0f} ms"
    )
    print(f"load average: {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
