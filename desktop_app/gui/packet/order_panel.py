"""The packet's order as the user arranges it: the tree to drag in and Move up / Move down.

The buttons (Alt+Up, Alt+Down) do what a drag does, for people who use the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.packet.order_model import PacketOrderModel


class OrderPanel(QWidget):
    def __init__(self, model: PacketOrderModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.tree = QTreeView()
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setAccessibleName(self.tr("Sections and documents in packet order"))
        self.tree.expandAll()
        model.modelReset.connect(self.tree.expandAll)
        up = QPushButton(self.tr("Move &up"))
        up.setShortcut(QKeySequence("Alt+Up"))
        up.clicked.connect(lambda: self.move_current(-1))
        down = QPushButton(self.tr("Move do&wn"))
        down.setShortcut(QKeySequence("Alt+Down"))
        down.clicked.connect(lambda: self.move_current(1))
        hint = QLabel(
            self.tr(
                "The cover sheet, the 221(g) letter and the index come first. Drag sections and "
                "documents to reorder them; double-click or press F2 to rename one, untick one to "
                "leave it out."
            )
        )
        hint.setWordWrap(True)

        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Order</b>")))
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(moves)

    def move_current(self, step: int) -> None:
        """Move the current row up (-1) or down (+1) and keep it current."""
        index = self.tree.currentIndex()
        if index.isValid() and self.model.move_by(index, step):
            self.tree.setCurrentIndex(self.model.index(index.row() + step, 0, index.parent()))
