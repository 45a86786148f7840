"""Vernetzung: partner directory, networking activities and the Kooperationsvereinbarung."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import NETWORK_KINDS, PARTNER_TYPES
from ...domain.entities import AgreementGoal, CooperationAgreement, NetworkActivity, Partner
from ...formatting import fmt_date
from ...services import agreements, network, schools, setup
from ...services.operations import DataKind
from .. import colours
from ..common.applying import apply_or_say, say_done
from ..common.area import Area, typed
from ..common.column_fit import fit_columns
from ..common.combos import make_combo
from ..common.dialog_buttons import save_cancel_buttons
from ..common.forms import (
    CatalogueCombo,
    DateField,
    DurationField,
    buddy_label,
    make_button,
    refused_selector,
)
from ..common.labels import bind_labels_to_inputs
from ..common.layouts import BesideOrBelow, LinesHigh, flow_row, grow, wrap_layout
from ..common.lazy_tabs import LazyTabWidget
from ..common.message_line import error_line
from ..common.messages import ask_yes_no
from ..common.modal import modal
from ..common.screen_fit import resize_within_screen
from ..common.tables import delete_key_asks, hold_rows, make_table_view
from ..common.text_boxes import make_line_edit, make_text_box
from ..common.typed import Baseline
from ..i18n import translator
from ..notes.form_draft import FormDraft, find_draft

tr = translator("NetworkArea")
HINT_STYLE = f"color: {colours.current().warning}; font-weight: bold;"


def _table(name: str, headers: list[str], *,
           editable: bool = False) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = make_table_view(model, name, alternating=False, editable=editable, elide=True)
    fit_columns(view, keep=(0,))  # every column in sight, the name the last to shorten
    return view, model


LIST_LEAST = 300  # px: the partners' list beside its form never narrower
COMBO_LEAST = 24  # characters a partner or goal list shows at least

COLUMN_CAP = 260  # px: one long name or note never pushes the other columns off screen


def _fit_columns(view: QTableView) -> None:
    """Columns as wide as their contents, but none wider than COLUMN_CAP (long texts are
    shortened with … and shown whole in the tooltip); the last column takes the rest."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        if header.sectionSize(column) > COLUMN_CAP:
            header.resizeSection(column, COLUMN_CAP)


