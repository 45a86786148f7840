"""Einstellungen → Stelle → Fachkräfte-Angaben: the staff block of one post and school
year ("Kennzahlen zu den Fachkräften", docs/statistics.md, "Fachkräfte"). Entered once
per post and year; a year without its own block starts from the previous one. Months
filled/vacant and the working time by task area are shown as computed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogues import EMPLOYER_TYPES, TASK_AREAS
from ...domain.schoolyear import SchoolYear
from ...formatting import fmt_hours
from ...services import staff as svc
from ...services.statistics import format_value as stats_number
from .. import colours
from ..common.dialog_buttons import save_cancel_buttons
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import CatalogueCombo, DateField, buddy_label
from ..common.lifetime import connect_for
from ..common.message_line import add_last, error_line
from ..context import AppContext
from ..i18n import translator

tr = translator("SettingsDialogs")


def _hours(minutes: int) -> str:
    return tr("{0} Std.").format(fmt_hours(minutes, unit=False))


class StaffDialog(QDialog):
    """The staff block of ``post_id`` in ``year``; errors inline, typed values kept."""

    def __init__(self, ctx: AppContext, post_id: str, year: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.block = svc.block(ctx.conn, post_id, year)
        staff = self.block.staff
        self.setWindowTitle(tr("Fachkräfte-Angaben {0} – {1}").format(
            SchoolYear(year).label, self.block.post_label))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        hint = QLabel(tr("Für den KVJS-Abschnitt „Kennzahlen zu den Fachkräften“ und den "
                         "Verwendungsnachweis. Einmal je Stelle und Schuljahr."))
        if not self.block.stored:
            hint.setText(hint.text() + " " + tr("Noch nicht gespeichert: vorausgefüllt aus "
                                                "dem Vorjahr bzw. der Stelle."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.qualification = QLineEdit(staff.qualification)
        self.qualification.setAccessibleName(tr("Qualifikation"))
        self.qualification.setPlaceholderText(tr("z. B. Soziale Arbeit (B.A.)"))
        self.percent = QDoubleSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setDecimals(1)
        self.percent.setSuffix(" %")
        self.percent.setValue(staff.percent)
        self.percent.setAccessibleName(tr("Stellenumfang in Prozent"))
        self.fte = QLabel()
        self.fte.setAccessibleDescription(tr("Vollzeitäquivalente"))
        self.percent.valueChanged.connect(self._update)
        self.has_from = QCheckBox(tr("angeben"))
        self.has_from.setAccessibleName(tr("Beginn der Beschäftigung angeben"))
        self.employed_from = DateField(staff.employed_from or SchoolYear(year).start,
                                       accessible_name=tr("beschäftigt seit"))
        self.has_from.setChecked(staff.employed_from is not None)
        self.has_to = QCheckBox(tr("angeben"))
        self.has_to.setAccessibleName(tr("Ende der Beschäftigung angeben"))
        self.employed_to = DateField(staff.employed_to or SchoolYear(year).end,
                                     accessible_name=tr("beschäftigt bis"))
        self.has_to.setChecked(staff.employed_to is not None)
        for box, field in ((self.has_from, self.employed_from), (self.has_to, self.employed_to)):
            box.toggled.connect(field.setEnabled)
            box.toggled.connect(self._update)
            field.setEnabled(box.isChecked())
            field.dateChanged.connect(self._update)
        self.fixed_term = QCheckBox(tr("befristet"))
        self.fixed_term.setChecked(staff.fixed_term)
        self.employer = CatalogueCombo(EMPLOYER_TYPES, empty="—",
                                       accessible_name=tr("Anstellungsträger"))
        self.employer.set_code(staff.employer_type)
        # each date its own row, its label bound to it (a check box cannot be a buddy)
        dates = []
        for box, field in ((self.has_from, self.employed_from), (self.has_to, self.employed_to)):
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(field)
            row.addStretch(1)
            dates.append(row)
        form.addRow(tr("&Qualifikation"), self.qualification)
        form.addRow(tr("Stellen&umfang"), self.percent)
        form.addRow(tr("Vollzeitäquivalente"), self.fte)
        form.addRow(buddy_label(tr("Beschäftigt &seit"), self.employed_from), dates[0])
        form.addRow(buddy_label(tr("Beschäftigt b&is"), self.employed_to), dates[1])
        form.addRow("", self.fixed_term)
        form.addRow(tr("&Anstellungsträger"), self.employer)
        layout.addLayout(form)
        # what a missing start or Träger does to the export, as the
        # plausibility check of the statistics says it
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {colours.current().warning};")
        self.missing.setAccessibleDescription(tr("Fehlende Angaben"))
        layout.addWidget(self.missing)
        self.employer.currentIndexChanged.connect(self._update)
        computed = QGroupBox(tr("Berechnet"))
        cform = QFormLayout(computed)
        self.months = QLabel()
        self.months.setAccessibleDescription(tr("Monate besetzt und unbesetzt"))
        cform.addRow(tr("Monate im Schuljahr"), self.months)
        for area in TASK_AREAS:
            minutes = self.block.minutes_by_area.get(area.code, 0)
            cform.addRow(area.label, QLabel(_hours(minutes)))
        cform.addRow(tr("Arbeitszeit gesamt"), QLabel(_hours(self.block.total_minutes)))
        layout.addWidget(computed)
        unfilled = QLabel(tr("Eine unbesetzte Zeit zählt nicht als Arbeitszeit."))
        unfilled.setWordWrap(True)  # in the row of the months it was cut after „0 besetzt“
        layout.addWidget(unfilled)
        buttons = save_cancel_buttons(tr("Speichern"), self.accept, self.reject)
        layout.addWidget(buttons)
        self.error = add_last(layout, error_line())  # a long refusal moves no button
        # on a small screen (640×360 at 200 %) the whole dialog scrolls
        self._update()  # its texts first: the window opens as large as they ask
        whole_window_scrolls(self)
        connect_for(self, ctx.locked, self.reject)
        self.qualification.setFocus()

    def values(self):
        return replace(
            self.block.staff, qualification=self.qualification.text(),
            percent=self.percent.value(),
            employed_from=self.employed_from.value() if self.has_from.isChecked() else None,
            employed_to=self.employed_to.value() if self.has_to.isChecked() else None,
            fixed_term=self.fixed_term.isChecked(), employer_type=self.employer.code())

    def _update(self, *_args) -> None:
        staff = self.values()
        self.fte.setText(stats_number(round(staff.percent / 100, 4)))
        filled = svc.months_filled(self.ctx.conn, staff)
        self.months.setText(tr("{0} besetzt, {1} unbesetzt").format(filled, 12 - filled))
        if hasattr(self, "missing"):
            missing = svc.rules.missing_fields(staff)
            self.missing.setText(svc.rules.missing_hint(
                self.block.post_label, SchoolYear(staff.school_year).label, missing)
                if missing else "")
            self.missing.setVisible(bool(missing))

    def accept(self) -> None:
        try:
            self.ctx.apply(svc.save_staff, self.values())
        except svc.StaffError as err:
            self.error.setText(str(err))
            return
        super().accept()
