"""Passphrase input with show/hide and a live strength meter (shared by the wizard,
the emergency-key dialog and the unlock dialog)."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt where used: its namespace is slow to build
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import colours
from ..common.announce import SecretLineEdit
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


class PassphraseField(QWidget):
    """A password line edit with an "Anzeigen" toggle, named ``toggle_name`` ("Passphrase
    anzeigen" unless given: a dialog's second field names its own)."""

    textChanged = Signal(str)  # noqa: N815 (Qt naming)
    returnPressed = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, accessible_name: str, placeholder: str = "",
                 parent: QWidget | None = None, *, toggle_name: str = ""):
        super().__init__(parent)
        self.edit = SecretLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(280)
        self.edit.textChanged.connect(lambda text: self.textChanged.emit(text))
        self.edit.returnPressed.connect(lambda: self.returnPressed.emit())
        self.toggle = QToolButton(self)
        self.toggle.setText(tr("Anzeigen"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(toggle_name or tr("Passphrase anzeigen"))
        self.toggle.setToolTip(tr("Passphrase im Klartext anzeigen oder verbergen"))
        self.toggle.toggled.connect(self._toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(tr("Verbergen") if shown else tr("Anzeigen"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.edit.setText(text)

    def select_all(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def wipe(self) -> None:
        self.edit.clear()


class StrengthMeter(QWidget):
    """A bar 0..4 and the hint of ``check_passphrase``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(tr("Stärke der Passphrase"))
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
            self.bar.setValue(0)
            self.word.setText("")
            self.hint.setText(tr("Am besten vier oder mehr Wörter, die nicht zusammengehören, "
                                 "z. B. „{0}“ (nur als Muster: das Beispiel selbst wird "
                                 "abgelehnt).").format(EXAMPLE))
            return False
        self.ok, self.score, hint = check_passphrase(passphrase)
        colour = getattr(colours.current(), _COLOURS[self.score])
        self.bar.setValue(max(1, self.score))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.word.setText(tr(_WORDS[self.score]))
        self.word.setStyleSheet(f"color: {colour}; font-weight: 600;")
        # no echo of the word next to the bar ("sehr gut" / "Sehr gut.")
        self.hint.setText("" if hint.strip(" .").lower() == _WORDS[self.score] else hint)
        self.bar.setAccessibleDescription(tr(_WORDS[self.score]))
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
