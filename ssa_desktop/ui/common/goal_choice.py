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
    if not combo.property("goalTip"):  # the chosen goal whole: hover and screen reader
        combo.setProperty("goalTip", True)
        combo.currentIndexChanged.connect(lambda _i: _show_whole(combo))
    _show_whole(combo)


def _show_whole(combo: QComboBox) -> None:
    """A goal is often longer than the selector is wide (the combo elides it): its whole
    text is the selector's tool tip and accessible description."""
    text = combo.currentText()
    combo.setToolTip(text)
    combo.setAccessibleDescription(text)
