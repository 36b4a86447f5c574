"""What the packet dialog does with the packet it previews: save it, print it, mark it submitted.

The dialog (``packet_dialog``) arranges the packet and shows it; these are its buttons' work,
each on ``run_in_background`` with the dialog's progress row. A save carries on in the case
window after the dialog closes; printing stops with it. What is saved or printed always has its
identifiers in full: while the preview masks them, printing builds the packet again unmasked.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop_app.gui.case_window import case_actions
from desktop_app.gui.packet import choices as packet_choices
from desktop_app.gui.packet.task_progress import TaskProgress
from desktop_app.gui.translations import display_date
from desktop_app.gui.workers.background import run_in_background
from desktop_app.gui.workers.print_worker import finished_message, printing_work
from desktop_app.gui.workers.task import Task, Work
from desktop_app.services import export, submission
from desktop_app.services.export import ExportResult
from desktop_app.services.printing import Printed

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class PacketSending:
    """The packet dialog's save, print and mark-as-submitted (mixed into ``PacketDialog``, whose
    state they read: the window, the preview's files, the progress row and the buttons, and
    whose ``choices()`` they save)."""

    saved: Signal
    printed: Signal
    submitted: Signal
    _window: MainWindow
    _printer_seam: Callable[[QWidget], QPrinter | None]
    _printer: QPrinter | None
    _saved_version: int | None
    _parts: list[Path]
    _parts_masked: bool
    _closed: bool
    _tmp: Path
    progress: TaskProgress
    save_button: QPushButton
    print_button: QPushButton

    def save(self) -> Task | None:
        if not self.save_button.isEnabled():
            return None
        task = case_actions.export_packet(
            self._window, self.choices(), rows=[self.progress], on_success=self._saved
        )
        self._update_buttons()
        return task

    def _saved(self, built: ExportResult) -> None:
        if self._closed:  # a save carries on in the window after the dialog has closed
            return
        versions = export.list_packet_versions(self._window.case)
        self._saved_version = versions[-1].id if versions else None
        self.saved.emit(built)

    def print_packet(self) -> Task | None:
        if not self.print_button.isEnabled():
            return None
        printer = self._printer_seam(self)
        if printer is None:
            return None
        self._printer = printer
        task = run_in_background(
            self._window,
            self._printing_work(printer),
            title=self.tr("Print"),
            progress=self.tr("Printing page {0} of {1}…"),
            rows=[self.progress],
            on_success=self._printed,
            on_end=self._print_ended,
            wanted=lambda: not self._closed,
        )
        self._update_buttons()
        return task

    def _printing_work(self, printer: QPrinter) -> Work:
        """Print copies of the preview's files (replaced as soon as an option changes) or, while
        the preview masks identifiers, the packet built again in full: a printed packet is sent."""
        printing = self._tmp / "printing"
        shutil.rmtree(printing, ignore_errors=True)
        printing.mkdir()
        if not self._parts_masked:
            copies = [Path(shutil.copy(part, printing)) for part in self._parts]
            return printing_work(copies, printer)
        case, chosen = self._window.case, self.choices()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Printed:
            built = packet_choices.preview(
                case, printing / "packet.pdf", chosen, cancelled=cancelled
            )
            return printing_work([part.path for part in built.parts], printer)(progress, cancelled)

        return work

    def _printed(self, printed: Printed) -> None:
        self._window.dialogs.inform(self.tr("Print"), finished_message(printed))
        self.printed.emit(len(printed.pages))

    def _print_ended(self) -> None:
        self._printer = None

    def mark_submitted(self) -> int | None:
        """Record that the saved packet went out today (the last one saved from this dialog, or
        else the last one exported)."""
        case = self._window.case
        versions = {v.id: v for v in export.list_packet_versions(case)}
        version_id = self._saved_version or max(versions, default=None)
        if version_id is None:
            self._window.dialogs.inform(
                self.tr("Mark as submitted"),
                self.tr("Save the packet as PDF first, so the case keeps what you hand in."),
            )
            return None
        version = versions[version_id]
        question = self.tr("Record that {0} ({1} pages, saved {2}) was submitted today?")
        question = question.format(
            self._window.masking(version.output_name),
            version.page_count,
            display_date(version.created_at),
        )
        today = self._window.today()
        late = submission.late_notice(case, today)
        if not self._window.dialogs.confirm(
            self.tr("Mark as submitted"), f"{question}\n\n{late}" if late else question
        ):
            return None
        event_id = submission.mark_submitted(case, version_id, today)
        self._window.refresh()
        self.submitted.emit(event_id)
        return event_id
