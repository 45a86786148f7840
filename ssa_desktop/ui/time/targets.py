"""The Zielwerte tab: the target bands of a school's cooperation agreement (defaults: the
model agreement). A band whose lower bound exceeds its upper is refused with a German
message and nothing of the table is saved (services/timeshare.save_agreement_targets).
"""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Draft
from ...domain.timeshare import Target, TimeShareError
from ...formatting import fmt_date
from ...services import agreements, notes, timeshare
from .. import colours
from ..common.announce import MessageLabel
from ..common.combos import make_combo
from ..common.forms import buddy_label
from ..common.layouts import LinesHigh, flow_row, grow
from ..common.tables import hold_rows
from ..i18n import translator
from ..notes.form_draft import FormDraft
from .combo import current, select

tr = translator("TimeTargets")
COLUMNS = ("Zielwert", "Soll", "Untergrenze", "Obergrenze", "Spielraum", "auswerten")
KEYS = ("soll", "low", "high", "margin", "enabled")   # columns 1–5 in a draft's values
DRAFT_FORM = "targets"


def _spin(value: float, unit: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setDecimals(1 if unit == "%" else 2)
    spin.setRange(-1000, 1000)
    spin.setSingleStep(1 if unit == "%" else 0.01)
    spin.setSuffix(" %" if unit == "%" else "")
    spin.setValue(value)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))   # decimal comma
    return spin


