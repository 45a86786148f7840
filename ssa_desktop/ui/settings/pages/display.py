"""Einstellungen → Darstellung: the high-contrast palette (device setting, ``ui.theme``)."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from ... import theme
from ...context import AppContext
from ...i18n import translator
from ...settings_store import SettingsStore
from ..device_options import HIGH_CONTRAST
from ..option_widgets import option_field
from ..page import SettingsPage, status_label

tr = translator("SettingsArea")


class DisplayPage(SettingsPage):
    def __init__(self, ctx: AppContext, settings: SettingsStore, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.settings = settings
        layout = QVBoxLayout(self)
        self.high_contrast_field = option_field(HIGH_CONTRAST, settings.high_contrast, self.save)
        self.high_contrast = self.high_contrast_field.editor
        layout.addWidget(self.high_contrast)
        note = QLabel(tr("Auswahl, Felder, Fokusrahmen und die Zeile „Tresor: geprüft“ "
                         "wechseln sofort, Hinweisfarben schon geöffneter Fenster nach einem "
                         "Neustart von SSA Desktop. Steht Windows auf einem "
                         "Kontrastdesign, übernimmt SSA Desktop die Farben von Windows und "
                         "ändert sie nicht."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.display_status = status_label(tr("Meldung zur Darstellung"))
        layout.addWidget(self.display_status)
        layout.addStretch(1)

    def save(self, on: bool) -> None:
        self.settings.high_contrast = on
        self.settings.sync()
        theme.install(cast(QApplication, QApplication.instance()), high_contrast=on)
        self.display_status.setText(tr("Gespeichert."))

    def clear(self) -> None:
        self.display_status.clear()
