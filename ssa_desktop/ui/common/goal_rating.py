"""Optional goal ratings in a form: one level box per goal of the chosen case.

Each box starts at „— nicht eingeschätzt —“: a rating is never forced. Ctrl+1 … Ctrl+9
put the focus on goal 1 … 9 (the key is in its label and its accessible name), the arrow
keys choose a level: no mouse needed. Every level is shown with its anchor ("+1 mehr als
erwartet"), so the screen reader says what the level means.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QWidget

from ...domain import goals as g
from ..i18n import translator

tr = translator("GoalRating")

MAX_KEYS = 9


def level_text(goal: g.CaseGoal, level: int) -> str:
    return f"{g.level_label(goal.scale, level)} {goal.anchor(level)}"


class _HyphenIsMinus(QObject):
    """Her keyboard's „-“ typed into a level box, or its open list, is given to Qt's
    type-ahead as the minus sign the levels are shown with („−2“): „-“ picks −2, „-1“ −1.
    The entries keep their text, a screen reader reads them as shown."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if (event.type() != QEvent.Type.KeyPress
                or "-" not in event.text()  # type: ignore[attr-defined]  # a key event
                or event.modifiers() & (Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
                                        | Qt.KeyboardModifier.AltModifier)):
            return False
        assert isinstance(event, QKeyEvent)
        QApplication.sendEvent(obj, QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.text().replace("-", g.MINUS),
            event.isAutoRepeat(), event.count()))
        return True


def type_levels_with_hyphen(box: QComboBox) -> None:
    """``box`` lists levels with „−“: a typed „-“ chooses them (the box and its list)."""
    hyphen = _HyphenIsMinus(box)
    box.installEventFilter(hyphen)
    box.view().installEventFilter(hyphen)


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
            type_levels_with_hyphen(box)
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
