"""A row of widgets that wraps: it asks only for its widest widget and breaks lines as needed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from desktop_app.gui.widgets.flow_layout import FlowLayout

LABELS = ("CEAC", "Passaporte", "E-mails", "Documentos", "Notas")


def _row(qtbot) -> tuple[QWidget, list[QCheckBox]]:
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = FlowLayout(panel)
    boxes = [QCheckBox(label) for label in LABELS]
    for box in boxes:
        layout.addWidget(box)
    return panel, boxes


def test_a_wide_row_keeps_every_widget_on_one_line_in_order(qtbot) -> None:
    panel, boxes = _row(qtbot)
    panel.resize(2000, 200)
    panel.show()
    assert len({box.y() for box in boxes}) == 1
    assert [box.x() for box in boxes] == sorted(box.x() for box in boxes)


def test_a_narrow_row_wraps_and_asks_only_for_its_widest_widget(qtbot) -> None:
    panel, boxes = _row(qtbot)
    margins = panel.layout().contentsMargins()
    widest = max(box.sizeHint().width() for box in boxes) + margins.left() + margins.right()
    assert panel.layout().minimumSize().width() == widest
    panel.resize(widest + 10, 400)
    panel.show()
    assert len({box.y() for box in boxes}) == len(boxes)  # one a line
    assert all(box.geometry().right() < panel.width() for box in boxes)
    layout = panel.layout()
    assert layout.heightForWidth(widest + 10) > layout.heightForWidth(2000)
