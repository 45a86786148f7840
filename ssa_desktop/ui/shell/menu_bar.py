"""The top bar's menus, whose Alt-alone key does not follow an Alt+letter.

Qt's menu bar takes the keyboard when Alt is pressed and released alone (the style's
``SH_MenuBar_AltKeyNavigation``, on in Fusion): „Datei“ is then focused. It forgets the
Alt press when a letter's shortcut fires (Alt+S on a person's tab). With a screen reader
running, Qt's accessibility bridge holds each key event until the reader has seen it and
then hands it back, but a shortcut fires at once: the letter comes first, Alt's press
after it arms the menu bar again, and Alt's release took the focus from the page just
shown to „Datei“ (heard with Orca on xcb). Here an Alt held for a letter never ends in
the menu bar; Alt alone still does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QMenuBar, QWidget

_ALT = (Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class MenuBar(QMenuBar):
    """A QMenuBar whose Alt-alone navigation ignores an Alt that was held for a letter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._alt_served_a_letter = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and event.key() not in _ALT \
                and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self._alt_served_a_letter = True  # this Alt's release is not „Alt alone“
        elif kind == QEvent.Type.KeyRelease and event.key() in _ALT \
                and self._alt_served_a_letter:
            self._alt_served_a_letter = False
            # the menu bar's own „forget the Alt press“, as after a shortcut
            return super().eventFilter(obj, QEvent(QEvent.Type.Shortcut))
        return super().eventFilter(obj, event)
