"""Einstellungen → Über: version, vault folder, schema and SQLCipher versions."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from .... import __version__
from ....formatting import fmt_date
from ....services import vault_admin
from ....services.sync_folders import vault_place
from ...context import AppContext
from ...i18n import translator
from ..page import SettingsPage, status_label

tr = translator("SettingsArea")


class AboutPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.about: dict[str, QLabel] = {}
        for key, text in (("version", tr("Version")), ("folder", tr("Tresor-Ordner")),
                          ("place", tr("Ablageort")),
                          ("schema", tr("Schema-Version")), ("cipher", tr("SQLCipher-Version")),
                          ("created", tr("Tresor angelegt"))):
            label = status_label(text)
            form.addRow(text, label)
            self.about[key] = label
        layout.addLayout(form)
        note = QLabel(tr("SSA Desktop arbeitet ohne Netzwerk. Alle Daten liegen verschlüsselt "
                         "im Tresor-Ordner auf diesem Gerät."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)

    def load(self) -> None:
        info = vault_admin.vault_info(self.ctx.open_session())
        self.about["version"].setText(__version__)
        self.about["folder"].setText(info["folder"])
        self.about["place"].setText(vault_place(info["folder"], tr).text)
        self.about["schema"].setText(
            tr("{0} (aktuell: {1})").format(info["schema_version"], info["schema_latest"]))
        self.about["cipher"].setText(str(info["cipher_version"]))
        self.about["created"].setText(_german_date(info.get("created", "")))

    def clear(self) -> None:
        for label in self.about.values():
            label.clear()


def _german_date(iso: str) -> str:
    if not iso:
        return ""
    try:
        return fmt_date(iso[:10])
    except ValueError:
        return ""

