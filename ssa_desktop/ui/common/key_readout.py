"""A key shown on screen (the emergency key, a package key) is read out only on request:
the label is named „Schlüssel – „vorlesen“ liest ihn Gruppe für Gruppe“ instead of its
characters, and its „vorlesen“ button announces one group per press („Gruppe 3 von 8:
21AE 7612“), shown in a line beneath it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..i18n import translator
from .announce import MessageLabel

tr = translator("KeyReadout")

KEY_PROPERTY = "ssa_key_readout"   # a label showing a key: named without its characters


def key_groups(key_text: str) -> list[str]:
    """The groups as read out: eight characters are said as two halves of four."""
    return [f"{g[:4]} {g[4:]}" if len(g) == 8 else g for g in key_text.split()]


def group_line(key_text: str, number: int) -> str:
    """„Gruppe 3 von 8: 21AE 7612“ (``number`` counts from 1)."""
    groups = key_groups(key_text)
    return tr("Gruppe {0} von {1}: {2}").format(number, len(groups), groups[number - 1])


def hide_key_characters(label: QLabel, what: str) -> None:
    """``label`` shows a key: a reader hears ``what`` and how to have it read out."""
    label.setProperty(KEY_PROPERTY, True)
    label.setAccessibleName(tr("{0} – mit „Schlüssel vorlesen“ Gruppe für Gruppe hören")
                            .format(what))


class KeyReadout(QWidget):
    """„Schlüssel &vorlesen“ and the line it reads into: each press shows and announces
    the next group of the key in ``label``; after the last one it starts again. Reading
    puts the focus on the button (Alt+V from elsewhere), so Space reads the next group."""

    def __init__(self, label: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = label
        self.number = 0
        self.button = QPushButton(tr("Schlüssel &vorlesen"))
        self.button.setAccessibleName(tr("Schlüssel vorlesen"))
        self.button.setAccessibleDescription(tr("Liest bei jedem Drücken die nächste Gruppe"))
        self.button.clicked.connect(self.read_next)
        self.line = MessageLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.line, 1)

    def key_text(self) -> str:
        return " ".join(self.label.text().split())

    def read_next(self) -> None:
        groups = key_groups(self.key_text())
        if not groups:
            return
        if not self.button.hasFocus():  # Alt+V: Space reads on (not the key page's default)
            from PySide6.QtCore import Qt  # not at import: the unlock window's first frame

            self.button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number = self.number % len(groups) + 1
        self.line.setText(group_line(self.key_text(), self.number))

    def reset(self) -> None:
        self.number = 0
        self.line.clear()
