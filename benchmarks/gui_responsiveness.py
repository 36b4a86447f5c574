"""Does the window stay responsive while it works? Longest event-loop stall and paint times.

    .venv/bin/python benchmarks/gui_responsiveness.py [SCANS] [PACKET_PAGES] [EVENTS]

Offscreen, on a temporary case, a QTimer heartbeat ticks every 5 ms while the window:
1. imports SCANS generated 300-dpi JPEG scans through the same path a drop takes (default 60),
2. exports a packet of about PACKET_PAGES pages (default 200; the rest of the scans are added
   straight through the documents service, which is quicker than the window's import and makes
   no difference to the export) the way the packet dialog does: on a worker, with the whole
   build in a child process,
and reports the longest gap between ticks for each (goal <= 50 ms). For the export it also
reports what the window's process did meanwhile: its CPU seconds (all threads) and its garbage
collections (how many, the longest pause), the two ways a process that only waits can still
keep its event loop from running. Beside the export it reports,
from the same run, the stall of the same export run in-process on the worker (as the window did
before) and the stall of the window left idle as long: on a busy two-core machine the system
alone keeps a thread from running for tens of milliseconds, and no export can do better than
that floor. Then it loads EVENTS
timeline events (default 5,000) and times painting and scrolling the timeline (goal <= 16 ms a
frame). Text recognition of the imported scans is cancelled: its cost is measured by
benchmarks/ocr_bench.py, and it runs on the same worker pool.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from corpus import scan_jpeg
from PySide6.QtCore import QElapsedTimer, QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.gui.case_window.main_window import MainWindow
from desktop_app.gui.packet import choices
from desktop_app.gui.workers.background import StatusBarRow
from desktop_app.gui.workers.task import Task, Work, start
from desktop_app.services import cases, documents, events, export

STALL_GOAL_MS = 50
FRAME_GOAL_MS = 16


class Collections:
    """The garbage collections run while it is entered, and the longest pause among them."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def _seen(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append((time.perf_counter() - self._started) * 1000)

    def __enter__(self) -> Collections:
        self.pauses = []
        gc.callbacks.append(self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self._seen)

    def __str__(self) -> str:
        longest = max(self.pauses, default=0.0)
        return f"{len(self.pauses)} garbage collections (longest {longest:.0f} ms)"


class Heartbeat:
    """Ticks every few milliseconds; the longest gap between ticks is the worst stall."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.worst = 0

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())

    def __enter__(self) -> Heartbeat:
        self.worst = 0
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()


def wait_for(signal: object, timeout_s: float = 600) -> object:
    loop = QEventLoop()
    got: list[object] = []
    signal.connect(lambda *args: (got.extend(args), loop.quit()))  # type: ignore[attr-defined]
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    return got[0] if got else None


def scans_folder(folder: Path, count: int, rng: random.Random) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"scan-{n:03}.jpg").write_bytes(scan_jpeg(rng))
    return folder


def import_quietly(window: MainWindow, folder: Path) -> float:
    """Import like a drop does; stop the text reading that follows. Returns the seconds taken."""
    started = time.perf_counter()
    window.import_paths([folder])
    wait_for(window.import_finished)
    seconds = time.perf_counter() - started
    window.cancel_import()
    wait_for(window.reading_finished)
    return seconds


def add_scans(window: MainWindow, folder: Path, count: int, rng: random.Random) -> None:
    """``count`` more scans in the case, added the quick way, and the window settled on them:
    laying out the table's new rows is the adding's work, not the export's."""
    for path in sorted(scans_folder(folder, count, rng).iterdir()):
        documents.add_document(
            window.case, path, original_name=path.name, kind="bank_statement", page_count=1
        )
    window.refresh()
    idle(1.0)


def export_on_worker(window: MainWindow, target: Path) -> tuple[float, object]:
    """Export as the packet dialog's Save does (``choices.build``), on a worker, its progress
    and Cancel shown in the window's status bar."""
    return _on_worker(
        lambda progress, cancelled: choices.build(
            window.case, target, None, progress=progress, cancelled=cancelled
        ),
        StatusBarRow(window),
    )


