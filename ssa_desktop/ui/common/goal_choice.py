"""A selector of the goals of a cooperation agreement (Ziel der Kooperationsvereinbarung)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ...domain.entities import AgreementGoal
from ...services import agreements


def fill_goal_combo(combo: QComboBox, goals: Iterable[AgreementGoal], empty: str) -> None:
    """``empty`` (no goal, data ``None``) first, then each goal as "goal ↔ offer", the
    whole text also as its tool tip (the selector may be narrower)."""
    combo.clear()
    combo.addItem(empty, None)
    for goal in goals:
        text = agreements.format_goal(goal)
        combo.addItem(text, goal.id)
        combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
