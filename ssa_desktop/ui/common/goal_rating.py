"""Optional goal ratings in a form: one level box per goal of the chosen case.

Each box starts at „— nicht eingeschätzt —“: a rating is never forced. Ctrl+1 … Ctrl+9
put the focus on goal 1 … 9 (the key is in its label and its accessible name), the arrow
keys choose a level: no mouse needed. Every level is shown with its anchor ("+1 mehr als
erwartet"), so the screen reader says what the level means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ...domain import goals as g
from ..i18n import translator

tr = translator("GoalRating")

MAX_KEYS = 9


def level_text(goal: g.CaseGoal, level: int) -> str:
    return f"{g.level_label(goal.scale, level)} {goal.anchor(level)}"


class GoalRatings(QWidget):
    """The goals of one case with a level box each; ``levels()`` → goal id → level for the
    boxes she set (the others are absent)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[g.CaseGoal, QComboBox]] = []
        self._keys: list[QShortcut] = []

    def set_goals(self, goals: list[g.CaseGoal]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for shortcut in self._keys:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.boxes, self._keys = [], []
        for n, goal in enumerate(goals, 1):
            box = QComboBox()
            box.addItem(tr("— nicht eingeschätzt —"), None)
            for level in goal.levels:
                box.addItem(level_text(goal, level), level)
            key = f"Strg+{n}" if n <= MAX_KEYS else ""
            name = tr("Ziel {0}: {1}").format(n, goal.text)
            box.setAccessibleName(name + (f" ({key})" if key else ""))
            label = QLabel(f"{name} ({key})" if key else name)
            label.setWordWrap(True)
            label.setBuddy(box)
            self.form.addRow(label, box)
            self.boxes.append((goal, box))
            if n <= MAX_KEYS:
                shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | getattr(Qt.Key, f"Key_{n}")),
                                     self.window())
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda b=box: b.setFocus(Qt.FocusReason.ShortcutFocusReason))
                self._keys.append(shortcut)
        self.setVisible(bool(goals))

    def levels(self) -> dict[str, int]:
        return {goal.id: box.currentData() for goal, box in self.boxes
                if box.currentData() is not None}

    def set_levels(self, levels: dict[str, int]) -> None:
        """Choose the level of each goal named in ``levels`` (a restored draft); a level
        the goal's scale does not have leaves it unrated."""
        for goal, box in self.boxes:
            box.setCurrentIndex(max(0, box.findData(levels.get(goal.id))))

    def focus_widgets(self) -> list[QWidget]:
        return [box for _goal, box in self.boxes]

    def level_boxes(self) -> list[QComboBox]:
        return [box for _goal, box in self.boxes]
