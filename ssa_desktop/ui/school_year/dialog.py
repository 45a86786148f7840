"""Schuljahreswechsel assistant (docs/handbuch.md "Schuljahreswechsel"): one
screen per school. The list shows every pupil's proposal (grade +1, class label, left in
the last grade, "nicht bekannt" without activity); the worker edits the new class label
in place and the whereabouts with the fields below. "Übernehmen" applies the school's
change in one transaction through the operation runner; "Später" postpones it (the
Übersicht tile stays until it is done). Pseudonyms only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import school_year_change as syc
from ...formatting import fmt_date
from ...services import school_year_change as svc
from ..common.fonts import enlarge_font
from ..common.forms import DateField, buddy_label, commit_selectors, follow_refusals, refusal
from ..common.message_line import MessageLine
from ..common.messages import ask_yes_no
from ..common.screen_fit import resize_within_screen
from ..common.spins import make_spin_box
from ..common.tables import commit_open_editor, make_table_view
from ..i18n import translator
from .carry import CarryOver
from .model import LABEL_COLUMN, ProposalModel, label_editable

tr = translator("SchoolYearDialog")

COLUMNS = ("Pseudonym", "Klasse bisher", "Stufe neu", "Klasse neu", "Verbleib", "Hinweis")
STATUS_ORDER = (syc.STAY, syc.REPEATS, syc.LEFT, syc.CHANGED, syc.UNKNOWN)
# the whereabouts whose new class moves up a grade (what she typed for them is one class)
ADVANCING = (syc.STAY, syc.UNKNOWN)
# The first size: every column's longest text whole (the notes' "in der letzten
# Klassenstufe (10): Abgang am …" 436 px beside 504 px of the others), the list as tall as
# on a 1366×768 screen at 150 % (895×472 free); its window's image (4 bytes a pixel, at
# 150 % 2.25 times that) is held as long as the assistant is open.
FIRST_SIZE = (980, 480)


class SchoolYearDialog(QDialog):
    """The assistant for the schools given (default: every school still pending)."""

    def __init__(self, ctx, parent: QWidget | None = None, school_ids: list[str] | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or clock.today()
        if school_ids is None:
            school_ids = [p.school_id for p in svc.pending(ctx.conn, self.today)]
            if not school_ids:    # opened from the Übersicht with nothing pending
                school_ids = svc.school_ids(ctx.conn, self.today)
        self.school_ids = school_ids
        self.index = 0
        self.plan: svc.SchoolPlan | None = None
        # the proposal as computed (by pupil), and what she chose over it: the whereabouts
        # and day (``choices``), the new class typed (``typed``, by pupil and whether the
        # grade moves up or is repeated: two different classes). Both outlive a proposal
        # made anew (another last grade), and the class typed comes back when she passes
        # through another whereabouts (arrows in "Verbleib" do).
        self.proposal: dict[str, syc.Row] = {}
        self.choices: dict[str, tuple[str, date | None]] = {}
        self.typed: dict[tuple[str, bool], str] = {}
        self.applied_texts: list[str] = []       # what each school's "Übernehmen" did
        self.applying = False                    # a school's apply runs in the background
        self.refused = False                     # the line under the list is a refusal
        self.result_box: QMessageBox | None = None
        self.setWindowTitle(tr("Schuljahreswechsel"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)   # a long school name never widens the window
        enlarge_font(self.heading, 1.25)
        self.heading.setAccessibleDescription(tr("Schule"))
        layout.addWidget(self.heading)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)

        top = QHBoxLayout()
        self.last_grade = cast(LastGradeSpin, make_spin_box(
            tr("Letzte Klassenstufe"), 0, syc.MAX_GRADE, cls=LastGradeSpin))
        self.last_grade.setSpecialValueText(tr("keine"))
        top.addWidget(buddy_label(tr("&Letzte Klassenstufe"), self.last_grade))
        top.addWidget(self.last_grade)
        self.last_grade_button = QPushButton(tr("Übernehmen und &neu vorschlagen"))
        # the name says what the button shows (speech input by its words), the
        # description what it does
        self.last_grade_button.setAccessibleName(tr("Übernehmen und neu vorschlagen"))
        self.last_grade_button.setAccessibleDescription(tr(
            "Letzte Klassenstufe speichern und den Vorschlag neu berechnen"))
        self.last_grade_button.clicked.connect(self._save_last_grade)
        top.addWidget(self.last_grade_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.shares = CarryOver()        # the post's share and the bands, into the new year
        layout.addWidget(self.shares)

        self.model = ProposalModel(tuple(tr(c) for c in COLUMNS),
                                   lambda code: tr(syc.STATUS_LABELS[code]), self)
        self.table = make_table_view(self.model, tr("Schüler:innen der Schule"), stretch=5,
                                     editable=True)
        # one Tab stop: arrows move inside, a key typed or F2 edits the new class (one
        # column of six is editable; Tab cell by cell wrapped inside the list)
        self.table.setTabKeyNavigation(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.dataChanged.connect(lambda *_: self._clear_refusal())   # a class typed
        layout.addWidget(self.table, 1)
        # right below the list, which gives up the lines it needs: „Verbleib“, „am“ and
        # the buttons below stay (below „Verbleib“ it moved „Kalender öffnen“ up)
        self.message = _MessageLine()
        layout.addWidget(self.message)

        edit = QHBoxLayout()
        self.status = QComboBox()
        for code in STATUS_ORDER:
            self.status.addItem(tr(syc.STATUS_LABELS[code]), code)
        self.status.setAccessibleName(tr("Verbleib der markierten Schüler:in"))
        self.status.activated.connect(self._status_chosen)
        edit.addWidget(buddy_label(tr("&Verbleib"), self.status))
        edit.addWidget(self.status)
        self.day = DateField(self.today, accessible_name=tr("Abgang oder Wechsel am"))
        self.day.dateChanged.connect(lambda _d: self._status_chosen())
        edit.addWidget(buddy_label(tr("&am"), self.day))
        edit.addWidget(self.day)
        edit.addStretch(1)
        layout.addLayout(edit)

        follow_refusals([self.day], self.message.setText)  # an impossible date, said here
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(tr("Ü&bernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(tr("Spä&ter"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setAccessibleName(tr("Schuljahreswechsel dieser Schule übernehmen"))
        self.later_button.setAccessibleName(tr("Schuljahreswechsel später durchführen"))
        for button in (self.apply_button, self.later_button):
            button.setAutoDefault(False)     # Enter edits the list, never applies
            button.setDefault(False)
        self.apply_button.clicked.connect(self.apply_school)
        self.later_button.clicked.connect(self.postpone)
        layout.addWidget(buttons)
        self._load()
        self.table.setFocus()   # the list is her work, as when it opens by itself
        first = self.first_size()
        resize_within_screen(self, first.width(), first.height())

    # -- showing ---------------------------------------------------------------------------
    def _load(self, *, keep_choices: bool = False) -> None:
        if self.index >= len(self.school_ids):
            self.accept()
            self._show_result()
            return
        current = self._current_person() if keep_choices else None
        shares = self.shares.values(self.plan) if keep_choices else None
        carry_targets = self.shares.targets.isChecked()
        self.plan = svc.plan_for(self.ctx.conn, self.school_ids[self.index], self.today)
        self.proposal = {row.person_id: row for row in self.plan.rows}
        if keep_choices:
            self.plan.rows = [self._with_choices(row) for row in self.plan.rows]
        else:
            self.choices, self.typed = {}, {}
        p = self.plan
        self.heading.setText(tr("Schule {0} von {1}: {2} ({3}) – Wechsel {4} → {5}").format(
            self.index + 1, len(self.school_ids), p.school_name, p.type_label,
            p.ending.label, p.target.label))
        if p.applied is not None:
            self.explain.setText(tr("Der Schuljahreswechsel {0} wurde am {1} durchgeführt.")
                                 .format(p.target.label, fmt_date(p.applied)))
        else:
            self.explain.setText(tr(
                "Jede Klassenstufe rückt um eins vor, die Klasse folgt ihrem Muster (7b → 8b; "
                "in der Liste änderbar). Wer in der letzten Klassenstufe ist, wird als "
                "abgegangen am 31.07. vorgeschlagen. Wer im Schuljahr {0} keine Aktivität "
                "hatte, steht auf „nicht bekannt“ – bitte den Verbleib angeben; „nicht "
                "bekannt“ kommt im Bereich Datenschutz zur Prüfung wieder.").format(
                    p.ending.label))
        if p.applied is None and p.last_grade is None:
            self.explain.setText(self.explain.text() + " " + tr(
                "Für diese Schulart ist keine letzte Klassenstufe voreingestellt: bitte oben "
                "eintragen, sonst wird niemand als abgegangen vorgeschlagen."))
        # her own last grade, or at the lowest step the school type's (if it has one)
        default = syc.DEFAULT_LAST_GRADE.get(p.school_type)
        self.last_grade.default = default
        self.last_grade.setSpecialValueText(
            tr("keine") if default is None else tr("wie Schulart ({0})").format(default))
        self.last_grade.setValue(p.last_grade_own or 0)
        self._show_apply_button()
        if keep_choices:
            p.carry_targets = carry_targets
        self.shares.show_plan(p, shares, after=self.last_grade_button)
        self._fill(current)

    def _show_apply_button(self) -> None:
        """„Übernehmen“ while the school's change waits; once it is done (the assistant
        opened any time from the Übersicht) „Weiter“ to the next school – without it the
        first done school was the end of the way – and off at the last."""
        done = self.plan is not None and self.plan.applied is not None
        if done and self.index + 1 < len(self.school_ids):
            self.apply_button.setText(tr("&Weiter"))
            self.apply_button.setAccessibleName(tr("Weiter zur nächsten Schule"))
            self.apply_button.setEnabled(True)
            return
        self.apply_button.setText(tr("Ü&bernehmen"))
        self.apply_button.setAccessibleName(tr("Schuljahreswechsel dieser Schule übernehmen"))
        self.apply_button.setEnabled(not done)

    def _next_school(self) -> None:
        """From a school whose change is done to the next; a last grade she typed there
        is saved first (for the coming change), as its button would."""
        if not self._take_typed():
            return
        self.last_grade.take_typed()
        if (self.last_grade.value() or None) != self._plan.last_grade_own:
            self.ctx.apply(svc.set_last_grade, self._plan.school_id,
                           self.last_grade.value() or None)
        self.message.clear()
        self.index += 1
        self._load()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def _plan(self) -> svc.SchoolPlan:
        """The plan on screen (loaded as the dialog opens; what shows, edits or saves
        it runs after that)."""
        assert self.plan is not None
        return self.plan

    def _fill(self, person_id: str | None = None) -> None:
        """The list; the pupil she had marked stays marked (a new proposal), else the
        first."""
        self.model.set_rows(self._plan.rows)
        self.table.resizeColumnsToContents()
        if self._plan.rows:
            self._mark(next((i for i, r in enumerate(self._plan.rows)
                             if r.person_id == person_id), 0))

    def _mark(self, i: int) -> None:
        self.table.setCurrentIndex(self.model.index(i, LABEL_COLUMN))
        self._row_changed(self.model.index(i, 0))

    def _current_person(self) -> str | None:
        current = self.table.currentIndex()
        if self.plan is None or not current.isValid() or current.row() >= len(self.plan.rows):
            return None
        return self.plan.rows[current.row()].person_id

    def first_size(self) -> QSize:
        """The first size: ``FIRST_SIZE``, wider where every column of the list needs more
        as the font draws it (large text); the heading wraps and asks for no width. The
        window opens at it where the screen has room (``resize_within_screen``)."""
        margins = cast(QLayout, self.layout()).contentsMargins()
        columns = (self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
                   + self.table.verticalScrollBar().sizeHint().width()
                   + margins.left() + margins.right())
        return QSize(max(FIRST_SIZE[0], columns), FIRST_SIZE[1])

    def _row_changed(self, current, _previous=None) -> None:
        if not current.isValid() or self.plan is None:
            return
        row = self.plan.rows[current.row()]
        self.status.blockSignals(True)
        self.day.blockSignals(True)
        self.status.setCurrentIndex(STATUS_ORDER.index(row.status))
        self.day.set_date(row.day or self.plan.ending.end)
        self.day.setEnabled(row.status in (syc.LEFT, syc.CHANGED))
        self.status.blockSignals(False)
        self.day.blockSignals(False)

    # -- editing ---------------------------------------------------------------------------
    def rows(self) -> list[syc.Row]:
        """The rows with the class labels as edited in the list; a class she typed is
        noted in ``typed`` (it outlives a new proposal and a passing "abgegangen")."""
        out = []
        for row, label in zip(self._plan.rows, self.model.labels, strict=True):
            text = label.strip()
            if label_editable(row):
                if text != row.new_label:
                    self.typed[_typed_key(row)] = text
                row = replace(row, new_label=text)
            out.append(row)
        return out

    def _with_choices(self, row: syc.Row) -> syc.Row:
        """The proposal's ``row`` with what she chose for that pupil over it."""
        choice = self.choices.get(row.person_id)
        if choice is not None:
            row = row.with_status(*choice)
        typed = self.typed.get(_typed_key(row))
        if typed is not None and label_editable(row):
            row = replace(row, new_label=typed)
        return replace(row, reason=self._reason(row))

    def _status_chosen(self, _index: int = 0) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or self.plan is None:
            return
        self.plan.rows = self.rows()
        i = current.row()
        code = self.status.currentData()
        day = self.day.value() if code in (syc.LEFT, syc.CHANGED) else None
        before = self.plan.rows[i]
        if code in (syc.LEFT, syc.CHANGED) and before.status not in (syc.LEFT, syc.CHANGED):
            day = self.plan.ending.end if code == syc.LEFT else self.day.value()
        proposed = self.proposal.get(before.person_id)
        if proposed is not None and (code, day) == (proposed.status, proposed.day):
            # back to the proposal
            self.choices.pop(before.person_id, None)
        else:
            self.choices[before.person_id] = (code, day)
        row = before.with_status(code, day)
        typed = self.typed.get(_typed_key(row))
        if label_editable(row) and typed is not None:
            row = replace(row, new_label=typed)
        self.plan.rows[i] = replace(row, reason=self._reason(row))
        self.model.set_row(i, self.plan.rows[i])
        self._row_changed(self.model.index(i, 0))
        self._clear_refusal()

    def _clear_refusal(self) -> None:
        """A refusal stands until she changes a whereabouts, a day or a class: it no
        longer says what the list shows (the next "Übernehmen" checks again)."""
        if self.refused:
            self.refused = False
            self.message.clear()

    def _reason(self, row: syc.Row) -> str:
        """The Hinweis: why the proposal is what it is, or, once she chose another
        whereabouts, what had been proposed (the old reason would contradict her choice)."""
        proposed = self.proposal.get(row.person_id)
        if proposed is None or (proposed.status, proposed.day) == (row.status, row.day):
            return proposed.reason if proposed is not None else row.reason
        label = tr(syc.STATUS_LABELS[proposed.status])
        if proposed.day is not None:
            label += " " + fmt_date(proposed.day)
        return tr("von Ihnen geändert; vorgeschlagen war „{0}“").format(label)

    def _save_last_grade(self) -> bool:
        """Save the school's last grade and propose anew; what she chose for a pupil
        (whereabouts and day, the class typed) stays over the new proposal. False (with
        the reason) when a day she typed is no date: nothing is saved."""
        if not self._take_typed():
            return False
        self.last_grade.take_typed()
        self.rows()                      # the classes typed, into ``typed``
        value = self.last_grade.value() or None
        self.ctx.apply(svc.set_last_grade, self._plan.school_id, value)
        self._load(keep_choices=True)
        text = tr("Letzte Klassenstufe gespeichert; der Vorschlag ist neu berechnet.")
        kept = len({pid for pid in self.choices.keys() | {pid for pid, _ in self.typed}
                    if pid in self.proposal})
        if kept:
            text += " " + tr("Ihre Änderungen bei %n Schüler:(in|innen) bleiben.", n=kept)
        self.message.setText(text)
        return True

    def _take_typed(self) -> bool:
        """The cell being edited and the day, as leaving them would take them; False
        (the reason shown, the field focused) when the day is no date."""
        commit_open_editor(self.table)
        refused = commit_selectors(self)
        if refused is not None:
            self.message.setText(refusal(refused))
            refused.setFocus()
            return False
        return True

    def _finish_editing(self) -> bool:
        """What she typed and has not yet left, as leaving the fields would take it: the
        cell being edited, the day. False (with the reason shown) when the day is no date
        or the last grade typed is not the one the proposal was made with: it is saved and
        proposed anew, and she looks at the new proposal before it is applied."""
        if not self._take_typed():
            return False
        self.last_grade.take_typed()      # a number typed (or the field emptied) counts
        if (self.last_grade.value() or None) != self._plan.last_grade_own:
            if self._save_last_grade():
                self.message.setText(self.message.text() + " " + tr(
                    "Bitte den neuen Vorschlag prüfen und dann übernehmen."))
            return False
        return True

    # -- applying --------------------------------------------------------------------------
    def apply_school(self) -> None:
        if self.plan is None:
            return
        if self.plan.applied is not None:
            if self.index + 1 < len(self.school_ids):
                self._next_school()
            return
        if not self._finish_editing():
            return
        self.plan.rows = self.rows()
        self.shares.take(self.plan)
        refused = [(i, problems) for i, row in enumerate(self.plan.rows)
                   if (problems := syc.check([row], self.today, self.plan.ending))]
        if refused:
            self._refuse(refused)
            return
        plan, today = self.plan, self.today
        self._set_applying(True)
        self.message.setText(tr("Wird übernommen …"))

        def done(summary: syc.Summary) -> None:
            if not self.ctx.is_unlocked:
                return
            # every pupil in exactly one count: they add up to the pupils shown (those who
            # repeat the year named where there are any)
            pupils = tr("%n Schüler:(in|innen)", n=summary.total)
            counts = (plan.school_name, pupils, summary.advanced, summary.kept,
                      summary.left, summary.changed, summary.unknown, summary.repeated)
            self.message.setText((tr(
                "{0}: {1} – {2} vorgerückt, {7} wiederholt (Klassenstufe bleibt), {3} ohne "
                "Klassenstufe (unverändert), {4} abgegangen, {5} Schule gewechselt, {6} "
                "nicht bekannt.") if summary.repeated else tr(
                "{0}: {1} – {2} vorgerückt, {3} ohne Klassenstufe (unverändert), {4} "
                "abgegangen, {5} Schule gewechselt, {6} nicht bekannt.")).format(*counts))
            self.applied_texts.append(self.message.text())
            self.last_summary = summary
            self._set_applying(False)
            self.index += 1
            self._load()

        def failed(text: str) -> None:
            self._set_applying(False)
            self.message.setText(text)

        self.ctx.perform(lambda conn, progress: svc.apply(conn, plan, today, progress),
                         background=True, on_done=done, on_error=failed)

    def _refuse(self, refused: list[tuple[int, list[str]]]) -> None:
        """The first refused pupil's reason, the others named (each is marked in turn
        when she presses "Übernehmen" again); the first is marked in the list."""
        (row, problems), rest = refused[0], refused[1:]
        first = problems[0]
        others = [self._plan.rows[i].pseudonym for i, _problems in rest]
        if others:   # one reason and the names: three long ones left one row at 200 %
            first += " " + tr("Ebenso zu prüfen: {0}.").format(", ".join(others))
        self._mark(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.setText(first)
        self.refused = True

    def _set_applying(self, applying: bool) -> None:
        """While a school is applied in the background nothing of it can be changed nor
        postponed: what is saved is what the list showed when she pressed the button."""
        self.applying = applying
        for widget in (self.table, self.status, self.day, self.last_grade,
                       self.last_grade_button, self.shares, self.apply_button,
                       self.later_button):
            widget.setEnabled(not applying)
        if not applying and self.plan is not None:
            self._show_apply_button()
            self._row_changed(self.table.currentIndex())   # "am" only where a day counts
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_result(self) -> None:
        """After the last school: what was applied, in a box that stays until she has read
        it (the assistant's own line closes with it)."""
        if not self.applied_texts:
            return
        box = QMessageBox(QMessageBox.Icon.Information, tr("Schuljahreswechsel übernommen"),
                          "\n\n".join(self.applied_texts), QMessageBox.StandardButton.Ok,
                          self.parentWidget())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)   # to read, not to decide: nothing waits on it
        box.show()
        box.activateWindow()                  # Enter or Esc closes it
        self.result_box = box

    def postpone(self) -> None:
        """"Später": every school not yet done waits; the Übersicht tile stays. The
        schools she has not reached are postponed without computing their proposals.
        What she changed in the list is not kept: she is asked first (default: go on)."""
        if self.applying:
            return
        changed = self._changed_pupils()
        if changed and not ask_yes_no(
                self, tr("Ihre Änderungen bei %n Schüler:(in|innen) dieser Schule werden "
                         "nicht gespeichert, wenn Sie den Wechsel jetzt verschieben.",
                         n=changed),
                title=tr("Schuljahreswechsel verschieben?"),
                yes=tr("Verschieben, Änderungen verwerfen"), no=tr("Weiter bearbeiten")):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.ctx.apply(svc.postpone_waiting, self.school_ids[self.index:], self.today)
        self.reject()

    def _changed_pupils(self) -> int:
        """How many pupils of the school shown she changed (whereabouts, day, class)."""
        if self.plan is None or self.plan.applied is not None:
            return 0
        commit_open_editor(self.table)
        return sum(1 for row in self.rows()
                   if (proposed := self.proposal.get(row.person_id)) is not None
                   and (row.status, row.day, row.new_label.strip())
                   != (proposed.status, proposed.day, proposed.new_label.strip()))

    def bring_forward(self) -> None:
        """Opened by itself after the unlock: in front of the main window, with the
        focus in the list (it lay behind the main window)."""
        if not self.isVisible():
            return
        self.raise_()
        self.activateWindow()
        self.table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """The title bar's × while a school is applied: the window stays until the apply
        has ended (what was applied is said there, and the next school follows)."""
        if self.applying:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:       # Esc is "Später", never a silent skip
            self.postpone()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter never commits: QDialogButtonBox makes "Übernehmen" the default button
            # when shown, and a read-only cell passes Enter on to the dialog. Only the
            # button applies a school; Enter in "Letzte Klassenstufe" saves that field.
            if self.last_grade.hasFocus():
                self._save_last_grade()
            event.accept()
            return
        super().keyPressEvent(event)


