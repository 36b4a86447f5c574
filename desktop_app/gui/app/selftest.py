"""``visacase --self-test``: drive the real window headless and say OK, or which step failed.

It creates a case in a temporary folder, imports a generated scan and PDF through the same path a
drop takes, records a CEAC observation, exports the packet in a child process as the window does,
renders a PDF page with Qt's PDF module, and prints one line with the timings. The packaged app
runs the same check, which proves its bundle is complete: a bundle without Tesseract fails at
'read text', since such an app cannot read a scan; one whose child processes cannot start fails
at the export.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from desktop_app.gui.app.crash import CrashReport
    from desktop_app.store.casefile import CaseFile

STEPS: list[tuple[str, float]] = []


def run_self_test() -> int:
    step = "start Qt"
    try:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication([sys.argv[0]])
        with tempfile.TemporaryDirectory(prefix="visacase-selftest-") as tmp:
            folder = Path(tmp)
            try:
                for step, action in _steps(app, folder):
                    started = time.perf_counter()
                    action()
                    STEPS.append((step, time.perf_counter() - started))
            finally:  # a step that failed may leave a window whose background work still runs
                _close_windows(app)
    except Exception as exc:
        print(f"FAILED at '{step}': {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    timings = ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in STEPS)
    print(f"OK VisaCase self-test: {timings}")
    return 0


def _close_windows(app: object) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.close()
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()  # type: ignore[attr-defined]


def _steps(app: object, folder: Path) -> list[tuple[str, Callable[[], None]]]:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    from desktop_app.gui.case_window.main_window import MainWindow
    from desktop_app.services import cases, documents, events, export, reading

    state: dict[str, object] = {}

    def create() -> None:
        state["case"] = cases.create_case(folder / "self-test.visacase", "Self-test")

    def window() -> None:
        win = MainWindow(state["case"], dialogs=QuietDialogs())  # type: ignore[arg-type]
        win.show()
        state["window"] = win

    def import_files() -> None:
        scan, pdf = folder / "scan.jpg", folder / "letter.pdf"
        scan.write_bytes(_scan_jpeg())
        pdf.write_bytes(_letter_pdf())
        win: MainWindow = state["window"]  # type: ignore[assignment]
        outcomes: list = []
        win.import_finished.connect(outcomes.extend)
        _run_until(win.import_finished, lambda: win.import_paths([scan, pdf]))
        if [o.status for o in outcomes] != ["added", "added"]:
            raise RuntimeError(f"import gave {[(o.status, o.reason) for o in outcomes]}")

    def read_text() -> None:  # the window reads what was imported in the background
        if not reading.can_ocr():
            raise RuntimeError("Tesseract is not installed, so scans cannot be read")
        case: CaseFile = state["case"]  # type: ignore[assignment]
        _run_until(state["window"].reading_finished, lambda: None)  # type: ignore[attr-defined]
        texts = [documents.get_document_text(case, d.id) for d in documents.list_documents(case)]
        if not any("EMPLOYMENT" in text for text in texts):
            raise RuntimeError("Tesseract did not read the scan")

    def record_status() -> None:
        events.record_event(
            state["case"],
            "ceac_status",
            dt.date.today(),  # type: ignore[arg-type]
            payload={"status": "Refused", "text": "Refused"},
        )

    def export_and_render() -> None:
        packet = export.export_packet(state["case"], folder / "packet.pdf", in_child=True)  # type: ignore[arg-type]
        document = QPdfDocument()
        if document.load(str(packet.path)) != QPdfDocument.Error.None_:
            raise RuntimeError("QtPdf could not load the packet")
        image = document.render(0, QSize(612, 792))
        if image.isNull() or document.pageCount() != packet.pages:
            raise RuntimeError("QtPdf could not render the packet's first page")
        document.close()

    def close() -> None:
        state["window"].close()  # type: ignore[attr-defined]
        state["case"].close()  # type: ignore[attr-defined]

    return [
        ("create case", create),
        ("open window", window),
        ("import", import_files),
        ("read text", read_text),
        ("record status", record_status),
        ("export packet", export_and_render),
        ("close", close),
    ]


def _run_until(signal: SignalInstance, start: Callable[[], object]) -> None:
    """Start something and run Qt's event loop until ``signal`` says it is done (60 s at most)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


class QuietDialogs:
    """Answers every question without showing anything: the self-test runs unattended."""

    def inform(self, title: str, text: str) -> None:
        pass

    def confirm(self, title: str, text: str) -> bool:
        return True

    def save_path(self, title: str, suggested: str, kind: str = "") -> Path | None:
        return None

    def crash(self, report: CrashReport) -> None:
        print(report.details, file=sys.stderr)  # the step waiting for the job then fails


def _scan_jpeg() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("L", (1275, 1650), 245)
    ImageDraw.Draw(img).text((100, 100), "EMPLOYMENT VERIFICATION LETTER", fill=20)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def _letter_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, "Bank statement - self-test")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
