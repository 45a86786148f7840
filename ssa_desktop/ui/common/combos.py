"""A drop-down list with its screen-reader name."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget


class WholeCombo(QComboBox):
    """A drop-down list never narrower than its longest entry: a layout short of room
    once squeezed the filters to the width of an empty box („alle Schuler“ at 200 %)."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.sizeHint().width(), 0))


def make_combo(accessible_name: str, parent: QWidget | None = None) -> QComboBox:
    """An empty drop-down list named ``accessible_name`` for screen readers, as wide as
    its longest entry; the caller adds its entries."""
    combo = WholeCombo(parent)
    combo.setAccessibleName(accessible_name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo
