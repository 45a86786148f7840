"""Einstellungen → Sprache: the language of the interface (device setting)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...context import AppContext
from ...i18n import translator
from ...settings_store import SettingsStore
from ..device_options import LANGUAGE
from ..option_widgets import option_field
from ..page import SettingsPage, status_label

tr = translator("SettingsArea")


class LanguagePage(SettingsPage):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, settings: SettingsStore, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        self.language_field = option_field(
            LANGUAGE, self.settings.language, self.save,
            choice_labels={"de": tr("Deu&tsch"), "en": tr("&English")})
        self.language_buttons = self.language_field.buttons
        box = self.language_field.editor
        note = QLabel(tr("Die neue Sprache gilt nach einem Neustart von SSA Desktop. Eingaben, "
                         "Kataloge und Berichte bleiben deutsch."))
        note.setWordWrap(True)
        cast(QVBoxLayout, box.layout()).addWidget(note)   # the choices' group box
        layout.addWidget(box)
        self.language_status = status_label(tr("Meldung zur Sprache"))
        layout.addWidget(self.language_status)
        layout.addStretch(1)

    def save(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        self.language_status.setText(tr("Gespeichert. Bitte SSA Desktop neu starten."))
        self.language_changed.emit(code)

    def clear(self) -> None:
        self.language_status.clear()
