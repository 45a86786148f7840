"""Leaving a form with unsaved edits, and the line that says what the last action did.

``ask_unsaved`` is the one question before she leaves a form whose edits are not saved
(another area by Strg+1 … or the sidebar, another record in the list): Speichern,
Verwerfen or Weiter bearbeiten; "Weiter bearbeiten" is the default and Esc, so that
Enter never throws edits away.

``fleeting(label, root)`` is the one rule for a status line ("Gespeichert.", "Termin
gespeichert"): it says the result of the last action, so it goes with the next edit in
a field under ``root`` and when ``root`` is hidden (she moved elsewhere); it never stays
on screen for weeks beside values it no longer describes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..i18n import translator
from .forms import CodeListEdit
from .messages import Role, ask_choice

tr = translator("Unsaved")

SAVE, DISCARD, STAY = "save", "discard", "stay"


def ask_unsaved(parent: QWidget, text: str) -> str:
    """``SAVE``, ``DISCARD`` or ``STAY`` (the default, also Esc and closing the box)."""
    return ask_choice(parent, tr("Nicht gespeichert"), text, (
        (SAVE, tr("Speichern"), Role.AcceptRole),
        (DISCARD, tr("Verwerfen"), Role.DestructiveRole),
        (STAY, tr("Weiter bearbeiten"), Role.RejectRole)), default=STAY, escape=STAY)


def may_leave(parent: QWidget, unsaved: bool, text: str, *, save: Callable[[], bool],
              discard: Callable[[], None]) -> bool:
    """True when she may leave the form: nothing unsaved, saved now, or discarded."""
    if not unsaved:
        return True
    answer = ask_unsaved(parent, text)
    if answer == SAVE:
        return bool(save())
    if answer == DISCARD:
        discard()
        return True
    return False


class _Fleeting(QObject):
    def __init__(self, label: QLabel, root: QWidget):
        super().__init__(label)
        self.label = label
        root.installEventFilter(self)

    def clear(self, *_args) -> None:
        self.label.clear()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Hide:
            self.label.clear()
        return False


def fleeting(label: QLabel, root: QWidget) -> None:
    """``label`` is cleared by the next edit she makes in a field under ``root`` (typed
    text – in a count too –, a choice, a tick) and when ``root`` is hidden; a form that
    resets its fields itself after saving keeps the line. Fields made later are not
    watched: call it after the form is built."""
    rule = _Fleeting(label, root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CodeListEdit):
            widget.changed.connect(rule.clear)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(rule.clear)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(rule.clear)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(rule.clear)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.clicked.connect(rule.clear)
