"""The packet's layout options: paper, duplex, shrinking pages, a size budget per file, which of
the packet's own pages (cover, index, tabs) to include, and whether to save a collation checklist.

The size budget is off until ticked: most posts take paper, and a budget may downsample scans.
Every change that alters the packet emits ``changed`` so the dialog can rebuild its preview; the
checklist is not part of the packet, so it does not.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QWidget,
)

from desktop_app.gui.packet.choices import PAPERS, PacketChoices


class OptionsPanel(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Layout"))
        self.paper = QComboBox()
        for code, name in zip(PAPERS, (self.tr("US Letter"), self.tr("A4")), strict=True):
            self.paper.addItem(name, code)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.duplex = QCheckBox(self.tr("&Duplex: every section starts on a right-hand page"))
        self.shrink = QCheckBox(self.tr("S&hrink pages so the stamp never covers them"))
        self.budget = QCheckBox(self.tr("&Limit each file to"))
        self.budget.setToolTip(
            self.tr("For posts that take documents by email; images are reduced only as needed.")
        )
        self.megabytes = QDoubleSpinBox()
        self.megabytes.setRange(0.5, 100.0)
        self.megabytes.setSingleStep(0.5)
        self.megabytes.setValue(3.0)
        self.megabytes.setSuffix(self.tr(" MB"))
        self.megabytes.setAccessibleName(self.tr("Size budget in megabytes"))
        self.megabytes.setEnabled(False)
        self.budget.toggled.connect(self.megabytes.setEnabled)

        self.cover = QCheckBox(self.tr("Co&ver sheet"))
        self.index = QCheckBox(self.tr("&Index"))
        self.tabs = QCheckBox(self.tr("&Tab page before each section"))
        for box in (self.cover, self.index, self.tabs):
            box.setChecked(True)

        self.checklist = QCheckBox(self.tr("Also save a &collation checklist to tick off"))
        self.checklist.setToolTip(
            self.tr(
                "One page listing the pile in order, saved beside the packet as NAME-checklist.pdf."
            )
        )

        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget)
        budget_row.addWidget(self.megabytes)
        budget_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Pape&r:"), self.paper)
        form.addRow(self.duplex)
        form.addRow(self.shrink)
        form.addRow(budget_row)
        pages = QHBoxLayout()
        for box in (self.cover, self.index, self.tabs):
            pages.addWidget(box)
        pages.addStretch(1)
        form.addRow(self.tr("Include:"), pages)
        form.addRow(self.checklist)

        self.paper.currentIndexChanged.connect(self.changed)
        for box in (self.duplex, self.shrink, self.budget, self.cover, self.index, self.tabs):
            box.toggled.connect(self.changed)
        self.megabytes.valueChanged.connect(self._budget_changed)

    def show_choices(self, choices: PacketChoices) -> None:
        """Set every box as ``choices`` has it (the case's saved settings, on opening)."""
        self.paper.setCurrentIndex(max(self.paper.findData(choices.paper), 0))
        self.duplex.setChecked(choices.duplex)
        self.shrink.setChecked(choices.shrink)
        self.budget.setChecked(choices.max_mb is not None)
        if choices.max_mb is not None:
            self.megabytes.setValue(choices.max_mb)
        self.checklist.setChecked(choices.checklist)
        self.cover.setChecked(choices.cover)
        self.index.setChecked(choices.index)
        self.tabs.setChecked(choices.tabs)

    def paper_code(self) -> str:
        return str(self.paper.currentData())

    def max_mb(self) -> float | None:
        return self.megabytes.value() if self.budget.isChecked() else None

    def _budget_changed(self) -> None:
        if self.budget.isChecked():
            self.changed.emit()
