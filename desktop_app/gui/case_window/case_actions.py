"""Exporting the packet from the case window: ask where, then build it on a worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop_app.gui.case_window import case_watch, feedback
from desktop_app.gui.packet import choices
from desktop_app.gui.packet.choices import PacketChoices
from desktop_app.gui.workers.background import ProgressRow, StatusBarRow, run_in_background
from desktop_app.gui.workers.task import Task
from desktop_app.services.export import ExportResult

if TYPE_CHECKING:
    from desktop_app.gui.case_window.main_window import MainWindow


def export_packet(
    window: MainWindow,
    chosen: PacketChoices | None = None,
    *,
    rows: Sequence[ProgressRow] = (),
    on_success: Callable[[ExportResult], None] | None = None,
) -> Task | None:
    """Ask where to save, then build the packet on a worker thread with progress.

    A caller (the packet dialog) may add its own progress ``rows`` and hear of the result.
    """
    if not case_watch.still_there(window):  # before asking where: nothing can be built
        return None
    target = window.dialogs.save_path(QWidget.tr("Export packet"), "resubmission-packet.pdf")
    if target is None:
        return None

    def exported(built: ExportResult) -> None:
        _tell_exported(window, built)
        if on_success is not None:
            on_success(built)

    return run_in_background(
        window,
        lambda progress, cancelled: choices.build(
            window.case, target, chosen, progress=progress, cancelled=cancelled
        ),
        title=QWidget.tr("Export"),
        progress=QWidget.tr("Building packet: step {0} of {1}…"),
        rows=[StatusBarRow(window), *rows],
        on_success=exported,
    )


def _tell_exported(window: MainWindow, built: ExportResult) -> None:
    feedback.tell(
        window, QWidget.tr("Exported to {0} ({1} pages).").format(built.path, built.pages)
    )
    window.dialogs.inform(
        QWidget.tr("Packet ready"),
        QWidget.tr(
            "Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number."
        ).format(built.path.name, built.pages, built.size / 1024),
    )
    window.packet_exported.emit(built)
