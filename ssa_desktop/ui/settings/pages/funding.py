"""Einstellungen → Förderung: the rule pack in force (identity, rate, formula, deadlines,
sources, the product's own assumptions), her Landkreis profile, and another pack read
from a file – shown with what it changes before she takes it (docs/statistics.md,
"Regelpakete"). A refused pack is named in German in the message line; nothing changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import UserError
from ....services import rule_packs
from ...common.files import choose_open_file
from ...common.forms import make_button
from ...context import AppContext
from ...i18n import translator
from ..page import SettingsPage, message_line

tr = translator("SettingsArea")


class FundingPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.pack_text = QPlainTextEdit()
        self.pack_text.setReadOnly(True)
        self.pack_text.setTabChangesFocus(True)  # no keyboard trap
        self.pack_text.setAccessibleName(tr("Regelpaket in Kraft"))
        layout.addWidget(self.pack_text, 1)
        form = QFormLayout()
        self.landkreis = QComboBox()
        self.landkreis.setAccessibleName(tr("Landkreis-Profil"))
        self.landkreis.activated.connect(self._landkreis_chosen)
        form.addRow(tr("Landkreis-&Profil"), self.landkreis)
        label = form.labelForField(self.landkreis)
        if isinstance(label, QLabel):
            label.setBuddy(self.landkreis)
        layout.addLayout(form)
        self.load_button = make_button(tr("Regelpaket &laden …"),
                                       tr("Regelpaket aus einer Datei laden"), self.choose_pack)
        layout.addWidget(self.load_button)
        self.status = message_line(tr("Meldung zum Regelpaket"))
        layout.addWidget(self.status)

    def load(self) -> None:
        pack = rule_packs.in_force(self.ctx.conn)
        self.pack_text.setPlainText("\n".join(rule_packs.describe(pack)))
        chosen = rule_packs.landkreis(self.ctx.conn)
        self.landkreis.clear()
        self.landkreis.addItem(tr("kein Profil (Frist des Regelpakets)"), "")
        for profile in pack.profiles:
            self.landkreis.addItem(profile.name, profile.name)
        self.landkreis.setCurrentIndex(max(0, self.landkreis.findData(chosen)))

    def clear(self) -> None:
        self.pack_text.clear()
        self.landkreis.clear()
        self.status.clear()

    # -- hooks (tests replace them: the only modal calls) ----------------------------------
    def _choose_pack_file(self) -> str:
        return choose_open_file(self, tr("Regelpaket laden"), tr("Regelpakete (*.json)"))

    # -- actions -------------------------------------------------------------------------
    def _landkreis_chosen(self, _index: int) -> None:
        name = self.landkreis.currentData() or ""
        self.ctx.apply(rule_packs.choose_landkreis, name)
        self.status.setText(tr("Landkreis-Profil: {0}").format(name) if name
                            else tr("Kein Landkreis-Profil gewählt."))

    def choose_pack(self) -> None:
        name = self._choose_pack_file()
        if name:
            self.take_pack(Path(name))

    def take_pack(self, path: Path) -> bool:
        """Show the pack and what it changes; she takes it or not."""
        try:
            seen = rule_packs.preview(self.ctx.conn, path)
        except UserError as err:
            self.status.setText(str(err))
            return False
        if seen.same:
            self.status.setText(tr("Dieses Regelpaket ist schon in Kraft."))
            return False
        changes = "\n".join(seen.changes) or tr("keine Änderungen an Satz, Formel und Fristen")
        question = tr("{0}\n\nÄnderungen gegenüber dem Paket in Kraft:\n{1}\n\n"
                      "Dieses Regelpaket übernehmen?").format(
            "\n".join(rule_packs.describe(seen.pack)),
            "\n\n".join(filter(None, (changes, seen.template_note))))
        if not self._ask(question):
            self.status.setText(tr("Das Regelpaket wurde nicht übernommen."))
            return False
        self.ctx.apply(rule_packs.accept, seen.pack)
        self.load()
        self.status.setText(" ".join(filter(None, (
            tr("Regelpaket {0} ist jetzt in Kraft.").format(seen.pack.short_id),
            seen.template_note))))
        return True
