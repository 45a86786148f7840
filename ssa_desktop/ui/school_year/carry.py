"""The Schuljahreswechsel's carry-over row (docs/handbuch.md "Schuljahreswechsel"): each
post's Stellenumfang at the school in the new school year, proposed with last year's
value, and the cooperation agreement's own target bands of last year, to confirm (ticked)
or leave to the model agreement. "Übernehmen" saves what the row shows with the pupils.
A plain row of a few fields (the assistant opens by itself at the unlock), shown only
where something is carried: at 200 % on a 1280×720 screen every row is taken from the
list."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...formatting import fmt_figure
from ...services import school_year_change as svc
from ..common.forms import buddy_label
from ..i18n import translator

tr = translator("SchoolYearDialog")


class CarryOver(QWidget):
    """The row under "Letzte Klassenstufe": ``spins`` (one per post), ``targets``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.row = QHBoxLayout()
        outer.addLayout(self.row)
        self.bands = QLabel()               # the bands carried, in words
        self.bands.setWordWrap(True)
        outer.addWidget(self.bands)
        self.spins: list[QDoubleSpinBox] = []
        self.parts: list[QWidget] = []       # the row's widgets of the school shown
        self.targets = QCheckBox(tr("&Zielwerte der Vereinbarung übernehmen"))
        self.targets.setChecked(True)
        self.row.addWidget(self.targets)
        self.row.addStretch(1)

    def show_plan(self, plan: svc.SchoolPlan, keep: dict[str, float] | None = None,
                  after: QWidget | None = None) -> None:
        """The row of ``plan``'s school; ``keep``: what she typed per post (a new
        proposal of the same school keeps it). Tab reaches its fields right ``after``
        that widget (they are made anew per school, at the end of the focus chain)."""
        for widget in self.parts:
            widget.deleteLater()
        self.parts, self.spins = [], []
        ending, target = plan.ending.label, plan.target.label
        for index, share in enumerate(plan.shares):
            spin = _percent_spin(keep.get(share.post_id, share.percent) if keep
                                 else share.percent)
            spin.setAccessibleName(tr(
                "Stellenumfang {0} an {1} im Schuljahr {2} ({3}: {4} %)").format(
                share.post_label, plan.school_name, target, ending, fmt_figure(share.last)))
            text = tr("Stellen&umfang {0} ({1}: {2} %)") if index == 0 else tr(
                "Stellenumfang {0} ({1}: {2} %)")
            if len(plan.shares) > 1:
                text = share.post_label + ": " + text
            label = buddy_label(text.format(target, ending, fmt_figure(share.last)), spin)
            self._insert(label, spin)
            self.spins.append(spin)
        carry = plan.targets
        # nothing to carry (no post here either year): no row, the list keeps its room
        self.setVisible(bool(plan.shares) or carry is not None)
        self.targets.setVisible(carry is not None)
        self.targets.setChecked(plan.carry_targets)
        self.bands.setVisible(carry is not None)
        if carry is not None:
            self.bands.setText(tr("Eigene Zielwerte {0}: {1}").format(ending, carry.summary))
            self.targets.setAccessibleDescription(self.bands.text())
        self.setEnabled(plan.applied is None)
        chain = [after, *self.spins, self.targets] if after is not None else []
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _insert(self, *widgets: QWidget) -> None:
        for widget in widgets:
            self.row.insertWidget(len(self.parts), widget)
            self.parts.append(widget)

    def take(self, plan: svc.SchoolPlan) -> None:
        """What the row shows, into ``plan``: the shares and whether the bands go on."""
        for spin in self.spins:
            spin.interpretText()
        plan.shares = [replace(share, percent=spin.value())
                       for share, spin in zip(plan.shares, self.spins, strict=True)]
        plan.carry_targets = self.targets.isChecked()

    def values(self, plan: svc.SchoolPlan | None) -> dict[str, float]:
        """The shares as typed, by post (kept over a new proposal of the same school)."""
        if plan is None or len(plan.shares) != len(self.spins):
            return {}
        return {share.post_id: spin.value()
                for share, spin in zip(plan.shares, self.spins, strict=True)}


def _percent_spin(value: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, 100)
    spin.setDecimals(1)
    spin.setSingleStep(5)
    spin.setSuffix(" %")
    spin.setLocale(QLocale(QLocale.Language.German, QLocale.Country.Germany))   # decimal comma
    spin.setValue(value)
    return spin
