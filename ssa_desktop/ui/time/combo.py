"""Reading a combo box's chosen value safely.

PySide6 6.12 releases a reference to ``None`` each time ``QComboBox.currentData()``
answers ``None`` (an empty combo box, or an item without data); enough calls crash the
interpreter ("none_dealloc"). So every item here carries data ("" stands for "none")
and values are read with ``current``, which never asks Qt for a missing value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

NONE = ""   # item data meaning "no value" (e.g. "alle Schulen")


def current(combo: QComboBox) -> Any:
    """The data of the chosen item, or None (nothing chosen, or the NONE item)."""
    index = combo.currentIndex()
    if index < 0:
        return None
    value = combo.itemData(index)
    return None if value == NONE else value


def select(combo: QComboBox, value: Any) -> None:
    """Choose the item carrying ``value`` (None: the NONE item), else the first."""
    index = combo.findData(NONE if value is None else value)
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
