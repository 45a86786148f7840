"""Briefvorlagen verwalten: her own templates kept in the vault – import (.docx, .pdf or a
colleague's .ssavorlage), export for a colleague (no personal data), delete. One service
with ``ssa-desktop letter template-*`` (``services.letter_templates``); a PDF form whose
fields need a mapping is kept from „Brief erstellen“, where she maps them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import letters as dl
from ...domain.errors import UserError
from ...domain.file_names import safe_file_name
from ...formatting import fmt_date
from ...services import letter_templates as store
from ..common.button_row import end_button_row
from ..common.combos import make_combo
from ..common.files import choose_open_file, save_path_chooser
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import make_button
from ..common.labels import name_window
from ..common.message_line import MessageLine
from ..common.messages import ask_yes_no, show_error, user_message
from ..common.table_widgets import make_table_widget
from ..common.tables import delete_key_asks
from ..common.text_boxes import make_line_edit
from ..i18n import translator

tr = translator("Letters")


class LetterTemplatesDialog(QDialog):
    """Her templates in the vault; ``kind``: the letter kind preselected for an import."""

    def __init__(self, ctx, parent: QWidget | None = None, *, kind: str = "invitation"):
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        # Replaceable in tests (the real file dialogs are modal).
        self.file_chooser = lambda: choose_open_file(
            self, tr("Vorlage importieren"),
            tr("Vorlagen (*.docx *.pdf *{0})").format(store.TEMPLATE_SUFFIX))
        self.save_path_chooser = save_path_chooser(
            self, tr("Vorlage exportieren"), tr("Briefvorlage (*{0})").format(store.TEMPLATE_SUFFIX))
        name_window(self, tr("Briefvorlagen"))
        self.table = make_table_widget([tr("Name"), tr("Briefart"), tr("Format"),
                                        tr("Zugeordnete Felder"), tr("Abgelegt am")],
                                       tr("Ihre Vorlagen im Tresor"))
        self.kind_box = make_combo(tr("Briefart der neuen Vorlage"))
        for key, letter_kind in dl.KINDS.items():
            self.kind_box.addItem(tr(letter_kind.title), key)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.name_box = make_line_edit(tr("Name der neuen Vorlage"),
                                       tr("ohne Angabe: der Dateiname"))
        form = QFormLayout()
        form.addRow(tr("&Briefart"), self.kind_box)
        form.addRow(tr("&Name"), self.name_box)
        self.import_button = make_button(
            tr("&Importieren …"), tr("Vorlage importieren (DOCX, PDF-Formular oder "
                                     "Briefvorlage einer Kollegin)"), self.import_file)
        self.export_button = make_button(
            tr("&Exportieren …"), tr("Ausgewählte Vorlage für eine Kollegin speichern (ohne "
                                     "Personendaten)"), self.export_selected)
        self.delete_button = make_button(tr("&Löschen"), tr("Ausgewählte Vorlage löschen"),
                                         self.delete_selected)
        self.close_button = make_button(tr("Schließen"), tr("Schließen"), self.accept)
        self.status = MessageLine()   # heard when a kept or saved template is said
        self.status.setAccessibleDescription(tr("Hinweis"))
        box = QVBoxLayout(self)
        intro = QLabel(tr("Vorlagen enthalten Platzhalter statt Namen; beim Import wird "
                          "der Name der Verfasserin aus den Dateieigenschaften "
                          "entfernt. Ein PDF-Formular, dessen Felder Sie zuordnen "
                          "müssen, legen Sie in „Brief erstellen“ ab."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addLayout(form)
        box.addWidget(self.status)
        box.addLayout(end_button_row(self.import_button, self.export_button,
                                     self.delete_button, self.close_button))
        self.table.itemSelectionChanged.connect(self._enable)
        delete_key_asks(self.table, self.delete_selected)
        whole_window_scrolls(self)
        self.refresh()
        self.resize(860, 460)

    def refresh(self) -> None:
        self.templates = store.stored_templates(self.ctx.conn)
        self.table.setRowCount(len(self.templates))
        for row, t in enumerate(self.templates):
            for column, text in enumerate((t.name, tr(dl.kind_of(t.kind).title),
                                           t.file_type.upper(), str(len(t.mapping)) if t.mapping
                                           else "–", fmt_date(t.added))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.templates:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.export_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.templates[rows[0].row()] if rows else None

    def import_file(self) -> bool:
        path = self.file_chooser()
        if not path:
            return False
        try:
            kept = self.ctx.apply(store.import_template_file, path,
                                  name=self.name_box.text(),
                                  kind_key="" if path.lower().endswith(store.TEMPLATE_SUFFIX)
                                  else self.kind_box.currentData())
        except UserError as err:
            show_error(self, str(err), title=tr("Vorlage importieren"))
            return False
        self.changed = True
        self.name_box.clear()
        self.refresh()
        self.status.setText(tr("Vorlage „{0}“ im Tresor abgelegt.").format(kept.name))
        return True

    def export_selected(self) -> bool:
        template = self.selected()
        if template is None:
            return False
        path = self.save_path_chooser(safe_file_name(template.name + store.TEMPLATE_SUFFIX))
        if not path:
            return False
        try:
            store.export_template(self.ctx.conn, template.id, path)
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_error(self, user_message(err), title=tr("Vorlage exportieren"))
            return False
        self.status.setText(tr("Vorlage gespeichert (ohne Personendaten): {0}").format(path))
        return True

    def delete_selected(self) -> bool:
        template = self.selected()
        if template is None or not ask_yes_no(
                self, tr("Die Vorlage „{0}“ löschen? Briefe, die schon im Tresor abgelegt "
                         "sind, bleiben.").format(template.name), title=tr("Vorlage löschen"),
                yes=tr("Löschen")):
            return False
        try:
            self.ctx.apply(store.delete_template, template.id)
        except UserError as err:
            show_error(self, str(err), title=tr("Vorlage löschen"))
            return False
        self.changed = True
        self.refresh()
        self.status.setText(tr("Vorlage „{0}“ gelöscht.").format(template.name))
        return True
