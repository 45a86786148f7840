"""The buttons at the foot of a dialog: one that does the dialog's work (Enter presses
it), and "Abbrechen" (Esc)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from ..i18n import translator
from .forms import make_button

tr = translator("DialogButtons")


def save_cancel_buttons(text: str, on_accept: Callable[[], object],
                        on_cancel: Callable[[], object], *,
                        role: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
                        parent: QWidget | None = None) -> QDialogButtonBox:
    """A ``QDialogButtonBox`` with ``role`` (Save or Ok) labelled ``text`` calling
    ``on_accept``, and "Abbrechen" calling ``on_cancel`` (Esc reaches it too)."""
    buttons = QDialogButtonBox(role | QDialogButtonBox.StandardButton.Cancel, parent)
    buttons.button(role).setText(text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(on_cancel)
    return buttons


def default_button(text: str, accessible_name: str, slot: Callable[[], object]) -> QPushButton:
    """The button that does the dialog's work: Enter presses it."""
    button = make_button(text, accessible_name, slot)
    button.setDefault(True)
    return button


def cancel_button(slot: Callable[[], object]) -> QPushButton:
    """ "Abbrechen" beside a ``default_button``: Enter never presses it, even with the
    focus on it."""
    button = make_button(tr("Abbrechen"), tr("Abbrechen"), slot)
    button.setAutoDefault(False)
    return button
