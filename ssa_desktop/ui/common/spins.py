"""A whole-number field with its range and its screen-reader name."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox

from .forms import NumberSpin


def make_spin_box(accessible_name: str, minimum: int, maximum: int,
                  cls: type[QSpinBox] = NumberSpin) -> QSpinBox:
    """A spin box (``cls``, a QSpinBox of the caller's; a ``NumberSpin``, saved as
    shown, unless the caller has its own) from ``minimum`` to ``maximum`` (it starts at
    ``minimum``)."""
    spin = cls()
    spin.setRange(minimum, maximum)
    spin.setValue(minimum)
    spin.setAccessibleName(accessible_name)
    return spin
