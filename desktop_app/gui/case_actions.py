"""Exporting the packet from the case window: ask where, then build it on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.gui.packet import choices
from desktop_app.gui.packet.choices import PacketChoices
from desktop_app.gui.workers.task import Task, start
from desktop_app.services.export import ExportResult

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow


def export_packet(
    window: MainWindow,
    chosen: PacketChoices | None = None,
    *,
    before_start: Callable[[Task], None] | None = None,
) -> Task | None:
    """Ask where to save, then build the packet on a worker thread with progress.

    ``before_start`` lets a caller (the packet dialog) listen to the task before it runs.
    """
    target = window.dialogs.save_path(window.tr("Export packet"), "resubmission-packet.pdf")
    if target is None:
        return None
    task = Task(
        lambda progress, cancelled: choices.build(
            window.case, target, chosen, progress=progress, cancelled=cancelled
        )
    )
    task.signals.progress.connect(
        lambda done, total: window.progress_label.setText(
            window.tr("Building packet: step {0} of {1}…").format(done, total)
        )
    )
    task.signals.finished.connect(lambda built: _exported(window, built))
    task.signals.failed.connect(lambda message: _failed(window, message))
    window.start_task(task)
    if before_start is not None:
        before_start(task)
    return start(task)


def _exported(window: MainWindow, built: ExportResult) -> None:
    window.task_done()
    window.dialogs.inform(
        window.tr("Packet ready"),
        window.tr(
            "Saved {0}: {1} pages, {2:,.0f} KB. Every page carries its label and page number."
        ).format(built.path.name, built.pages, built.size / 1024),
    )
    window.packet_exported.emit(built)


def _failed(window: MainWindow, message: str) -> None:
    window.task_done()
    window.dialogs.inform(window.tr("Export"), message)