class TargetsView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.targets: list[Target] = []
        self._stored: dict[str, tuple[float, float, float, float, bool]] = {}  # as saved
        layout = QVBoxLayout(self)
        self.agreement = make_combo(tr("Kooperationsvereinbarung"))
        self.agreement.currentIndexChanged.connect(lambda _i: self.load())
        # the list below its label where the width ends (640×360: it scrolled sideways)
        layout.addWidget(LinesHigh(flow_row(buddy_label(tr("&Vereinbarung"), self.agreement),
                                            grow(self.agreement))))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move inside
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setAccessibleName(tr("Zielwerte der Vereinbarung"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(30)
        # never lower than its header and three rows: at 640×360 the rows above and below
        # took the height and the table showed less than one
        hold_rows(self.table)
        layout.addWidget(self.table, 1)
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.defaults = QPushButton(tr("Werte der &Mustervereinbarung"))
        self.defaults.clicked.connect(self.reset_defaults)
        self.save = QPushButton(tr("Zielwerte s&peichern"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.store)
        buttons.addStretch(1)
        buttons.addWidget(self.defaults)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        hint = QLabel(tr("Ampel: grün im Zielbereich (Unter- bis Obergrenze), gelb innerhalb "
                         "des Spielraums darum, rot außerhalb. Ohne eigene Werte gelten die "
                         "der Mustervereinbarung (Abschnitt 5.2)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # typed and not saved survives Strg+L, the auto-lock and Strg+Q as a draft (its
        # boxes are made anew by each ``load``, which hands them over)
        self.form_draft = FormDraft(ctx, DRAFT_FORM, self, [], save=self._save_for_quit,
                                    title=tr("Zielwerte"))

    def set_schools(self, schools: list[tuple[str, str]]) -> None:
        """The agreements of ``schools``; the one shown stays with what she typed and has
        not saved (the area fills its tabs again after a change elsewhere, an unlock)."""
        chosen = current(self.agreement)
        keep = self.unsaved()
        self.agreement.blockSignals(True)
        self.agreement.clear()
        conn = self.ctx.conn
        for school_id, name in schools:
            for a in agreements.agreements_for_school(conn, school_id):
                until = f" – {fmt_date(a.valid_to)}" if a.valid_to else ""
                self.agreement.addItem(tr("{0}, ab {1}{2}").format(
                    name, fmt_date(a.valid_from), until), a.id)
        select(self.agreement, chosen)
        self.agreement.blockSignals(False)
        if keep and current(self.agreement) == chosen:
            return   # her values stay in their boxes, still to be saved
        self.load()

    def unsaved(self) -> bool:
        """Whether the boxes hold values she has not saved."""
        return self.table.rowCount() > 0 and self.bands() != self._stored

    def holds_input(self) -> bool:
        return self.unsaved()

    def load(self, targets: list[Target] | None = None) -> None:
        agreement_id = current(self.agreement)
        self.table.setRowCount(0)
        if not agreement_id or not self.ctx.is_unlocked:
            self.message.setText(tr("Noch keine Kooperationsvereinbarung erfasst (Bereich "
                                    "„Vernetzung“). Bis dahin gelten die Werte der "
                                    "Mustervereinbarung."))
            self.save.setEnabled(False)
            self.defaults.setEnabled(False)   # nothing to put them into and save
            self.form_draft.rebase({}, [])
            return
        self.save.setEnabled(True)
        self.defaults.setEnabled(True)
        stored = timeshare.agreement_targets(self.ctx.conn, agreement_id)
        self._stored = {t.code: (t.soll, t.low, t.high, t.margin, t.enabled) for t in stored}
        self.targets = targets or stored
        for row, t in enumerate(self.targets):
            self.table.insertRow(row)
            item = QTableWidgetItem(tr(t.label))  # the model agreement's names in English
            item.setToolTip(t.wording)
            self.table.setItem(row, 0, item)
            for column, value in enumerate((t.soll, t.low, t.high, t.margin), start=1):
                spin = _spin(value, t.unit)
                spin.setAccessibleName(f"{tr(t.label)}: {tr(COLUMNS[column])}")
                self.table.setCellWidget(row, column, spin)
            check = QCheckBox()
            check.setChecked(t.enabled)
            check.setAccessibleName(f"{tr(t.label)}: {tr('auswerten')}")
            self.table.setCellWidget(row, 5, check)
        if targets is None:   # as the boxes show them (rounded to their decimals)
            self._stored = self.bands()
        self._hand_over_to_draft(agreement_id)
        self._tab_through_the_values()

    def _hand_over_to_draft(self, agreement_id: str) -> None:
        """The draft watches the boxes just made; what was saved is its baseline. Another
        agreement shown: a draft written from now on is a new one (the other stays)."""
        if agreement_id != self.form_draft.record_id:
            self.form_draft.start(record_id=agreement_id)
        fields = [(f"{t.code}.{key}", self.table.cellWidget(row, column))
                  for row, t in enumerate(self.targets)
                  for column, key in enumerate(KEYS, start=1)]
        baseline = {f"{code}.{key}": value for code, band in self._stored.items()
                    for key, value in zip(KEYS, band, strict=True)}
        self.form_draft.rebase(baseline, fields)

    def restore(self, draft: Draft) -> None:
        """Her values kept at lock or quit, in the boxes of their agreement again; saving
        ends the draft."""
        agreement_id = notes.draft_data(draft).get("record_id")
        if self.agreement.findData(agreement_id) < 0:
            self.message.setText(tr("Die Vereinbarung dieses Entwurfs gibt es nicht mehr."))
            return
        if current(self.agreement) != agreement_id:
            select(self.agreement, agreement_id)   # loads its values
        self.form_draft.restore(draft)
        self.table.setFocus()

    def _tab_through_the_values(self) -> None:
        """Tab goes from the table through its values row by row, then to the buttons
        (the boxes in the cells came after „Zielwerte speichern“)."""
        chain = [self.agreement, self.table]
        for row in range(self.table.rowCount()):
            chain += [self.table.cellWidget(row, column) for column in range(1, len(COLUMNS))]
        chain += [self.defaults, self.save]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def bands(self) -> dict[str, tuple[float, float, float, float, bool]]:
        result = {}
        for row, t in enumerate(self.targets):
            # columns 1–4 hold the spin boxes ``load`` put there, column 5 the check box
            soll, low, high, margin = (cast(QDoubleSpinBox, self.table.cellWidget(row, c)).value()
                                       for c in (1, 2, 3, 4))
            enabled = cast(QCheckBox, self.table.cellWidget(row, 5)).isChecked()
            result[t.code] = (soll, low, high, margin, enabled)
        return result

    def store(self) -> None:
        agreement_id = current(self.agreement)
        if not agreement_id:
            return
        try:
            self.ctx.apply(timeshare.save_agreement_targets, agreement_id, self.bands())
        except TimeShareError as err:
            self.message.setStyleSheet(f"color: {colours.current().error};")
            self.message.setText(str(err) + " " + tr("Es wurde nichts gespeichert."))
            return
        self._stored = self.bands()
        self.form_draft.drop()   # saved: the draft goes
        self.message.setStyleSheet("")
        self.message.setText(tr("Zielwerte gespeichert."))

    def _save_for_quit(self) -> bool:
        """Strg+Q → Speichern: saved, or refused with the reason shown (she stays)."""
        self.store()
        return not self.unsaved()

    def reset_defaults(self) -> None:
        self.load(list(timeshare.model_targets()))
        self.message.setText(tr("Werte der Mustervereinbarung eingesetzt; zum Übernehmen "
                                "speichern."))

    def clear(self) -> None:
        self._stored = {}
        self.form_draft.rebase({}, [])   # its boxes go now
        self.table.setRowCount(0)
        self.agreement.clear()
        self.message.clear()
