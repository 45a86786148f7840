"""The rows of a new passphrase in a form: field, strength, repetition, match, hint."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel

from ..common.secret_field import FieldsBeforeToggles, SecretField
from .passphrase_widgets import StrengthMeter


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
