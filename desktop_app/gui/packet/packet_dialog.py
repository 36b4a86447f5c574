"""The packet dialog: arrange the packet, see the real PDF, then save, print or mark it submitted.

Left: the sections and their documents (drag to reorder, F2 to rename a label), the layout
options and the warnings to read before sending. Right: the packet itself, built by the same
services as the saved file to a temporary file on a worker a moment after the last change, and
shown in a QPdfView. The dialog decides nothing about the packet; it only collects choices.
What its Save, Print and Mark as submitted buttons do is in ``sending``.
Labels, warnings and the preview itself show identifiers through the window's masking, like
the window itself; what is saved or printed always has them in full.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserFacingError
from desktop_app.gui.packet import choices as packet_choices
from desktop_app.gui.packet.choices import PacketChoices
from desktop_app.gui.packet.options_panel import OptionsPanel
from desktop_app.gui.packet.order_model import PacketOrderModel
from desktop_app.gui.packet.order_panel import OrderPanel
from desktop_app.gui.packet.preview_pane import PreviewPane
from desktop_app.gui.packet.sending import PacketSending, choose_printer
from desktop_app.gui.packet.task_progress import TaskProgress
from desktop_app.gui.window_size import resize_within_screen
from desktop_app.gui.workers.background import run_in_background
from desktop_app.gui.workers.task import Task
from desktop_app.services.export import ExportResult

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow

DEBOUNCE_MS = 400


class PacketDialog(PacketSending, QDialog):
    preview_ready = Signal(object)
    work_started = Signal(object)
    saved = Signal(object)
    printed = Signal(int)
    submitted = Signal(int)

    def __init__(
        self,
        window: MainWindow,
        *,
        printer_seam: Callable[[QWidget], QPrinter | None] = choose_printer,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._printer_seam = printer_seam
        self._generation = 0
        self._preview_task: Task | None = None
        self._printer: QPrinter | None = None
        self._saved_version: int | None = None
        self._parts: list[Path] = []
        self._parts_masked = False  # whether the preview's files show identifiers masked
        self._closed = False
        self._base = packet_choices.initial_choices(window.case)
        self._tmp = Path(tempfile.mkdtemp(prefix="visacase-packet-"))
        # Gone when the dialog closes, or at the latest when Qt deletes it.
        self.destroyed.connect(functools.partial(shutil.rmtree, self._tmp, ignore_errors=True))
        self.setWindowTitle(self.tr("Resubmission packet"))
        resize_within_screen(self, 1180, 780)

        self.order = PacketOrderModel(self)
        self._said: list[str] | None = None  # the last preview's warnings, unmasked
        self.order.set_sections(self._base.sections)
        self.order.set_excluded(self._base.excluded)
        self.options = OptionsPanel()
        self.options.show_choices(self._base)
        self.preview = PreviewPane()
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Warnings before sending"))
        self.show_masking()
        window.reveal_ids.toggled.connect(self.show_masking)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.rebuild_preview)
        self.order.changed.connect(self.schedule_preview)
        window.reveal_ids.toggled.connect(self.schedule_preview)
        self.options.changed.connect(self.schedule_preview)

        splitter = QSplitter()
        splitter.addWidget(self._left_column())
        splitter.addWidget(self.preview)
        splitter.setSizes([420, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._button_row())
        window.installEventFilter(self)
        QTimer.singleShot(0, self.rebuild_preview)

    # --- layout ----------------------------------------------------------------------------
    def _left_column(self) -> QWidget:
        self.order_panel = OrderPanel(self.order)
        self.tree = self.order_panel.tree
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.order_panel, 3)
        layout.addWidget(self.options)
        layout.addWidget(QLabel(self.tr("<b>Before you send</b>")))
        layout.addWidget(self.warnings, 1)
        return column

    def _button_row(self) -> QHBoxLayout:
        self.progress = TaskProgress()
        self.progress.started.connect(self.work_started)
        self.progress.idle.connect(self._update_buttons)
        self.submit_button = QPushButton(self.tr("&Mark as submitted…"))
        self.submit_button.clicked.connect(self.mark_submitted)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_packet)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_packet)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addStretch(1)
        for button in (self.submit_button, self.print_button, self.save_button, close):
            row.addWidget(button)
        return row

    # --- choices and preview ---------------------------------------------------------------
    def choices(self) -> PacketChoices:
        return dataclasses.replace(
            self._base,
            sections=self.order.sections(),
            paper=self.options.paper_code(),
            duplex=self.options.duplex.isChecked(),
            shrink=self.options.shrink.isChecked(),
            max_mb=self.options.max_mb(),
            checklist=self.options.checklist.isChecked(),
            excluded=self.order.excluded(),
            cover=self.options.cover.isChecked(),
            index=self.options.index.isChecked(),
            tabs=self.options.tabs.isChecked(),
        )

    def schedule_preview(self) -> None:
        """Rebuild the preview once the user has stopped changing things for a moment."""
        self.preview.status.setText(self.tr("Waiting for changes to settle…"))
        self.print_button.setEnabled(False)
        self.debounce.start()

    def rebuild_preview(self) -> Task | None:
        if self._preview_task is not None:
            self._preview_task.cancel()
        self._generation += 1
        generation = self._generation
        target = self._tmp / f"preview-{generation}.pdf"
        case, chosen = self._window.case, self.choices()
        masked = not self._window.masking.reveal
        self.preview.status.setText(self.tr("Building the preview…"))
        self.print_button.setEnabled(False)
        self._preview_task = run_in_background(
            self._window,
            lambda progress, cancelled: packet_choices.preview(
                case, target, chosen, masked=masked, progress=progress, cancelled=cancelled
            ),
            title=self.tr("Preview"),
            progress="",
            on_success=lambda built: self._preview_built(generation, built, masked),
            on_failure=lambda message: self._preview_failed(generation, message),
            on_end=lambda: self._preview_ended(generation),
            # after closing, a cancelled build may trip on its removed folder
            wanted=lambda: not self._closed,
        )
        return self._preview_task

    def _preview_built(self, generation: int, built: ExportResult, masked: bool) -> None:
        if generation != self._generation:
            for part in built.parts:
                part.path.unlink(missing_ok=True)
            return
        self._preview_task = None
        summary = self.tr("{0:,.0f} KB").format(built.size / 1024)
        if len(built.parts) > 1:
            summary += self.tr(" in {0} files; showing the first").format(len(built.parts))
        self.warnings.clear()
        self._said = list(built.warnings) + [a.capitalize() for a in built.actions]
        self._show_warnings()
        self._parts = [part.path for part in built.parts]
        self._parts_masked = masked
        if self.preview.show_pdf(built.path, summary):
            self._update_buttons()
            self.preview_ready.emit(built.path)

    def show_masking(self) -> None:
        """Labels and warnings as the window shows identifiers right now."""
        masking = self._window.masking
        self.order.set_masking(masking)
        self.preview.show_masked_note(not masking.reveal)
        self._show_warnings()

    def _show_warnings(self) -> None:
        if self._said is None:  # no preview built yet
            return
        self.warnings.clear()
        self.warnings.addItems([self._window.masking(line) for line in self._said])
        if not self.warnings.count():
            self.warnings.addItem(self.tr("No warnings."))

    def _preview_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._preview_task = None
            self._parts = []
            self.preview.status.setText(message)

    def _preview_ended(self, generation: int) -> None:
        """After any ending, a crash too: the next change may build again."""
        if generation == self._generation:
            self._preview_task = None

    # --- state ---------------------------------------------------------------------------
    def cancel(self) -> None:
        self.progress.cancel()

    def _update_buttons(self) -> None:
        idle = self.progress.task is None
        self.save_button.setEnabled(idle)
        self.submit_button.setEnabled(idle)
        self.print_button.setEnabled(idle and self._preview_task is None and bool(self._parts))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Close with the case window, before it closes the case the dialog reads."""
        if watched is self._window and event.type() == QEvent.Type.Close and not self._closed:
            self.close()
        return False

    def done(self, result: int) -> None:
        """Closing cancels the preview and any printing (a save carries on in the window) and
        keeps the choices as the case's packet settings."""
        self._closed = True
        self._window.removeEventFilter(self)
        self._window.reveal_ids.toggled.disconnect(self.show_masking)
        self._window.reveal_ids.toggled.disconnect(self.schedule_preview)
        self.debounce.stop()
        if self._preview_task is not None:
            self._preview_task.cancel()
        if self._printer is not None:
            self.progress.cancel()
        self.preview.release()
        shutil.rmtree(self._tmp, ignore_errors=True)
        if not self._window.case.read_only:
            packet_choices.remember(self._window.case, self.choices())
        super().done(result)


def open_packet_dialog(window: MainWindow) -> PacketDialog | None:
    """Open the packet dialog for the window's case (a message instead when nothing to pack)."""
    try:
        dialog = PacketDialog(window)
    except UserFacingError as exc:
        window.dialogs.inform(QWidget.tr("Packet"), exc.message)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
