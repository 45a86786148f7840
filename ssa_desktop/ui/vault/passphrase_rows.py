"""The rows of a new passphrase in a form: field, strength, repetition, match, hint."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ..common.secret_field import FieldsBeforeToggles, SecretField
from .passphrase_widgets import StrengthMeter

if TYPE_CHECKING:  # by name only: the unlock window's first frame builds no scroll area class
    from PySide6.QtWidgets import QScrollArea


def add_new_passphrase_rows(form: QFormLayout, first_label: str, first: SecretField,
                            second_label: str, second: SecretField, meter: StrengthMeter,
                            match_label: QLabel) -> FieldsBeforeToggles:
    """The new passphrase, its strength bar, the repetition, both show toggles below it
    (Tab goes field to field first) and whether both match. The strength hint goes
    below the repetition: its changing length never moves the field she is about to
    click (it jumped ~30 px)."""
    toggles = FieldsBeforeToggles(first, second)
    form.addRow(first_label, first)
    form.addRow("", meter)
    form.addRow(second_label, second)
    form.addRow("", toggles.row)
    form.addRow("", match_label)
    form.addRow("", meter.hint)
    return toggles


def grow_to_fit(window: QWidget, scroll: QScrollArea | None = None) -> None:
    """Make ``window`` tall enough for its wrapped lines (the strength hint, an error), as
    far as the screen has room (then ``scroll``, holding the fields, scrolls): a dialog
    sized once kept its height, and the hint was drawn over the error box."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    body = scroll.widget() if scroll is not None else None
    if scroll is not None and body is not None and body.hasHeightForWidth():
        view = scroll.viewport()
        needed = window.height() + body.heightForWidth(view.width()) - view.height()
    else:
        needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        from ..common.screen_fit import resize_within_screen  # only once she types

        resize_within_screen(window, window.width(), needed)
