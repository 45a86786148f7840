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
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Notiz"))
        form = QFormLayout(self)
        form.addRow(tr("Datum"), self.day)
        form.addRow(tr("Art"), self.kind)
        form.addRow(tr("Minuten"), self.minutes)
        form.addRow(tr("Notiz"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(tr("Speichern"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


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
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Notiz"))
        form = QFormLayout(self)
        form.addRow(tr("Datum"), self.day)
        form.addRow(tr("Beginn"), self.start)
        form.addRow(tr("Ende"), self.end)
        form.addRow(tr("Notiz"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(tr("Speichern"))
        buttons.button(QDialogButtonBox.Cancel).setText(tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


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

    def selected_case(self) -> str | None:
        rows = self.cases.selectionModel().selectedRows()
        return self.cases_model.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    def add_contact(self) -> None:
        if self.selected_case() is None:
            self.status.setText(tr("Bitte zuerst unter „Offene Fälle“ einen Fall wählen."))
            return
        dialog = DeputyContactDialog(self, clock.today())
        if dialog.exec() == QDialog.Accepted:
            self.save_contact(dialog)

    def save_contact(self, dialog: DeputyContactDialog) -> None:
        case_id = self.selected_case()
        if case_id is None:
            self.status.setText(tr("Bitte zuerst unter „Offene Fälle“ einen Fall wählen."))
            return
        try:
            svc.deputy_add_contact(self.pkg, case_id, dialog.day.value(), dialog.kind.code(),
                                   dialog.minutes.value(), dialog.note.text())
        except svc.PackageError as err:
            self.status.setText(str(err))
            return
        self.status.setText(tr("Kontakt eingetragen."))
        self.refresh()

    def selected_person(self) -> str | None:
        rows = self.persons.selectionModel().selectedRows()
        return self.persons_model.item(rows[0].row(), 0).data(Qt.UserRole) if rows else None

    def add_appointment(self) -> None:
        if self.selected_person() is None:
            self.status.setText(tr("Bitte zuerst unter „Personen“ eine Person wählen."))
            return
        dialog = DeputyAppointmentDialog(self, clock.today())
        if dialog.exec() == QDialog.Accepted:
            self.save_appointment(dialog)

    def save_appointment(self, dialog: DeputyAppointmentDialog) -> None:
        person_id = self.selected_person()
        if person_id is None:
            self.status.setText(tr("Bitte zuerst unter „Personen“ eine Person wählen."))
            return
        try:
            svc.deputy_add_appointment(self.pkg, person_id, dialog.day.value(),
                                       dialog.start.text().strip(), dialog.end.text().strip(),
                                       dialog.note.text())
        except svc.PackageError as err:
            self.status.setText(str(err))
            return
        self.status.setText(tr("Termin eingetragen."))
        self.refresh()

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
