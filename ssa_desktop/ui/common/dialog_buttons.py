"""The button row at the foot of a dialog: one button that does the dialog's work, and
"Abbrechen"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..i18n import translator

tr = translator("DialogButtons")


def save_cancel_buttons(text: str, on_accept: Callable[[], object],
                        on_cancel: Callable[[], object], *,
                        role: QDialogButtonBox.StandardButton = QDialogButtonBox.Save,
                        parent: QWidget | None = None) -> QDialogButtonBox:
    """A ``QDialogButtonBox`` with ``role`` (Save or Ok) labelled ``text`` calling
    ``on_accept``, and "Abbrechen" calling ``on_cancel`` (Esc reaches it too)."""
    buttons = QDialogButtonBox(role | QDialogButtonBox.Cancel, parent)
    buttons.button(role).setText(text)
    buttons.button(QDialogButtonBox.Cancel).setText(tr("Abbrechen"))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(on_cancel)
    return buttons
