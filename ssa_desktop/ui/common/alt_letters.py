"""An Alt+letter that nothing in the window uses types nothing into a field.

Qt gives a key press with Alt its letter as text, and a line edit or text box that gets it
(no label, button or tab of the window took the letter as its shortcut) types it:
„Sehr geehrte Damen und Herren,q“ after an Alt+Q meant for nothing; a drop-down list
takes it as type-ahead (Alt+K chose „Klasse wiederholt“). Windows' own fields do neither.
Each text field and list she goes into is watched for such a press, which goes no
further. Only Alt (with Shift) and a letter A–Z: AltGr (Strg+Alt on Windows) types its
character, Alt+digit is left to the windows that use it (Alt+1 … Alt+6 in quick entry),
and an Option key's own character on a Mac („å“ for Option+A) is no plain letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_NAME = "ssa_alt_letters"
_ALT = Qt.KeyboardModifier.AltModifier
_CHORDS = (_ALT, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.MetaModifier)
_NOT_CHORDS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def chord_text(event) -> bool:
    """The one rule: a key press of Alt or Strg (Cmd on a Mac; Meta), with or without
    Shift but not both (Strg+Alt is AltGr on Windows), that carries its key's own
    character as text (Alt+K „k“, Alt+1 „1“) types nothing in a field or list of Windows.
    A character of its own is typing (AltGr's „@“, a Mac Option's „å“), a control
    character (Strg+K on Windows) or a blank none. A drop-down list takes none of them as
    type-ahead (``combos.WholeCombo``); of them ``unused_alt_letter`` are kept out of
    every field."""
    if event.type() != QEvent.Type.KeyPress:
        return False
    key, text = event.key(), event.text()
    return (event.modifiers() & ~_NOT_CHORDS in _CHORDS and len(text) == 1
            and text.isprintable() and not text.isspace() and key <= 0x10FFFF
            and text.casefold() == chr(key).casefold())


def unused_alt_letter(event) -> bool:
    """Of ``chord_text``, Alt (or Alt+Shift) and a letter A–Z: what reaches a field only
    when no shortcut of the window took it, and what the theme keeps out of every field.
    A Strg letter is the field's own (Strg+C, Strg+V), Alt+digit the windows' (Alt+1 …
    Alt+6 in quick entry): a field gets them."""
    return (chord_text(event) and event.modifiers() & ~_NOT_CHORDS == _ALT
            and Qt.Key.Key_A <= event.key() <= Qt.Key.Key_Z)


class _AltLetters(QObject):
    """Follows the focus; each text field or list it reaches keeps unused Alt+letters out."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName(_NAME)
        app.focusChanged.connect(self.watch)
        self.watch(None, app.focusWidget())

    def watch(self, _old=None, new: QWidget | None = None) -> None:
        if isinstance(new, (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)):
            new.removeEventFilter(self)   # once per field, however often she comes back
            new.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        return self.parent() is not None and unused_alt_letter(event)  # not once uninstalled


def install(app: QApplication) -> None:
    """Keep unused Alt+letters out of the text fields of ``app`` (once)."""
    if app.findChild(_AltLetters, _NAME) is None:
        _AltLetters(app)


def uninstall(app: QApplication) -> None:
    """Alt+letters typed as Qt types them again (tests)."""
    found = app.findChild(_AltLetters, _NAME)
    if found is not None:
        app.focusChanged.disconnect(found.watch)
        found.setParent(None)
        found.deleteLater()
