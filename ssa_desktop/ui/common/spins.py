"""A whole-number field with its range and its screen-reader name."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox


def make_spin_box(accessible_name: str, minimum: int, maximum: int,
                  cls: type[QSpinBox] = QSpinBox) -> QSpinBox:
    """A spin box (``cls``, a QSpinBox of the caller's) from ``minimum`` to ``maximum``
    (it starts at ``minimum``)."""
    spin = cls()
    spin.setRange(minimum, maximum)
    spin.setValue(minimum)
    spin.setAccessibleName(accessible_name)
    return spin
