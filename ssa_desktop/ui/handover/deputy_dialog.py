"""Dialog "Vertretungspaket erstellen": period and deputy, the proposal of the
persons with the consent "Weitergabe an die Vertretung" (each can be removed, none
added; per person the free texts that may go along, unticked), the persons needed but not
proposed with the reason, the target folder; afterwards the package key once
and its printed sheet."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import handover as rules
from ...services import handover as svc
from ...services import handover_deputy
from ..common.announce import MessageLabel
from ..common.button_row import end_button_row
from ..common.files import choose_target_folder, confirm_write_into
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import DateField, buddy_label, make_button
from ..common.key_readout import KeyReadout
from ..common.labels import spoken_label
from ..common.message_line import MessageLine, error_line
from ..common.screen_fit import resize_within_screen
from ..common.tables import make_table_view
from ..common.text_boxes import make_line_edit
from ..context import AppContext
from ..i18n import translator
from . import package_key
from .document_ticks import DocumentTicks
from .due_list import DueList, left_out_text

tr = translator("Handover")


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class DeputyPackageDialog(package_key.PackageDialog):
    """``DeputyPackageDialog(ctx, folder)``; ``result`` holds the written package."""

    def __init__(self, ctx: AppContext, folder: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, tr("Vertretungspaket erstellen"), parent)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_form(folder or svc.default_folder()))
        self.pages.addWidget(self._build_key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # on a small screen (640×360 at 200 %) the whole dialog scrolls
        whole_window_scrolls(self)
        resize_within_screen(self, 960, 720)
        self.refresh_proposal()

    # -- page 1: period, deputy, proposal ----------------------------------------------------
    def _build_form(self, folder: Path) -> QWidget:
        page = QWidget(self)
        today = clock.today()
        self.first = DateField(today + timedelta(days=1), accessible_name=tr("Zeitraum der Vertretung von"))
        self.last = DateField(today + timedelta(days=42), accessible_name=tr("Zeitraum der Vertretung bis"))
        self.first.dateChanged.connect(self.refresh_proposal)
        self.last.dateChanged.connect(self.refresh_proposal)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(buddy_label(tr("bis"), self.last))
        period.addWidget(self.last)
        period.addStretch(1)
        self.deputy_name = make_line_edit(tr("Vertretung (Name)"))
        self.deputy_role = make_line_edit(tr("Funktion der Vertretung"),
                                          tr("z. B. Schulsozialarbeit GMS Nord"))
        self.for_name = make_line_edit(tr("Ihr Name für die Vertretung"),
                                       tr("erscheint als „Vertretung für …“"))
        self.typed = [self.deputy_name, self.deputy_role, self.for_name]
        self.folder = QLineEdit(str(folder))
        self.folder.setAccessibleName(tr("Zielordner"))
        choose = make_button(tr("&Ordner …"), tr("Zielordner wählen"), self.choose_folder)
        target = QHBoxLayout()
        target.addWidget(self.folder, 1)
        target.addWidget(choose)
        form = QFormLayout()
        period_label = QLabel(tr("&Zeitraum"))
        form.addRow(period_label, period)
        period_label.setBuddy(self.first)
        for label, field in ((tr("&Vertretung (Name)"), self.deputy_name),
                             (tr("&Funktion"), self.deputy_role), (tr("Ihr &Name"), self.for_name)):
            form.addRow(buddy_label(label, field), field)
        self.model = QStandardItemModel(0, 3 + len(rules.EXTRAS), self)
        self.model.setHorizontalHeaderLabels([tr("Person"), tr("Schule"), tr("Grund")] + [
            tr(rules.EXTRA_LABELS[name]) for name in rules.EXTRAS])
        self.proposal_label = QLabel(tr("<b>Vorschla&g</b>"))
        # each table named by the words of its visible label (WCAG 2.5.3), in either language
        self.table = make_table_view(self.model, spoken_label(self.proposal_label.text()),
                                     alternating=False, stretch=2)
        self.proposal_label.setBuddy(self.table)
        self.missing_model = QStandardItemModel(0, 3, self)
        self.missing_model.setHorizontalHeaderLabels([tr("Person"), tr("Schule"),
                                                      tr("Warum nicht")])
        self.missing_label = QLabel(tr("<b>N&icht vorgeschlagen</b> (offener Fall, Termin oder "
                                       "§ 8a-Verfahren, aber die Einwilligung reicht nicht)"))
        self.missing_table = make_table_view(self.missing_model,
                                             spoken_label(self.missing_label.text()), stretch=2)
        self.missing_table.setMaximumHeight(110)
        self.missing_label.setWordWrap(True)
        self.missing_label.setBuddy(self.missing_table)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.due = DueList(page)
        self.due.model.itemChanged.connect(self._update_summary)
        self.documents = DocumentTicks(page)   # none goes unless she ticks it
        note = QLabel(tr("Vorgeschlagen werden nur Personen mit gültiger Einwilligung "
                         "„Weitergabe an die Vertretung“ und offenem Fall, Termin im Zeitraum "
                         "oder offenem § 8a-Verfahren; die Einwilligung muss heute und an jedem "
                         "Tag des Zeitraums gelten. Haken entfernen (Leertaste), wer nicht "
                         "mit soll. Ins Paket kommen nur diese Personen (Name, Klasse, Schule, "
                         "Erreichbarkeit der Eltern), ihre offenen Fälle (Titel, Themen), die "
                         "Termine im Zeitraum (mit Raum) und die § 8a-Fristen – keine "
                         "abgeschlossenen Fälle, keine Arbeitsnotizen, keine Kontakte, keine "
                         "Teilnehmerlisten. Notizen und Ziele nur, wenn Sie sie für die Person "
                         "ankreuzen (Pfeiltasten, Leertaste). Personen mit eingeschränkter "
                         "Verarbeitung (Widerspruch) werden nie vorgeschlagen und hier nicht "
                         "aufgeführt. Jede Weitergabe wird im Übermittlungsprotokoll vermerkt."))
        note.setWordWrap(True)
        self.error = error_line(tr("Fehlermeldung"))
        self.write_button = make_button(tr("Paket &schreiben"), tr("Vertretungspaket schreiben"),
                                        self.write)
        self.write_button.setDefault(True)
        cancel = make_button(tr("Abbrechen"), tr("Abbrechen"), self.reject)
        buttons = end_button_row(self.write_button, cancel)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.proposal_label)
        # right above the list, which gives up the lines a long message needs: nothing
        # below it moves (ui/common/message_line.py)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.due)
        layout.addWidget(self.documents)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_table)
        layout.addWidget(note)
        target_form = QFormLayout()
        target_label = QLabel(tr("Zie&lordner"))
        target_form.addRow(target_label, target)
        target_label.setBuddy(self.folder)
        layout.addLayout(target_form)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        self.model.itemChanged.connect(self._update_summary)
        return page

    def period(self) -> rules.Period | None:
        try:
            return rules.Period(self.first.value(), self.last.value())
        except rules.HandoverRuleError as err:
            self.error.setText(str(err))
            return None

    def refresh_proposal(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.error.clear()
        period = self.period()
        self.model.removeRows(0, self.model.rowCount())
        self.missing_model.removeRows(0, self.missing_model.rowCount())
        if period is None:
            self.due.show_persons([])
            self.documents.show_documents([])
            self._update_summary()
            return
        found = handover_deputy.candidates(self.ctx.conn, period)
        proposed = [c.person_id for c in rules.propose(found)]
        self.due.show_persons(svc.due_persons(self.ctx.conn, proposed))
        self.documents.show_documents(handover_deputy.deputy_documents(self.ctx.conn, proposed))
        for c in rules.propose(found):
            person = QStandardItem(c.pseudonym)
            person.setCheckable(True)
            person.setCheckState(Qt.CheckState.Checked)
            person.setEditable(False)
            person.setData(c.person_id, Qt.ItemDataRole.UserRole)
            ticks = []
            for name in rules.EXTRAS:
                tick = QStandardItem()
                tick.setCheckable(True)
                tick.setCheckState(Qt.CheckState.Unchecked)
                tick.setEditable(False)
                tick.setData(name, Qt.ItemDataRole.UserRole)
                tick.setData(tr("{0}: {1}").format(tr(rules.EXTRA_LABELS[name]), c.pseudonym),
                             Qt.ItemDataRole.AccessibleTextRole)
                ticks.append(tick)
            self.model.appendRow([person, _cell(c.school), _cell(c.reasons), *ticks])
        for c in rules.not_proposed(found):
            self.missing_model.appendRow([_cell(c.pseudonym), _cell(c.school),
                                          _cell(c.not_proposed_reason)])
        self.table.resizeColumnsToContents()
        self.missing_table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_summary()

    def chosen(self) -> list[str]:
        return [self.model.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())
                if self.model.item(r, 0).checkState() == Qt.CheckState.Checked]

    def extras(self) -> dict[str, set[str]]:
        """The free texts ticked per chosen person (``rules.EXTRAS`` names)."""
        ticked: dict[str, set[str]] = {}
        for r in range(self.model.rowCount()):
            if self.model.item(r, 0).checkState() != Qt.CheckState.Checked:
                continue
            names = {self.model.item(r, c).data(Qt.ItemDataRole.UserRole)
                     for c in range(3, self.model.columnCount())
                     if self.model.item(r, c).checkState() == Qt.CheckState.Checked}
            if names:
                ticked[self.model.item(r, 0).data(Qt.ItemDataRole.UserRole)] = names
        return ticked

    def _update_summary(self, *_args) -> None:
        total = self.model.rowCount()
        chosen = len(set(self.chosen()) - self.due.left_out())
        if not total:
            self.summary.setText(tr("Keine Person erfüllt die Voraussetzungen; es gibt nichts "
                                    "weiterzugeben."))
        else:
            self.summary.setText(tr("{0} von {1} vorgeschlagenen Personen kommen ins Paket.")
                                 .format(chosen, total))
        self.write_button.setEnabled(chosen > 0)

    def choose_folder(self) -> None:
        path = choose_target_folder(self, tr("Zielordner wählen"), self.folder.text())
        if path:
            self.folder.setText(path)

    def write(self) -> None:
        period = self.period()
        if period is None or not confirm_write_into(self, Path(self.folder.text())):
            return
        try:
            deputy = rules.check_deputy(self.deputy_name.text(), self.deputy_role.text())
        except rules.HandoverRuleError as err:
            self.error.setText(str(err))
            return
        chosen, target, for_name = self.chosen(), Path(self.folder.text()), self.for_name.text()
        extras, send_due, ticked = self.extras(), self.due.send_due(), self.documents.ticked()
        self.start_writing(lambda conn, progress: handover_deputy.create_deputy_package(
            conn, period, deputy, chosen, target, for_name=for_name, extras=extras,
            send_due=send_due, documents=ticked, progress=progress), self.error)

    # -- page 2: the key, once ---------------------------------------------------------------
    def _build_key_page(self) -> QWidget:
        page = QWidget(self)
        # announced when the key page shows: the package is written, the key follows
        self.key_intro = MessageLabel()
        self.key_intro.setWordWrap(True)
        self.key_label = package_key.key_label(16)
        self.sheet_status = MessageLine()  # the stretch below it gives the room
        self.sheet_button = package_key.sheet_button(self.choose_sheet)
        close = make_button(tr("&Fertig"), tr("Fertig"), self.accept)
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_intro)
        layout.addWidget(self.key_label)
        self.readout = KeyReadout(self.key_label)
        layout.addWidget(self.readout)
        only_now = QLabel(tr("Der Schlüssel wird nur jetzt angezeigt. Übergeben Sie ihn "
                             "getrennt von der Datei (z. B. das gedruckte Blatt "
                             "persönlich, die Datei auf einem USB-Stick)."))
        only_now.setWordWrap(True)  # one line made the dialog 940 px wide (scrolled sideways)
        layout.addWidget(only_now)
        layout.addWidget(self.sheet_status)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def show_package(self) -> None:
        r = self.package
        assert r is not None and r.expires is not None  # written, and a deputy's ends
        self.key_intro.setText(tr("Das Vertretungspaket ist geschrieben: {0}\n{1} Person(en); "
                                  "im Übermittlungsprotokoll vermerkt. Es löscht sich bei der "
                                  "Vertretung ab dem {2}.").format(
            r.path, len(r.persons), r.expires.strftime("%d.%m.%Y"))
            + ("\n" + left_out_text(r) if r.left_out else ""))
        self.key_label.setText(package_key.key_lines(r.key_text))
        self.readout.reset()
        self.pages.setCurrentIndex(1)
        self.sheet_button.setFocus()

    def write_sheet(self, path: Path) -> None:
        written, message = package_key.write_sheet(path, self.package)
        self.sheet_saved = self.sheet_saved or written
        self.sheet_status.setText(message)

    def closing(self) -> None:
        self.key_label.clear()