def _form() -> QFormLayout:
    """A form whose labels go above their fields where both do not fit beside (640×360
    at 200 %: the area scrolled sideways)."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setToolTip(text)
    return item


# -- partners -------------------------------------------------------------------------------------
class PartnersTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.partners: list[Partner] = []
        self.editing: Partner | None = None
        left = QVBoxLayout()
        self.filter = make_line_edit(tr("Partner filtern"))
        self.filter.setPlaceholderText(tr("Filtern: Name, Ansprechperson, Notiz …"))
        self.filter.textChanged.connect(lambda _t: self.refresh())
        self.view, self.model = _table(tr("Partner"), [tr("Name"), tr("Art"), tr("Ansprechperson"),
                                                       tr("Telefon"), tr("E-Mail")])
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._load(cur.row()))
        filter_row = QHBoxLayout()
        filter_row.addWidget(buddy_label(tr("Filter"), self.filter))
        filter_row.addWidget(self.filter, 1)
        left.addLayout(filter_row)
        left.addWidget(self.view, 1)
        # the list at least this wide: where it and the form do not fit beside each other
        # (640×360 at 200 %: the area scrolled sideways) the form goes below it
        self.view.setMinimumWidth(LIST_LEAST)
        hold_rows(self.view)
        form = _form()
        self.name = make_line_edit(tr("Name der Einrichtung"))
        self.kind = CatalogueCombo(PARTNER_TYPES, accessible_name=tr("Art der Einrichtung"))
        self.contact = make_line_edit(tr("Ansprechperson"))
        self.phone = make_line_edit(tr("Telefon"))
        self.email = make_line_edit(tr("E-Mail"))
        self.note = make_text_box(tr("Notiz"))
        for label, w in ((tr("Name"), self.name), (tr("Art"), self.kind),
                         (tr("Ansprechperson"), self.contact), (tr("Telefon"), self.phone),
                         (tr("E-Mail"), self.email), (tr("Notiz"), self.note)):
            form.addRow(label, w)
        for w in (self.name, self.contact, self.phone, self.email):
            w.returnPressed.connect(self.save)
        self.error = error_line(tr("Fehlermeldung"))
        self.kind.refused.connect(self.error.setText)  # a refused type is said aloud
        form.addRow(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(make_button(tr("&Neu"), tr("Neuer Partner"), self.new))
        buttons.addWidget(make_button(tr("&Speichern"), tr("Partner speichern"), self.save))
        buttons.addWidget(make_button(tr("&Löschen"), tr("Partner löschen"), self.delete))
        form.addRow(buttons)
        box = QWidget()
        box.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(BesideOrBelow((left, 3), (box, 2)))
        # the partner as loaded: what differs is typed and not saved (the area is kept)
        self.typed = Baseline([self.name, self.kind, self.contact, self.phone, self.email,
                               self.note])
        self.chosen_id: str | None = None   # her partner when the area was built again

    def refresh(self) -> None:
        keep = self.editing.id if self.editing else self.chosen_id
        self.chosen_id = None
        typed = self.typed.values() if self.typed.typed() else None
        self.partners = network.partners(self.ctx.conn, self.filter.text())
        self.model.removeRows(0, self.model.rowCount())
        for p in self.partners:
            self.model.appendRow([_item(p.name), _item(PARTNER_TYPES.label(p.partner_type)),
                                  _item(p.contact_person), _item(p.phone), _item(p.email)])
        _fit_columns(self.view)
        if keep and self.select(keep) and typed is not None:
            self.typed.give_back(typed)   # loaded again over what she typed: hers stays

    def select(self, partner_id: str) -> bool:
        for i, p in enumerate(self.partners):
            if p.id == partner_id:
                self.view.selectRow(i)
                self._load(i)
                return True
        return False

    def _load(self, row: int) -> None:
        if not 0 <= row < len(self.partners):
            return
        p = self.partners[row]
        self.editing = p
        self.name.setText(p.name)
        self.kind.set_code(p.partner_type)
        self.contact.setText(p.contact_person)
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.note.setPlainText(p.note)
        self.error.clear()
        self.typed.start()

    def new(self) -> None:
        self.editing = None
        self.view.clearSelection()
        for w in (self.name, self.contact, self.phone, self.email):
            w.clear()
        self.note.clear()
        self.kind.set_code("OTH")
        self.typed.start()
        self.name.setFocus()

    def save(self) -> None:
        if refused_selector(self, self.error.setText):
            return
        p = self.editing or Partner("")
        p.name, p.partner_type = self.name.text(), self.kind.code()
        p.contact_person, p.phone = self.contact.text().strip(), self.phone.text().strip()
        p.email, p.note = self.email.text(), self.note.toPlainText().strip()
        if not apply_or_say(self.ctx, self.error, network.NetworkError, network.save_partner, p):
            return
        self.editing = p
        self.refresh()

    def delete(self) -> None:
        if self.editing is None:
            return
        self.ctx.apply(network.delete_partner, self.editing.id)
        self.new()
        self.refresh()

    def clear(self) -> None:
        self.partners, self.editing = [], None
        self.model.removeRows(0, self.model.rowCount())
        self.filter.blockSignals(True)   # no load from the locked vault
        self.filter.clear()
        self.filter.blockSignals(False)
        for w in (self.name, self.contact, self.phone, self.email):
            w.clear()
        self.note.clear()
        self.typed.start()


# -- networking activities ---------------------------------------------------------------------------
class ActivitiesTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        form = _form()
        self.kind = CatalogueCombo(NETWORK_KINDS, accessible_name=tr("Art der Vernetzung"))
        self.hint = QLabel(network.KFB_HINT)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.day = DateField(accessible_name=tr("Datum"))
        self.duration = DurationField(60)
        # a long partner name or goal is shown shortened where the width ends (640×360)
        self.partner = make_combo(tr("Partner"), least=COMBO_LEAST)
        self.school = make_combo(tr("Schule"))
        self.school.currentIndexChanged.connect(self._load_goals)
        self.goal = make_combo(tr("Ziel der Kooperationsvereinbarung"), least=COMBO_LEAST)
        self.note = make_line_edit(tr("Notiz"))
        self.note.returnPressed.connect(self.save)
        # unsaved input survives Strg+L, the auto-lock and Strg+Q as a draft
        self.form_draft = FormDraft(
            ctx, "network", self,
            [("kind", self.kind), ("day", self.day), ("duration", self.duration),
             ("partner", self.partner), ("school", self.school), ("goal", self.goal),
             ("note", self.note)],
            save=self._save_for_quit, title=tr("Vernetzung"),
            watched=("kind", "day", "duration", "note"))
        # the duration below the day where the width ends (640×360 at 200 %)
        row = LinesHigh(flow_row((self.day,), (buddy_label(tr("Dauer"), self.duration),
                                               self.duration)))
        form.addRow(tr("Art"), self.kind)
        form.addRow("", self.hint)
        form.addRow(tr("Datum"), row)
        form.addRow(tr("Partner"), self.partner)
        form.addRow(tr("Schule"), self.school)
        form.addRow(tr("Ziel"), self.goal)
        form.addRow(tr("Notiz"), self.note)
        self.error = error_line(tr("Fehlermeldung"))
        self.kind.refused.connect(self.error.setText)  # a refused type is said aloud
        save_row = QHBoxLayout()
        save_row.addWidget(self.error, 1)
        save_row.addWidget(make_button(tr("&Erfassen"), tr("Vernetzungsaktivität erfassen"), self.save))
        form.addRow(wrap_layout(save_row))
        layout.addLayout(form)
        self.view, self.model = _table(tr("Vernetzungsaktivitäten"),
                                       [tr("Datum"), tr("Art"), tr("Dauer"), tr("Partner"),
                                        tr("Schule"), tr("Ziel"), tr("Notiz")])
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.rows: list[network.NetworkActivityRow] = []
        self.chosen_id: str | None = None   # her row when the area was built again
        layout.addWidget(self.view, 1)
        # one entered by mistake goes (with its statistics and time) and is entered again:
        # its values wait in the form above, as a session's are removed and entered again
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(make_button(tr("Aktivität ent&fernen"),
                                         tr("Gewählte Vernetzungsaktivität entfernen"),
                                         self.remove_selected))
        layout.addLayout(remove_row)
        delete_key_asks(self.view, self.remove_selected)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.hint.setVisible(self.kind.code() in network.PSEUDONYMISED_KINDS)

    def refresh(self) -> None:
        conn = self.ctx.conn
        keep_p, keep_s = self.partner.currentData(), self.school.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(tr("— ohne Partner —"), "")
        for p in network.partners(conn):
            self.partner.addItem(p.name, p.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(keep_p)))
        self.partner.blockSignals(False)
        self.school.blockSignals(True)
        self.school.clear()
        for s in schools.choosable(conn, clock.today()):
            self.school.addItem(s.name, s.id)
        self.school.setCurrentIndex(max(0, self.school.findData(keep_s)))
        self.school.blockSignals(False)
        self._load_goals()
        place = self.view.currentIndex().row()
        keep = self.rows[place].id if 0 <= place < len(self.rows) else self.chosen_id
        if self.chosen_id is not None:
            place, self.chosen_id = 0, None
        self.model.removeRows(0, self.model.rowCount())
        self.rows = network.network_activities(conn)
        for r in self.rows:
            self.model.appendRow([_item(fmt_date(r.day)), _item(NETWORK_KINDS.label(r.kind)),
                                  _item(f"{r.duration_min} Min."), _item(r.partner_name),
                                  _item(r.school_name), _item(r.goal), _item(r.note)])
        _fit_columns(self.view)
        self._keep_place(keep, place)

    def _keep_place(self, keep: str | None, place: int) -> None:
        """Her row again after a reload (by its id), or – gone – the one now in its place."""
        if place < 0 or not self.rows:
            return
        ids = [r.id for r in self.rows]
        row = ids.index(keep) if keep in ids else min(place, len(ids) - 1)
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectRow(row)

    def remove_selected(self) -> None:
        """The chosen activity removed after a question (with its statistics record and
        time entry); its values go into the form to be corrected and entered again."""
        row = self.view.currentIndex().row()
        if not 0 <= row < len(self.rows):
            self.error.setText(tr("Bitte zuerst eine Aktivität in der Liste wählen."))
            return
        act = self.rows[row]
        question = tr("Die Vernetzungsaktivität „{0}“ vom {1} ({2} Min.) entfernen? Sie "
                      "verschwindet auch aus Statistik und Arbeitszeit; ihre Angaben stehen "
                      "danach im Formular, zum Berichtigen und neu Erfassen.").format(
            NETWORK_KINDS.label(act.kind), fmt_date(act.day), act.duration_min)
        if self.form_draft.unsaved():   # her begun entry is not replaced without a word
            question += " " + tr("Ihre noch nicht erfasste Eingabe im Formular wird dabei "
                                 "ersetzt.")
        if not ask_yes_no(self, question, title=tr("Aktivität entfernen")):
            return
        try:
            warning = self.ctx.apply(network.remove_network_activity, act.id)
        except network.NetworkError as err:
            self.error.setText(str(err))
            return
        self.error.clear()
        self.refresh()
        self._fill_form(act)
        self.view.setFocus()
        said = tr("Vernetzungsaktivität vom {0} entfernt, auch aus Statistik und Arbeitszeit. "
                  "Ihre Angaben stehen im Formular: berichtigen und „Erfassen“.")
        say_done(self.ctx, said.format(fmt_date(act.day)), warning)

    def _fill_form(self, act: network.NetworkActivityRow) -> None:
        if act.kind in NETWORK_KINDS:
            self.kind.set_code(act.kind)
        self.day.set_date(act.day)
        self.duration.set_minutes(act.duration_min)
        self.partner.setCurrentIndex(max(0, self.partner.findData(act.partner_id or "")))
        self.school.setCurrentIndex(max(0, self.school.findData(act.school_id)))
        self._load_goals()
        self.goal.setCurrentIndex(max(0, self.goal.findData(act.goal_id or "")))
        self.note.setText(act.note)

    def _load_goals(self) -> None:
        if not self.ctx.is_unlocked:
            return
        chosen = self.goal.currentData()   # hers stays where the school still has it
        self.goal.clear()
        self.goal.addItem(tr("— ohne Ziel —"), "")
        school = self.school.currentData()
        if school:
            for g in agreements.goals_for_school(self.ctx.conn, school, on=self.day.value()):
                self.goal.addItem(g.goal if len(g.goal) < 90 else g.goal[:87] + " …", g.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(chosen)))

    def save(self) -> None:
        if refused_selector(self, self.error.setText):
            return
        act = NetworkActivity(kind=self.kind.code(), day=self.day.value(),
                              duration_min=self.duration.minutes(),
                              school_id=self.school.currentData() or None,
                              partner_id=self.partner.currentData() or None,
                              goal_id=self.goal.currentData() or None, note=self.note.text().strip())
        if not apply_or_say(self.ctx, self.error, network.NetworkError,
                            network.record_network_activity, act):
            return
        self.note.clear()
        self.form_draft.drop()  # saved: the draft goes
        self.refresh()

    def _save_for_quit(self) -> bool:
        self.save()
        return not self.form_draft.unsaved()

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.partner.clear()
        self.school.clear()
        self.goal.clear()
        self.note.clear()


# -- cooperation agreement ----------------------------------------------------------------------------
class TemplateDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Vorlage übernehmen"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Beispiele aus der Muster-Kooperationsvereinbarung (Anhang):")))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Vorlagen"))
        self.list.setWordWrap(True)
        for goal, offer in agreements.TEMPLATES:
            item = QListWidgetItem(f"Ziel: {goal}\nAngebot: {offer}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        layout.addWidget(save_cancel_buttons(tr("Übernehmen"), self.accept, self.reject,
                                             role=QDialogButtonBox.StandardButton.Ok))
        resize_within_screen(self, 700, 460)

    def chosen(self) -> list[int]:
        return [i for i in range(self.list.count()) if self.list.item(i).checkState() == Qt.CheckState.Checked]


class AgreementTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.agreements: list[CooperationAgreement] = []
        self.goals: list[AgreementGoal] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_choice())
        layout.addLayout(self._build_form())
        layout.addWidget(self._build_goals(), 1)
        layout.addWidget(self._build_goal_buttons())
        # the agreement as shown: what differs is typed and not saved (the area is kept)
        self.typed = Baseline([self.valid_from, self.valid_to, self.evaluations, self.notes])
        self.saving = 0   # goals edited in their cells, saved once the editor has closed
        self.chosen_id: str | None = None   # her agreement when the area was built again
        self.chosen_goal = ""   # her goal in its list then

    # -- parts ---------------------------------------------------------------------------
    def _build_choice(self) -> QWidget:
        self.school = make_combo(tr("Schule"))
        self.school.currentIndexChanged.connect(self._load_agreements)
        self.agreement = make_combo(tr("Vereinbarung"))
        self.agreement.currentIndexChanged.connect(self._show_agreement)
        # wraps where the width ends (640×360 at 200 %: the area scrolled sideways)
        return LinesHigh(flow_row(
            (buddy_label(tr("Schule"), self.school), grow(self.school)),
            (buddy_label(tr("Vereinbarung"), self.agreement), grow(self.agreement)),
            make_button(tr("Neue &Vereinbarung"), tr("Neue Kooperationsvereinbarung"),
                        self.new_agreement)))

    def _build_form(self) -> QFormLayout:
        form = _form()
        period = QHBoxLayout()
        self.valid_from = DateField(accessible_name=tr("Zeitraum gültig ab"))
        self.valid_to = DateField(accessible_name=tr("Gültig bis"))
        period.addWidget(self.valid_from)
        period.addWidget(buddy_label(tr("bis"), self.valid_to))
        period.addWidget(self.valid_to)
        period.addStretch(1)
        w = QWidget()
        period.setContentsMargins(0, 0, 0, 0)
        w.setLayout(period)
        self.evaluations = make_line_edit(tr("Termine Auswertungsgespräch"))
        self.evaluations.setPlaceholderText(tr("TT.MM.JJJJ, mehrere mit Komma"))
        self.notes = make_text_box(tr("Notizen zur Vereinbarung"))
        self.notes.setMaximumHeight(60)
        form.addRow(tr("Zeitraum"), w)
        form.addRow(tr("Auswertungsgespräch"), self.evaluations)
        form.addRow(tr("Notizen"), self.notes)
        self.error = error_line(tr("Fehlermeldung"))
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        # at the row's top: the message's second line does not move it
        row.addWidget(make_button(tr("Vereinbarung &speichern"), tr("Vereinbarung speichern"),
                                  self.save_agreement), 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(row)
        return form

    def _build_goals(self) -> QTableView:
        self.view, self.model = _table(tr("Ziele und Angebote"), [tr("Ziel der Kooperation"),
                                                                  tr("Angebot / Rahmenbedingungen")],
                                       editable=True)  # goals and offers are edited in place
        self.view.setWordWrap(True)
        # rows as tall as their wrapped text at the width shown: sized only while the view
        # was narrow (not yet shown), one row filled the list at 200 %
        self.view.horizontalHeader().sectionResized.connect(
            lambda *_: self.view.resizeRowsToContents())
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.model.itemChanged.connect(self._cell_edited)
        return self.view

    def _build_goal_buttons(self) -> QWidget:
        goal_row, reports = QHBoxLayout(), QHBoxLayout()
        goal_row.addWidget(make_button(tr("&Ziel hinzufügen"), tr("Ziel hinzufügen"), self.add_goal))
        goal_row.addWidget(make_button(tr("&Entfernen"), tr("Ausgewähltes Ziel entfernen"), self.remove_goal))
        goal_row.addWidget(make_button(tr("Nach &oben"), tr("Ziel nach oben"), lambda: self.move_goal(-1)))
        goal_row.addWidget(make_button(tr("Nach &unten"), tr("Ziel nach unten"), lambda: self.move_goal(1)))
        reports.addStretch(1)
        reports.addWidget(make_button(tr("Vorlage &übernehmen …"), tr("Vorlage übernehmen"), self.choose_templates))
        reports.addWidget(make_button(tr("&Jahresbericht …"), tr("Jahresbericht für das Auswertungsgespräch"),
                                      self.open_annual_report))
        # the two at the right below the others where the width ends (640×360 at 200 %)
        return LinesHigh(flow_row(wrap_layout(goal_row), grow(wrap_layout(reports))))

    def open_annual_report(self) -> None:
        from ..reports.annual_report_dialog import open_annual_report

        open_annual_report(self.ctx, self, self.school.currentData())

    def current(self) -> CooperationAgreement | None:
        i = self.agreement.currentIndex()
        return self.agreements[i] if 0 <= i < len(self.agreements) else None

    def refresh(self) -> None:
        keep = self.school.currentData()
        current = self.current()
        typed = self.typed.values() if self.typed.typed() else None
        self.school.blockSignals(True)
        self.school.clear()
        for s in setup.list_schools(self.ctx.conn):
            self.school.addItem(s.name, s.id)
        self.school.setCurrentIndex(max(0, self.school.findData(keep)))
        self.school.blockSignals(False)
        chosen, self.chosen_id = self.chosen_id, None
        if chosen is not None:
            self.select_agreement(chosen)
        else:
            self._load_agreements()
        again = self.current()
        if typed is not None and (again.id if again else None) == (current.id if current else None):
            # shown again (she came back, a change elsewhere): what she typed stays
            self.typed.give_back(typed)

    def _load_agreements(self, keep: str | None = None) -> None:
        if not self.ctx.is_unlocked:
            return
        current = self.current()
        keep = keep or (current.id if current else None)
        school = self.school.currentData()
        self.agreements = agreements.agreements_for_school(self.ctx.conn, school) if school else []
        self.agreement.blockSignals(True)
        self.agreement.clear()
        for a in self.agreements:
            self.agreement.addItem(f"{fmt_date(a.valid_from)} – {fmt_date(a.valid_to) or tr('offen')}", a.id)
        index = next((i for i, a in enumerate(self.agreements) if a.id == keep), 0)
        self.agreement.setCurrentIndex(index if self.agreements else -1)
        self.agreement.blockSignals(False)
        self._show_agreement()

    def select_agreement(self, agreement_id: str) -> None:
        a = agreements.get_agreement(self.ctx.conn, agreement_id)
        if a is None:
            return
        self.school.setCurrentIndex(max(0, self.school.findData(a.school_id)))
        self._load_agreements(agreement_id)

    def _show_agreement(self) -> None:
        a = self.current()
        if a is None:
            start = clock.today()
            start = date(start.year if start.month >= 8 else start.year - 1, 8, 1)
            self.valid_from.set_date(start)
            self.valid_to.set_date(date(start.year + 1, 7, 31))
            self.evaluations.clear()
            self.notes.clear()
        else:
            self.valid_from.set_date(a.valid_from)
            self.valid_to.set_date(a.valid_to or date(a.valid_from.year + 1, 7, 31))
            self.evaluations.setText(", ".join(fmt_date(d) for d in agreements.evaluation_dates(a)))
            self.notes.setPlainText(a.notes)
        self.typed.start()
        self._load_goals()

    def _load_goals(self, select: str | None = None) -> None:
        select, self.chosen_goal = select or self.chosen_goal, ""
        a = self.current()
        self.goals = agreements.goals_for_agreement(self.ctx.conn, a.id) if a else []
        self.model.blockSignals(True)
        self.model.removeRows(0, self.model.rowCount())
        for g in self.goals:
            goal, offer = QStandardItem(g.goal), QStandardItem(g.offer)
            goal.setData(g.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow([goal, offer])
        self.model.blockSignals(False)
        self.view.setColumnWidth(0, max(300, self.view.width() // 2))
        self.view.resizeRowsToContents()
        if select:
            row = next((i for i, g in enumerate(self.goals) if g.id == select), -1)
            if row >= 0:
                self.view.selectRow(row)

    def new_agreement(self) -> None:
        self.agreement.setCurrentIndex(-1)
        self.agreement.blockSignals(True)
        self.agreement.setCurrentIndex(-1)
        self.agreement.blockSignals(False)
        self._show_agreement()
        self.valid_from.setFocus()

    def save_agreement(self) -> CooperationAgreement | None:
        a = self.current() or CooperationAgreement(self.school.currentData() or "", self.valid_from.value())
        a.valid_from, a.valid_to = self.valid_from.value(), self.valid_to.value()
        a.evaluation_dates, a.notes = self.evaluations.text(), self.notes.toPlainText().strip()
        if not apply_or_say(self.ctx, self.error, agreements.AgreementError,
                            agreements.save_agreement, a):
            return None
        self._load_agreements(a.id)
        return a

    def _ensure_agreement(self) -> CooperationAgreement | None:
        return self.current() or self.save_agreement()

    def add_goal(self) -> None:
        a = self._ensure_agreement()
        if a is None:
            return
        g = self.ctx.apply(agreements.save_goal, AgreementGoal(a.id, tr("Neues Ziel"), ""))
        self._load_goals(g.id)
        self.view.edit(self.model.index(self.view.currentIndex().row(), 0))

    def selected_goal(self) -> AgreementGoal | None:
        rows = self.view.selectionModel().selectedRows() or (
            [self.view.currentIndex()] if self.view.currentIndex().isValid() else [])
        return self.goals[rows[0].row()] if rows and rows[0].row() < len(self.goals) else None

    def remove_goal(self) -> None:
        g = self.selected_goal()
        if g:
            self.ctx.apply(agreements.delete_goal, g.id)
            self._load_goals()

    def move_goal(self, delta: int) -> None:
        g = self.selected_goal()
        if g:
            self.ctx.apply(agreements.move_goal, g.id, delta)
            self._load_goals(g.id)

    def _cell_edited(self, item: QStandardItem) -> None:
        row = item.row()
        if not 0 <= row < len(self.goals):
            return
        g = self.goals[row]
        g.goal = self.model.item(row, 0).text()
        g.offer = self.model.item(row, 1).text()
        # saved once the cell editor has closed: the save tells every view (this area
        # reloads the table), which must not happen under the editor still committing
        self.saving += 1   # the area stays until it is saved
        QTimer.singleShot(0, lambda: self._save_goal(g))

    def _save_goal(self, g: AgreementGoal) -> None:
        self.saving -= 1
        if not self.ctx.is_unlocked:
            return
        apply_or_say(self.ctx, self.error, agreements.AgreementError, agreements.save_goal, g)

    def choose_templates(self, chosen: list[int] | None = None) -> None:
        a = self._ensure_agreement()
        if a is None:
            return
        if chosen is None:
            dialog = TemplateDialog(self)
            with modal(dialog) as result:
                if result != QDialog.DialogCode.Accepted:
                    return
                chosen = dialog.chosen()
        self.ctx.apply(agreements.apply_templates, a.id, chosen)
        self._load_goals()

    def clear(self) -> None:
        self.agreements, self.goals = [], []
        self.model.removeRows(0, self.model.rowCount())
        self.school.clear()
        self.agreement.clear()
        self.evaluations.clear()
        self.notes.clear()
        self.typed.start()


_Tab = PartnersTab | ActivitiesTab | AgreementTab  # the area's three tabs


def _chosen_when_filled(combo: QComboBox, chosen: str) -> None:
    """``chosen`` (an id) is chosen again once ``combo``'s list is filled (its refresh
    keeps the current id); one no longer listed then: the list's first."""
    combo.blockSignals(True)
    combo.addItem("", chosen)
    combo.setCurrentIndex(combo.count() - 1)
    combo.blockSignals(False)


