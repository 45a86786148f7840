"""The fields of an anonymous short contact, alike in the quick entry and its correction."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox

from ...domain.catalogues import GENDERS
from ..common.spins import make_spin_box
from ..i18n import translator

tr = translator("QuickEntry")


def gender_combo(accessible_name: str) -> QComboBox:
    """Not editable: one key (m/w/d/u) picks the entry."""
    combo = QComboBox()
    for entry in GENDERS:
        combo.addItem(entry.label, entry.code)
    combo.setAccessibleName(accessible_name)
    return combo


def grade_spin() -> QSpinBox:
    """Klassenstufe 1 to 13; 0 shows "—" (not known)."""
    spin = make_spin_box(tr("Klassenstufe"), 0, 13)
    spin.setSpecialValueText(tr("—"))
    return spin


def count_spin(accessible_name: str) -> QSpinBox:
    """How many alike short contacts: 1 to 99."""
    return make_spin_box(accessible_name, 1, 99)