class _MessageLine(MessageLine):
    """The line under the list, there only while it says something: empty, it took a
    row of the list at 200 % on a 1280×720 screen (two rows were left). Shown with its
    text, it is announced then (``MessageLabel.showEvent``)."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        super().setText(text)
        self.setVisible(bool(text))


def _typed_key(row: syc.Row) -> tuple[str, bool]:
    """Where a class she typed for ``row`` is kept: by pupil, and whether the grade moves
    up (8d) or is repeated (7c)."""
    return row.person_id, row.status in ADVANCING


class LastGradeSpin(QSpinBox):
    """The last grade: her own (1–13), or at the lowest step the school type's
    (``default``, shown as "wie Schulart (10)"). Up from that step goes to the type's
    grade, not to 1 (from which every pupil would be proposed as left)."""

    default: int | None = None

    def take_typed(self) -> None:
        """What she typed, as leaving the field takes it; an emptied field is the lowest
        step (QSpinBox would keep the old number)."""
        if not self.cleanText().strip():
            self.setValue(self.minimum())
        self.interpretText()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take_typed()    # before Qt puts the old number back into an empty field
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.take_typed()
        super().focusOutEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt naming)
        if self.value() == self.minimum() and steps > 0 and self.default:
            self.setValue(self.default)
            steps -= 1
        if steps:
            super().stepBy(steps)
