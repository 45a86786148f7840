"""Einstellungen → Briefkopf: the Träger's name, address, logo and footer and her own
name, role, phone and e-mail, set once for every letter (``domain.letters``)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....domain import letters as dl
from ....domain.entities import Draft
from ....domain.errors import UserError
from ....services import letters as svc
from ....services import settings
from ...common.files import choose_open_file, read_chosen_picture
from ...common.forms import make_button
from ...common.layouts import LinesHigh, flow_row
from ...common.text_boxes import make_line_edit
from ...context import AppContext
from ...i18n import translator
from ...notes.form_draft import FormDraft
from ..page import SettingsPage, message_line

tr = translator("SettingsArea")


class LetterheadPage(SettingsPage):
    DRAFT_FORM = "letterhead"   # the page's key: her unsaved texts kept as a form draft

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        rows = ((dl.TRAEGER_NAME, tr("&Träger")), (dl.TRAEGER_STREET, tr("&Straße und Hausnummer")),
                (dl.TRAEGER_CITY, tr("&PLZ und Ort")), (dl.WORKER_NAME, tr("Ihr &Name")),
                (dl.WORKER_ROLE, tr("&Funktion")), (dl.WORKER_PHONE, tr("T&elefon")),
                (dl.WORKER_EMAIL, tr("E-&Mail")), (dl.FOOTER, tr("F&ußzeile")))
        self.fields: dict[str, tuple[dl.options.Option, QLineEdit]] = {}
        self._loaded: dict[str, str] = {}   # option name → the text last read from the vault
        form = QFormLayout()
        for option, label in rows:
            edit = make_line_edit(label.replace("&", ""))
            edit.setMaxLength(dl.SHORT_TEXT)
            form.addRow(label, edit)
            self.fields[option.name] = (option, edit)
        self.logo_state = QLabel()
        self.logo_button = make_button(tr("&Logo wählen …"), tr("Logo des Trägers wählen"),
                                       self.choose_logo)
        self.logo_clear = make_button(tr("Logo entfe&rnen"), tr("Logo entfernen"),
                                      lambda: self._set_logo(None))
        # wraps where the width ends (640×360 at 200 %: one row scrolled sideways)
        form.addRow(tr("Logo"), LinesHigh(flow_row(self.logo_state, self.logo_button,
                                                   self.logo_clear)))
        self.save_button = make_button(tr("Briefkopf spei&chern"), tr("Briefkopf speichern"),
                                       self.save)
        self.status = message_line(tr("Briefkopf"))
        self.logo_path_chooser = lambda: choose_open_file(
            self, tr("Logo wählen"), tr("Bilder (*.png *.jpg *.jpeg)"))
        layout = QVBoxLayout(self)
        note = QLabel(tr("Steht auf jedem Brief: oben der Träger mit Logo, über dem "
                         "Anschriftfeld der Absender, rechts Ihre Kontaktdaten, unten die "
                         "Fußzeile."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        # typed and not saved survives Strg+L, the auto-lock and Strg+Q as a draft
        self.form_draft = FormDraft(
            ctx, self.DRAFT_FORM, self,
            [(name, edit) for name, (_option, edit) in self.fields.items()],
            save=self.save, title=tr("Briefkopf"))

    unsaved_text = tr("Der Briefkopf ist noch nicht gespeichert.")

    def load(self) -> None:
        """The stored texts; a field she has typed into keeps her text (choosing the logo
        or coming back read every field again and replaced it)."""
        for option, edit in self.fields.values():
            stored = settings.get(self.ctx.conn, option)
            if edit.text() == self._loaded.get(option.name, edit.text()):
                edit.setText(stored)
            self._loaded[option.name] = stored
        self.logo_state.setText(tr("Logo gewählt") if svc.logo(self.ctx.conn)
                                else tr("kein Logo"))
        self.form_draft.rebase(self._loaded)   # what she typed stays unsaved input

    def restore_draft(self, draft: Draft) -> None:
        """Her texts kept at lock or quit, shown again; saving or discarding ends the draft."""
        self.form_draft.restore(draft)
        next(iter(self.fields.values()))[1].setFocus()

    def clear(self) -> None:
        for _option, edit in self.fields.values():
            edit.clear()
        self._loaded.clear()
        self.form_draft.rebase({})
        self.status.setText("")

    def unsaved(self) -> bool:
        return any(edit.text().strip() != self._loaded.get(option.name, "").strip()
                   for option, edit in self.fields.values())

    def save_unsaved(self) -> bool:
        return self.save()

    def discard_unsaved(self) -> None:
        for option, edit in self.fields.values():
            edit.setText(self._loaded.get(option.name, ""))
        self.form_draft.drop()   # discarded: a kept draft goes too

    def save(self) -> bool:
        try:
            for option, edit in self.fields.values():
                if edit.text().strip() != settings.get(self.ctx.conn, option):
                    self.ctx.apply(settings.set_value, option, edit.text().strip())
                self._loaded[option.name] = settings.get(self.ctx.conn, option)
        except UserError as err:
            self.status.setText(str(err))
            return False
        self.form_draft.drop()   # saved: the draft goes
        self.status.setText(tr("Briefkopf gespeichert."))
        return True

    def choose_logo(self) -> None:
        data = read_chosen_picture(self.logo_path_chooser, self.status.setText)
        if data is not None:
            self._set_logo(data)

    def _set_logo(self, data: bytes | None) -> None:
        try:
            self.ctx.apply(svc.set_logo, data)
        except UserError as err:
            self.status.setText(str(err))
            return
        self.load()
        self.status.setText(tr("Logo gespeichert.") if data else tr("Logo entfernt."))
