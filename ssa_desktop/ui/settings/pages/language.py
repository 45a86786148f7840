"""Einstellungen → Sprache: the language of the interface (device setting)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from ...context import AppContext
from ...i18n import translator
from ...settings_store import SettingsStore
from ..page import SettingsPage, status_label
from . import PageSpec

tr = translator("SettingsArea")


class LanguagePage(SettingsPage):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, settings: SettingsStore, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        box = QGroupBox(tr("Sprache der Oberfläche"))
        inner = QVBoxLayout(box)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, text in (("de", tr("Deu&tsch")), ("en", tr("&English"))):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            inner.addWidget(button)
        self.language_buttons[self.settings.language].setChecked(True)
        for code, button in self.language_buttons.items():
            button.toggled.connect(lambda on, c=code: on and self.save(c))
        note = QLabel(tr("Die neue Sprache gilt nach einem Neustart von SSA Desktop. Eingaben, "
                         "Kataloge und Berichte bleiben deutsch."))
        note.setWordWrap(True)
        inner.addWidget(note)
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


PAGE = PageSpec("language", 30, "Sprache", lambda env: LanguagePage(env.ctx, env.settings))
