"""The deputy's view of a Vertretungspaket (issue 18): a second, read-mostly vault next to
her own, marked "Vertretung für … bis …". She sees the persons, open cases, appointments
and § 8a deadlines, adds contacts and appointments and writes the return. The package
is closed (and its key dropped) when she closes the window or her own vault locks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import CONTACT_KINDS
from ...formatting import fmt_date
from ...services import handover as svc
from ..common.forms import CatalogueCombo, DateField, make_button
from ..common.tables import make_table_view
from ..context import AppContext
from ..i18n import translator

tr = translator("Handover")
BANNER_STYLE = ("background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; "
                "padding: 6px; font-weight: 600;")


def _table(headers: list[str], name: str):
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    return model, make_table_view(model, name, alternating=False)


def _row(model: QStandardItemModel, cells: list[str], record_id: str) -> None:
    items = [QStandardItem(c) for c in cells]
    for item in items:
        item.setEditable(False)
    items[0].setData(record_id, Qt.UserRole)
    model.appendRow(items)


def _note_field() -> QLineEdit:
    note = QLineEdit()
    note.setAccessibleName(tr("Notiz"))
    return note


def _entry_form(dialog: QDialog, rows: list[tuple[str, QWidget]]) -> None:
    """The rows (label, field) of a deputy's entry with Speichern / Abbrechen under them."""
    form = QFormLayout(dialog)
    for label, field in rows:
        form.addRow(label, field)
    buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
    buttons.button(QDialogButtonBox.Save).setText(tr("Speichern"))
    buttons.button(QDialogButtonBox.Cancel).setText(tr("Abbrechen"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


class DeputyContactDialog(QDialog):
    """A contact in an open case of the package (date, kind, minutes, note)."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Kontakt eintragen"))
        self.day = DateField(today, accessible_name=tr("Datum"))
        self.kind = CatalogueCombo(CONTACT_KINDS, accessible_name=tr("Kontaktart"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 600)
        self.minutes.setValue(30)
        self.minutes.setAccessibleName(tr("Dauer in Minuten"))
        self.note = _note_field()
        _entry_form(self, [(tr("Datum"), self.day), (tr("Art"), self.kind),
                           (tr("Minuten"), self.minutes), (tr("Notiz"), self.note)])


class DeputyAppointmentDialog(QDialog):
    """An appointment with a person of the package (date, start, end, note)."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Termin eintragen"))
        self.day = DateField(today, accessible_name=tr("Datum"))
        self.start = QLineEdit("09:00")
        self.start.setAccessibleName(tr("Beginn (HH:MM)"))
        self.end = QLineEdit("09:45")
        self.end.setAccessibleName(tr("Ende (HH:MM)"))
        self.note = _note_field()
        _entry_form(self, [(tr("Datum"), self.day), (tr("Beginn"), self.start),
                           (tr("Ende"), self.end), (tr("Notiz"), self.note)])


