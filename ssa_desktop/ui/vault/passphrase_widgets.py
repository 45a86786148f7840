"""The live strength meter of a new passphrase (the wizard, the emergency-key dialog,
„Passphrase ändern“) and the emergency key shown in large groups. The field itself is
``ui.common.secret_field.SecretField``."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt where used: its namespace is slow to build
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import colours
from ..common.secret_field import LevelBar
from ..i18n import translator

tr = translator("Passphrase")

_COLOURS = ("error", "error", "warning", "ok", "ok")  # fields of ui.colours, weak → strong
_WORDS = ("sehr schwach", "schwach", "ausreichend", "gut", "sehr gut")


def check_passphrase(passphrase: str) -> tuple[bool, int, str]:
    """(acceptable, score 0..4, hint) from ``domain.passphrase``, the hint in the
    language of the UI: every window that rates a new passphrase asks here."""
    from ...domain.passphrase import describe, rate

    rating = rate(passphrase)
    return rating.ok, rating.score, describe(rating, tr)


class StrengthMeter(QWidget):
    """A bar 0..4 and the hint of ``check_passphrase``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # no progress bar: a reader said its "100 percent" on every keystroke
        self.bar = LevelBar(tr("Stärke der Passphrase"), 4, self)
        self.word = QLabel(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleDescription(tr("Hinweis zur Passphrase"))
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.word)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        self.ok = False
        self.score = 0
        self.update_for("")

    def update_for(self, passphrase: str) -> bool:
        if not passphrase:
            from ...domain.passphrase import EXAMPLE  # lazily: the unlock path stays light

            self.ok, self.score = False, 0
            self.bar.set_level(0, "", "")
            self.word.setText("")
            self.hint.setText(tr("Am besten vier oder mehr Wörter, die nicht zusammengehören, "
                                 "z. B. „{0}“ (nur als Muster: das Beispiel selbst wird "
                                 "abgelehnt).").format(EXAMPLE))
            return False
        self.ok, self.score, hint = check_passphrase(passphrase)
        colour = getattr(colours.current(), _COLOURS[self.score])
        self.bar.set_level(max(1, self.score), colour, tr(_WORDS[self.score]))
        self.word.setText(tr(_WORDS[self.score]))
        self.word.setStyleSheet(f"color: {colour}; font-weight: 600;")
        # no echo of the word next to the bar ("sehr gut" / "Sehr gut.")
        self.hint.setText("" if hint.strip(" .").lower() == _WORDS[self.score] else hint)
        return self.ok


def monospace_key_label(key_text: str, parent: QWidget | None = None) -> QLabel:
    """The emergency key in large monospace groups, two lines of four; not selectable
    (it must not go to the clipboard)."""
    groups = key_text.split()
    lines = [" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
    label = QLabel("\n".join(lines), parent)
    font = label.font()
    font.setFamily("monospace")
    font.setStyleHint(font.StyleHint.Monospace)
    font.setFixedPitch(True)
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 1.5)
    label.setFont(font)
    Qt = QtCore.Qt
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    label.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(mid);"
                        " border-radius: 6px; padding: 14px; }")
    from ..common.key_readout import hide_key_characters  # not on the unlock window's path

    hide_key_characters(label, tr("Notfallschlüssel"))
    return label
