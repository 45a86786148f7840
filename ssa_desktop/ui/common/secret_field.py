"""The one secret field and the one strength bar of the product.

``SecretField``: every passphrase, key and PIN she types goes into this widget — a
``SecretLineEdit`` (no typed character on the accessibility bus) in password echo, so a
reader knows it as a password field ("password text" on AT-SPI) and does not echo the
keys, with an "Anzeigen" toggle (a pressed button; its name stays the same, it contains
the visible word). ``LevelBar``: a strength shown as filled segments, with no value a
reader would speak as a percentage on every keystroke; its level is a word in its
description, which changes quietly. Qt only (the unlock window's path)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ..i18n import translator
from .announce import SecretLineEdit

tr = translator("Passphrase")

SECRET_PROPERTY = "ssa_secret_field"  # set on the edit of every SecretField (tests find it)


class SecretField(QWidget):
    """A password line edit with an "Anzeigen" toggle. ``accessible_name`` names the edit,
    ``toggle_name`` the toggle ("Passphrase anzeigen" unless given: a dialog's second
    field names its own), ``toggle_text`` its visible words; ``monospace`` for a key."""

    textChanged = Signal(str)  # noqa: N815 (Qt naming)
    textEdited = Signal(str)  # noqa: N815 (Qt naming)
    returnPressed = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, accessible_name: str, placeholder: str = "",
                 parent: QWidget | None = None, *, toggle_name: str = "",
                 toggle_text: str = "", monospace: bool = False):
        super().__init__(parent)
        self.edit = SecretLineEdit(self)
        self.edit.setProperty(SECRET_PROPERTY, True)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(280)
        if monospace:
            font = self.edit.font()
            font.setFamily("monospace")
            font.setStyleHint(font.StyleHint.TypeWriter)
            font.setFixedPitch(True)
            self.edit.setFont(font)
        self.edit.textChanged.connect(lambda text: self.textChanged.emit(text))
        self.edit.textEdited.connect(lambda text: self.textEdited.emit(text))
        self.edit.returnPressed.connect(lambda: self.returnPressed.emit())
        self.toggle = QToolButton(self)
        self.toggle.setText(toggle_text or tr("Anzeigen"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(toggle_name or tr("Passphrase anzeigen"))
        self.toggle.setToolTip(tr("Im Klartext anzeigen oder verbergen"))
        self.toggle.toggled.connect(self.show_text)
        layout = self.layout_row = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def show_text(self, shown: bool) -> None:
        """Clear text while the toggle is pressed, bullets otherwise."""
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self.edit.setText(text)

    def select_all(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def clear(self) -> None:
        self.edit.clear()

    def wipe(self) -> None:
        """Empty the field and hide its text again."""
        self.edit.clear()
        self.toggle.setChecked(False)


class FieldsBeforeToggles(QObject):
    """A new passphrase and its repetition (and the old one): Tab goes from field to
    field, the show toggles come after them, in a row of their own below the last field
    (``row``, placed by the dialog), each showing its name („Wiederholung anzeigen“).
    Tab from the passphrase had landed on its „Anzeigen“ and the repetition was typed
    into nothing; below the fields, the Tab order is the reading order.
    Qt's own chain cannot say it (each field's box stands in it for its edit): Tab and
    Umschalt+Tab are taken here; past either end they go on as usual."""

    def __init__(self, *fields: SecretField):
        super().__init__(fields[0])
        # two toggles to a line, three one below the other: three in a line or two and
        # one did not fit 1280×720 at 200 % (tests/ui/a11y/test_fits_200_percent.py)
        self.row = QGridLayout()
        per_line = 2 if len(fields) <= 2 else 1
        for n, field in enumerate(fields):
            field.layout_row.removeWidget(field.toggle)
            field.toggle.setText(field.toggle.accessibleName())
            self.row.addWidget(field.toggle, n // per_line, n % per_line)
        self.row.setColumnStretch(per_line, 1)
        self.order = [f.edit for f in fields] + [f.toggle for f in fields]
        for widget in self.order:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        # here, not at the top: the unlock window imports this module, and its first frame
        # comes before the Qt namespace and QEvent are built (tests/ui/shell/test_start_path.py)
        from PySide6.QtCore import QEvent, Qt

        if event.type() != QEvent.Type.KeyPress or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        shown = [w for w in self.order if w.isVisible() and w.isEnabled()]
        here = next((i for i, w in enumerate(shown) if w is watched), None)
        step = None if here is None else here + (1 if forward else -1)
        if step is None or not 0 <= step < len(shown):
            return False
        shown[step].setFocus(Qt.FocusReason.TabFocusReason if forward
                             else Qt.FocusReason.BacktabFocusReason)
        return True


class LevelBar(QWidget):
    """``levels`` segments, the first ``level`` filled in ``colour``; named
    ``accessible_name``, its level a word in the description (no value, no percentage)."""

    def __init__(self, accessible_name: str, levels: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setFixedHeight(8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.segments = []
        for _ in range(levels):
            segment = QFrame(self)
            layout.addWidget(segment, 1)
            self.segments.append(segment)
        self.level = 0
        self._painted: tuple[int, str] | None = None
        self.set_level(0, "", "")

    def set_level(self, level: int, colour: str, word: str) -> None:
        self.level = level
        if self._painted != (level, colour):
            self._painted = (level, colour)
            for index, segment in enumerate(self.segments):
                fill = colour if index < level and colour else "palette(mid)"
                segment.setStyleSheet(f"QFrame {{ background: {fill}; border-radius: 2px; }}")
        if self.accessibleDescription() != word:
            self.setAccessibleDescription(word)