class DeputyWindow(QDialog):
    """``DeputyWindow(ctx, path, key_text)``: raises ``svc.PackageError`` (German) when the
    package cannot be opened; an expired package is deleted by the opening itself."""

    def __init__(self, ctx: AppContext, path: Path, key_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.pkg, self.info = svc.open_package(self.path, key_text, writable=True,
                                               expected_kind="vertretung")
        self._key_text = key_text
        if ctx.is_unlocked:
            svc.register_received(ctx.conn, self.path, self.info)
        self.setWindowTitle(tr("Vertretungspaket"))
        self.setModal(False)
        banner = QLabel(self.info.label + "  ·  " + tr("wird gelöscht ab {0}").format(
            fmt_date(self.info.expires)))
        banner.setStyleSheet(BANNER_STYLE)
        banner.setAccessibleName(tr("Vertretungspaket"))
        self.banner = banner
        self.tabs = QTabWidget()
        self.persons_model, persons = _table([tr("Person"), tr("Eltern / Kontakt")], tr("Personen"))
        self.cases_model, self.cases = _table([tr("Fall"), tr("Person"), tr("seit")],
                                              tr("Offene Fälle"))
        self.appts_model, appts = _table([tr("Datum"), tr("Zeit"), tr("Person"), tr("Notiz")],
                                         tr("Termine"))
        self.deadlines_model, deadlines = _table([tr("Frist"), tr("Schritt")], tr("§ 8a-Fristen"))
        self.contacts_model, contacts = _table([tr("Datum"), tr("Minuten"), tr("Fall"),
                                                tr("Notiz")], tr("Kontakte der Vertretung"))
        self.persons = persons
        for widget, title in ((persons, tr("&Personen")), (self.cases, tr("Offene &Fälle")),
                              (appts, tr("&Termine")), (deadlines, tr("§ &8a-Fristen")),
                              (contacts, tr("&Kontakte der Vertretung"))):
            self.tabs.addTab(widget, title)
        self.contact_button = make_button(tr("Kontakt &eintragen …"),
                                          tr("Kontakt im ausgewählten Fall eintragen"),
                                          self.add_contact)
        self.appointment_button = make_button(tr("Ter&min eintragen …"),
                                              tr("Termin mit der ausgewählten Person eintragen"),
                                              self.add_appointment)
        self.return_button = make_button(tr("&Rückgabe schreiben …"),
                                         tr("Rückgabe für die Kollegin schreiben"),
                                         self.choose_return)
        close = make_button(tr("Schließen"), tr("Vertretungspaket schließen"), self.close)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Meldung"))
        row = QHBoxLayout()
        row.addWidget(self.contact_button)
        row.addWidget(self.appointment_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        ctx.locked.connect(self.close)
        self.resize(1000, 620)
        self.refresh()

    def refresh(self) -> None:
        view = svc.deputy_overview(self.pkg)
        names = {p.id: p.pseudonym for p in view["persons"]}
        cases = {c.id: c.title or c.id[:8] for c in view["cases"]}
        for model in (self.persons_model, self.cases_model, self.appts_model,
                      self.deadlines_model, self.contacts_model):
            model.removeRows(0, model.rowCount())
        for p in view["persons"]:
            shown = p.pseudonym + (f" ({p.display_name})" if self.ctx.show_names and
                                   p.display_name else "")
            _row(self.persons_model, [shown, p.guardian_contact], p.id)
        for c in view["cases"]:
            _row(self.cases_model, [cases[c.id], names.get(c.person_id, ""), fmt_date(c.opened)],
                 c.id)
        for a in view["appointments"]:
            _row(self.appts_model, [fmt_date(a.day), f"{a.start}–{a.end}",
                                    names.get(a.person_id, ""), a.note], a.id)
        for s in view["cp_steps"]:
            _row(self.deadlines_model, [fmt_date(s.due), s.step], s.id)
        for k in view["contacts"]:
            _row(self.contacts_model, [fmt_date(k.day), str(k.duration_min),
                                       cases.get(k.case_id, ""), k.note], k.id)
        if self.cases_model.rowCount() and not self.cases.selectionModel().selectedRows():
            self.cases.selectRow(0)
        if self.persons_model.rowCount() and not self.persons.selectionModel().selectedRows():
            self.persons.selectRow(0)

    def _chosen(self, view, model: QStandardItemModel, missing: str) -> str | None:
        """The id of the row chosen in ``view``; else None, and ``missing`` is said."""
        rows = view.selectionModel().selectedRows()
        if not rows:
            self.status.setText(missing)
            return None
        return model.item(rows[0].row(), 0).data(Qt.UserRole)

    def selected_case(self) -> str | None:
        return self._chosen(self.cases, self.cases_model,
                            tr("Bitte zuerst unter „Offene Fälle“ einen Fall wählen."))

    def selected_person(self) -> str | None:
        return self._chosen(self.persons, self.persons_model,
                            tr("Bitte zuerst unter „Personen“ eine Person wählen."))

    def _ask(self, dialog_class, save) -> None:
        dialog = dialog_class(self, clock.today())
        if dialog.exec() == QDialog.Accepted:
            save(dialog)

    def _write(self, write, written: str) -> None:
        """``write()`` into the package; its refusal (German) or ``written`` is said."""
        try:
            write()
        except svc.PackageError as err:
            self.status.setText(str(err))
            return
        self.status.setText(written)
        self.refresh()

    def add_contact(self) -> None:
        if self.selected_case() is not None:
            self._ask(DeputyContactDialog, self.save_contact)

    def add_appointment(self) -> None:
        if self.selected_person() is not None:
            self._ask(DeputyAppointmentDialog, self.save_appointment)

    def save_contact(self, dialog: DeputyContactDialog) -> None:
        case_id = self.selected_case()
        if case_id is not None:
            self._write(lambda: svc.deputy_add_contact(
                self.pkg, case_id, dialog.day.value(), dialog.kind.code(),
                dialog.minutes.value(), dialog.note.text()), tr("Kontakt eingetragen."))

    def save_appointment(self, dialog: DeputyAppointmentDialog) -> None:
        person_id = self.selected_person()
        if person_id is not None:
            self._write(lambda: svc.deputy_add_appointment(
                self.pkg, person_id, dialog.day.value(), dialog.start.text().strip(),
                dialog.end.text().strip(), dialog.note.text()), tr("Termin eingetragen."))

    def choose_return(self) -> None:
        path = QFileDialog.getExistingDirectory(self, tr("Rückgabe speichern in"),
                                                str(self.path.parent))
        if path:
            self.write_return(Path(path))

    def write_return(self, target: Path) -> None:
        self.pkg.close()
        try:
            result = svc.write_return(self.path, self._key_text, target)
            self.status.setText(tr("Rückgabe geschrieben: {0} ({1})").format(
                result.path, ", ".join(f"{n} {k}" for k, n in result.counts.items())))
        except svc.PackageError as err:
            self.status.setText(str(err))
        finally:
            self.pkg, _ = svc.open_package(self.path, self._key_text, writable=True)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt
        self._drop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._drop()
        super().done(result)

    def _drop(self) -> None:
        if self.pkg is not None:
            self.pkg.close()
            self.pkg = None
        self._key_text = ""
        for model in (self.persons_model, self.cases_model, self.appts_model,
                      self.deadlines_model, self.contacts_model):
            model.removeRows(0, model.rowCount())