def export_in_process_on_worker(window: MainWindow, target: Path) -> tuple[float, object]:
    """Export on a worker with the files worked on in this process, for comparison."""
    return _on_worker(
        lambda progress, cancelled: export.export_packet(
            window.case, target, progress=progress, cancelled=cancelled
        )
    )


def _on_worker(work: Work, row: StatusBarRow | None = None) -> tuple[float, object]:
    """Seconds and result of ``work`` on a worker, its progress in ``row``; a failure ends the
    benchmark with its text."""
    started = time.perf_counter()
    task, loop, ending = Task(work), QEventLoop(), []
    signals = task.signals
    for kind, signal in (("ok", signals.finished), ("no", signals.failed), ("no", signals.crashed)):
        signal.connect(lambda value, kind=kind: (ending.append((kind, value)), loop.quit()))
    if row is not None:
        row.begin(task, "Building packet: step {0} of {1}…")
    start(task)
    loop.exec()
    if row is not None:
        row.end()
    kind, value = ending[0]
    if kind != "ok":
        raise SystemExit(f"the export did not finish: {value}")
    return time.perf_counter() - started, value


def idle(seconds: float) -> None:
    """Let the window's event loop run with nothing to do for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def timeline_frames(window: MainWindow, event_count: int) -> tuple[int, list[float]]:
    """Milliseconds to paint the timeline at 60 scroll positions from top to bottom."""
    first = dt.date(2020, 1, 1)
    for n in range(event_count):
        events.record_event(window.case, "note", first + dt.timedelta(days=n % 2000), note=f"n{n}")
    window.refresh()
    panel = window.timeline_panel
    window.tabs.setCurrentWidget(panel)
    QApplication.processEvents()
    bar = panel.view.verticalScrollBar()
    frames = []
    for step in range(60):
        bar.setValue(bar.maximum() * step // 59)
        clock = time.perf_counter()
        panel.view.viewport().repaint()
        frames.append((time.perf_counter() - clock) * 1000)
    return panel.model.rowCount(), frames


def main(scans: int, packet_pages: int, event_count: int) -> None:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        case = cases.create_case(Path(tmp) / "bench.visacase", "Benchmark")
        window = MainWindow(case)
        window.show()
        app.processEvents()
        first_batch = scans_folder(Path(tmp) / "scans", scans, rng)
        with Heartbeat() as beat:
            import_s = import_quietly(window, first_batch)
        import_stall = beat.worst
        add_scans(window, Path(tmp) / "more", packet_pages - scans, rng)
        cpu = time.process_time()
        with Heartbeat() as beat, Collections() as collections:
            export_s, built = export_on_worker(window, Path(tmp) / "packet.pdf")
        export_stall, export_cpu = beat.worst, time.process_time() - cpu
        with Heartbeat() as beat:
            in_process_s, _ = export_in_process_on_worker(window, Path(tmp) / "again.pdf")
        in_process_stall = beat.worst
        with Heartbeat() as beat:
            idle(export_s)
        idle_stall = beat.worst
        rows, frames = timeline_frames(window, event_count)
        window.close()
        QThreadPool.globalInstance().waitForDone()
        window.deleteLater()
        app.processEvents()

    print(
        f"import of {scans} scans: {import_s:.1f} s, longest stall {import_stall} ms "
        f"(goal <= {STALL_GOAL_MS} ms)"
    )
    print(
        f"export of {getattr(built, 'pages', '?')} pages: {export_s:.1f} s, "
        f"longest stall {export_stall} ms (goal <= {STALL_GOAL_MS} ms)"
    )
    print(f"  the window's process meanwhile: {export_cpu:.2f} s CPU, {collections}")
    print(
        f"  the same export in-process on the worker: {in_process_s:.1f} s, longest stall "
        f"{in_process_stall} ms; the window idle as long: longest stall {idle_stall} ms"
    )
    print(
        f"timeline of {rows} rows: paint median "
        f"{statistics.median(frames):.1f} ms, worst {max(frames):.1f} ms while scrolling "
        f"(goal <= {FRAME_GOAL_MS} ms a frame)"
    )
    print(f"load average: {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    numbers = [int(a) for a in sys.argv[1:4]]
    main(*(numbers + [60, 200, 5000][len(numbers) :]))