@dataclass(frozen=True)
class NetworkPlace:
    """Her place (``Area.place``): the tab and the chosen partner, activity and agreement
    (ids; None: none chosen or its tab never opened); the entry's partner, school and goal
    and the agreement's school and goal (ids; "": none); the partners' filter (typed)."""

    tab: int
    partner: str | None
    activity: str | None
    agreement: str | None
    activity_choices: tuple[str, str, str] = ("", "", "")   # the entry's partner, school, goal
    agreement_choices: tuple[str, str] = ("", "")   # the agreement's school and goal
    partner_filter: str = typed()


class NetworkArea(Area):
    """Partner is built with the area; Vernetzungsaktivitäten and Kooperationsvereinbarung
    when first shown (or asked for: ``activities``, ``agreement``). Taken apart when she
    leaves it (``rebuilt_when_left``) unless a form holds what she typed."""

    watches = (DataKind.NETWORK, DataKind.AGREEMENTS, DataKind.SCHOOLS)
    rebuilt_when_left = True

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.tabs = LazyTabWidget()
        self.tabs.setAccessibleName(tr("Vernetzung"))
        self.partners = PartnersTab(ctx)
        self.tabs.addTab(self.partners, tr("&Partner"))
        self._activities_tab = self.tabs.addLazyTab(
            lambda: self._bound(ActivitiesTab(ctx)), tr("Vernetzungs&aktivitäten"))
        self._agreement_tab = self.tabs.addLazyTab(
            lambda: self._bound(AgreementTab(ctx)), tr("&Kooperationsvereinbarung"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs)
        bind_labels_to_inputs(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """Where the width is short for the three titles (640×360 at 200 %: 10 px too
        few, the bar scrolled „Kooperationsvereinbarung“ out of sight) the margins at the
        sides give way."""
        super().resizeEvent(event)
        style = self.style()
        frame = 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        side = style.pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        narrow = event.size().width() < self.tabs.tabBar().sizeHint().width() + frame + 2 * side
        side = 0 if narrow else -1  # -1: the style's, as before (Qt skips an unchanged one)
        if (layout := self.layout()) is not None:
            layout.setContentsMargins(side, -1, side, -1)

    @staticmethod
    def _bound(tab: QWidget) -> QWidget:
        bind_labels_to_inputs(tab)
        return tab

    @property
    def activities(self) -> ActivitiesTab:
        return cast(ActivitiesTab, self.tabs.widget(self._activities_tab))

    @property
    def agreement(self) -> AgreementTab:
        return cast(AgreementTab, self.tabs.widget(self._agreement_tab))

    def refresh(self) -> None:
        if self.ctx.is_unlocked:
            cast(_Tab, self.tabs.currentWidget()).refresh()

    def open_record(self, record_id: str) -> None:
        draft = find_draft(self.ctx, record_id, "network")
        if draft is not None:  # the entry kept at lock or quit (Übersicht)
            self.tabs.setCurrentWidget(self.activities)
            self.activities.refresh()
            self.activities.form_draft.restore(draft)
            self.activities.note.setFocus()
            return
        if record_id.startswith("agreement:"):
            self.tabs.setCurrentWidget(self.agreement)
            self.agreement.refresh()
            self.agreement.select_agreement(record_id.split(":", 1)[1])
            return
        self.tabs.setCurrentWidget(self.partners)
        self.partners.filter.clear()
        self.partners.refresh()
        self.partners.select(record_id)

    def clear(self) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.is_built(index):  # a tab never shown holds nothing
                cast(_Tab, self.tabs.widget(index)).clear()

    # -- her place when the area is built again ---------------------------------------------
    def holds_input(self) -> bool:
        agreement = self.agreement if self.tabs.is_built(self._agreement_tab) else None
        return self.partners.typed.typed() or (
            agreement is not None and (agreement.typed.typed() or agreement.saving > 0))

    def place(self) -> NetworkPlace:
        partner = self.partners.editing
        activity = agreement = None
        choices = ("", "", "")
        if self.tabs.is_built(self._activities_tab):
            row = self.activities.view.currentIndex().row()
            rows = self.activities.rows
            activity = rows[row].id if 0 <= row < len(rows) else None
            tab = self.activities
            choices = (tab.partner.currentData() or "", tab.school.currentData() or "",
                       tab.goal.currentData() or "")
        in_agreement = ("", "")
        if self.tabs.is_built(self._agreement_tab):
            chosen = self.agreement.current()
            agreement = chosen.id if chosen is not None else None
            goal = self.agreement.selected_goal()
            in_agreement = (self.agreement.school.currentData() or "",
                            goal.id if goal is not None else "")
        return NetworkPlace(self.tabs.currentIndex(),
                            partner.id if partner is not None else None, activity, agreement,
                            choices, in_agreement, self.partners.filter.text())

    def restore(self, place: object) -> None:
        if not isinstance(place, NetworkPlace):
            return
        self.partners.filter.blockSignals(True)
        self.partners.filter.setText(place.partner_filter)
        self.partners.filter.blockSignals(False)
        self.partners.chosen_id = place.partner
        blocked = self.tabs.blockSignals(True)   # loaded when shown, not twice
        try:
            self.tabs.setCurrentIndex(place.tab)
            self.tabs.currentWidget()   # built now (its signal was blocked)
        finally:
            self.tabs.blockSignals(blocked)
        if self.tabs.is_built(self._activities_tab):
            self.activities.chosen_id = place.activity
            tab = self.activities
            for combo, chosen in zip((tab.partner, tab.school, tab.goal),
                                     place.activity_choices, strict=True):
                _chosen_when_filled(combo, chosen)
        if self.tabs.is_built(self._agreement_tab):
            self.agreement.chosen_id = place.agreement
            school, self.agreement.chosen_goal = place.agreement_choices
            _chosen_when_filled(self.agreement.school, school)
