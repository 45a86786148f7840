"""The rows of a new passphrase in a form: field, strength, repetition, match, hint."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from .passphrase_widgets import StrengthMeter


def add_new_passphrase_rows(form: QFormLayout, first_label: str, first: QWidget,
                            second_label: str, second: QWidget, meter: StrengthMeter,
                            match_label: QLabel) -> None:
    """The new passphrase, its strength bar, the repetition and whether both match. The
    strength hint goes below the repetition: its changing length never moves the field
    she is about to click (it jumped ~30 px)."""
    form.addRow(first_label, first)
    form.addRow("", meter)
    form.addRow(second_label, second)
    form.addRow("", match_label)
    form.addRow("", meter.hint)
