"""Ziele mit Skala of a case: the list, a goal's set-up, a rating at a review, and the
trend (``ui/common/goal_trend.TrendView``: a chart with the anchors as axis labels, the
same points as a table a screen reader reads), printable for a Hilfeplan talk."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain import goals as g
from ...formatting import fmt_date
from ...services import goals as svc
from ...services import persons
from ..common.column_fit import fit_columns
from ..common.dialog_buttons import save_cancel_buttons
from ..common.files import choose_save_file
from ..common.fit_scroll import whole_window_scrolls
from ..common.forms import DateField, make_button, say_refusal
from ..common.goal_rating import level_text, type_levels_with_hyphen
from ..common.goal_trend import TrendView
from ..common.labels import name_window
from ..common.message_line import MessageLine, add_last, error_line
from ..common.messages import show_error, user_message
from ..common.modal import modal, run_modal
from ..common.models import RowsModel
from ..common.screen_fit import resize_within_screen
from ..common.tables import enter_key_opens, make_table_view
from ..context import AppContext
from ..i18n import translator
from ..memory import give_back_when_gone
from ..notes.drafted_dialog import DraftedKeepingDialog
from ..notes.form_draft import FormDraft

tr = translator("GoalsDialog")


BASELINE_SHOWN = 45   # characters of the Ausgangswert in sight: a level and its anchor


def _level_combo(goal_scale: str, anchors: tuple[str, ...], name: str) -> QComboBox:
    box = QComboBox()
    type_levels_with_hyphen(box)
    box.setAccessibleName(name)
    # an anchor may be 120 characters: the box ends in "…" (its list and its value, as a
    # screen reader says it, are whole) instead of widening the dialog beyond its buttons
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(30)
    for level, anchor in zip(g.LEVELS[goal_scale], anchors, strict=True):
        box.addItem(f"{g.level_label(goal_scale, level)} {anchor}", level)
    return box


def draft_record(goal: g.CaseGoal) -> str:
    """A goal's form draft names its case and the goal („case:goal“): a new goal's draft
    reopens in its case."""
    return f"{goal.case_id}:{goal.id}"


def open_goal_draft(ctx: AppContext, record_id: str, draft, parent: QWidget) -> bool:
    """The goal dialog with the input kept at lock or quit (Übersicht): the goal it
    changed, or a new one of its case; a rating's draft (form ``rating``) opens „Ziel
    einschätzen“ of its goal. True when it was saved."""
    from ...services import notes

    case_id, _, goal_id = record_id.partition(":")
    goal = next((goal for goal in svc.goals_of_case(ctx.conn, case_id) if goal.id == goal_id),
                None)
    dialog: GoalEditDialog | RateDialog
    if notes.draft_data(draft).get("form") == "rating":
        if goal is None:   # the goal is gone: its rating with it
            return False
        dialog = RateDialog(ctx, goal, parent)
    else:
        dialog = GoalEditDialog(ctx, goal or g.CaseGoal(case_id, ""), parent)
    dialog.restore_draft(draft)
    return bool(run_modal(dialog))


class GoalEditDialog(DraftedKeepingDialog):
    """Set up or change a goal: text, the pupil's words, scale, baseline and its day (the
    goal's start), anchors, target date (optional). Esc after she typed asks first (``KeepingDialog``)."""

    def __init__(self, ctx: AppContext, goal: g.CaseGoal, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.goal = ctx, goal
        self.watch_typed_text()
        name_window(self, tr("Ziel mit Skala"))
        form = QFormLayout()
        self.text = QLineEdit(goal.text)
        self.text.setAccessibleName(tr("Ziel"))
        self.words = QLineEdit(goal.pupil_words)
        self.words.setAccessibleName(tr("In eigenen Worten"))
        self.scale = QComboBox()
        self.scale.setAccessibleName(tr("Skala"))
        for code, label in g.SCALES.items():
            self.scale.addItem(tr(label), code)
        self.scale.setCurrentIndex(self.scale.findData(goal.scale))
        self.anchors = [QLineEdit(a) for a in (goal.anchor_1, goal.anchor_2, goal.anchor_3,
                                               goal.anchor_4, goal.anchor_5)]
        self.baseline = QComboBox()
        type_levels_with_hyphen(self.baseline)
        self.baseline.setAccessibleName(tr("Ausgangswert"))
        # an anchor of ordinary length is read whole, a long one (120 characters) ends in
        # „…“ (list and value whole) instead of widening the dialog beyond the screen
        self.baseline.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.baseline.setMinimumContentsLength(BASELINE_SHOWN)
        # the baseline's day, the goal's start: a rating is never dated before it
        self.start = DateField(g.baseline_day(goal), accessible_name=tr("Ausgangswert vom"))
        self.has_target = QCheckBox(tr("festle&gen"))   # the row's label says „Zieldatum“
        self.has_target.setAccessibleName(tr("Zieldatum festlegen"))
        self.target = DateField(goal.target_date or clock.today(), accessible_name=tr("Zieldatum"))
        self.has_target.setChecked(goal.target_date is not None)
        self.target.setEnabled(goal.target_date is not None)
        self.has_target.toggled.connect(self.target.setEnabled)
        form.addRow(self._label(tr("&Ziel"), self.text), self.text)
        form.addRow(self._label(tr("In eigenen &Worten"), self.words), self.words)
        form.addRow(self._label(tr("&Skala"), self.scale), self.scale)
        self.anchor_labels: list[QLabel] = []
        for edit in self.anchors:
            anchor_label = QLabel()
            anchor_label.setBuddy(edit)
            self.anchor_labels.append(anchor_label)
            form.addRow(anchor_label, edit)
            edit.textChanged.connect(lambda _t: self._fill_baseline())
        form.addRow(self._label(tr("&Ausgangswert"), self.baseline), self.baseline)
        form.addRow(self._label(tr("Ausgangswert &vom"), self.start), self.start)
        row = QHBoxLayout()
        row.addWidget(self.has_target)
        row.addWidget(self.target)
        row.addStretch(1)
        form.addRow(self._label(tr("Zieldat&um"), self.target), row)
        self.error = error_line()
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = save_cancel_buttons(tr("Speichern"), self.accept, self.reject, parent=self)
        # another scale starts at its lowest level
        self.scale.currentIndexChanged.connect(
            lambda _i: self._scale_changed(keep=g.LEVELS[self._scale()][0]))
        self._scale_changed(keep=goal.baseline)
        # sized with the baseline's levels in their list: sized before, her baseline was cut
        # at 200 % on a small screen the fields scroll; the buttons and the message line
        # below them (a refusal moves none) stay in sight: with „Ausgangswert vom“ the form
        # is higher than 360 px and its refusal lay below the screen's edge
        self.error.last = True       # below the buttons: a refusal moves none
        whole_window_scrolls(self, (buttons, self.error))
        # the cursor in „Ziel“: the dialog's first focus was „Speichern“ (below the part
        # that scrolls), her typing went nowhere and her Enter saved an empty form
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        # what she typed survives Strg+L, the auto-lock and Strg+Q as a draft (the lock
        # closes the dialog without a question; the Übersicht reopens it: ``open_draft``)
        case = persons.get_case(ctx.conn, goal.case_id)
        self.form_draft = FormDraft(
            ctx, "goal", self,
            [("text", self.text), ("words", self.words), ("scale", self.scale),
             *((f"anchor_{n}", edit) for n, edit in enumerate(self.anchors, start=1)),
             ("baseline", self.baseline), ("start", self.start),
             ("has_target", self.has_target), ("target", self.target)],
            save=self._save_for_quit, title=self.windowTitle(),
            person_id=case.person_id if case else "", record_id=draft_record(goal))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _scale(self) -> str:
        return self.scale.currentData()

    def _scale_changed(self, keep: int | None = None) -> None:
        scale = self._scale()
        for level, anchor_label, edit, default in zip(g.LEVELS[scale], self.anchor_labels,
                                                      self.anchors, g.DEFAULT_ANCHORS[scale],
                                                      strict=True):
            text = tr("Stufe {0}").format(g.level_label(scale, level))
            anchor_label.setText(text)
            edit.setAccessibleName(text)
            edit.setPlaceholderText(default)
        self._fill_baseline(keep)

    def _anchors(self) -> tuple[str, ...]:
        scale = self._scale()
        return tuple(e.text().strip() or d for e, d in zip(self.anchors, g.DEFAULT_ANCHORS[scale],
                                                           strict=True))

    def _fill_baseline(self, keep: int | None = None) -> None:
        keep = self.baseline.currentData() if keep is None else keep
        scale = self._scale()
        self.baseline.clear()
        for level, anchor in zip(g.LEVELS[scale], self._anchors(), strict=True):
            self.baseline.addItem(f"{g.level_label(scale, level)} {anchor}", level)
        self.baseline.setCurrentIndex(max(0, self.baseline.findData(keep)))

    def collect(self) -> g.CaseGoal:
        """Her entries as a copy of the goal: the list's goal stays as saved until the
        save is taken (a refused change she then cancels was shown in the list)."""
        anchors = [e.text().strip() for e in self.anchors]
        return replace(g.started_on(self.goal, self.start.value()), text=self.text.text(),
                       pupil_words=self.words.text(),
                       scale=self._scale(), baseline=self.baseline.currentData(),
                       anchor_1=anchors[0], anchor_2=anchors[1], anchor_3=anchors[2],
                       anchor_4=anchors[3], anchor_5=anchors[4],
                       target_date=self.target.value() if self.has_target.isChecked() else None)

    def _field(self, name: str) -> QWidget | None:
        """The input of the goal's field ``name`` (``goals.goal_problems``)."""
        if name.startswith("anchor_"):
            return self.anchors[int(name.removeprefix("anchor_")) - 1]
        return {"text": self.text, "pupil_words": self.words, "scale": self.scale,
                "baseline": self.baseline}.get(name)

    def accept(self) -> None:
        goal = self.collect()
        problems = g.goal_problems(goal)
        if problems:   # said where she can mend it: the focus goes into that field
            name, why = problems[0]
            say_refusal(self.error, why + ".", self._field(name))
            return
        moved = svc.why_not_start(self.ctx.conn, goal)
        if moved:   # said in „Ausgangswert vom“, the focus there (the service refuses it too)
            say_refusal(self.error, moved, self.start)
            return
        try:
            self.goal = self.ctx.apply(svc.save_goal, goal)
        except svc.GoalServiceError as err:
            self.error.say(str(err))
            self.error.show()
            return
        self.form_draft.drop()   # saved: the draft goes
        self.form_draft.stop()
        super().accept()


class RateDialog(DraftedKeepingDialog):
    """A rating at a review date (contacts rate in quick entry). Esc after she chose a
    level or typed a date asks first (``KeepingDialog``)."""

    def __init__(self, ctx: AppContext, goal: g.CaseGoal, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.goal = ctx, goal
        self.watch_typed_text()
        name_window(self, tr("Ziel einschätzen"))
        self.day = DateField(clock.today(), accessible_name=tr("Datum"))
        self.level = _level_combo(goal.scale, goal.anchors, tr("Stufe"))
        # no level chosen for her: an Enter on a review she only opened saved the lowest
        self.level.insertItem(0, tr("— Stufe wählen —"), None)
        self.level.setCurrentIndex(0)
        self.error = error_line()
        self.error.hide()
        self.level.currentIndexChanged.connect(self._level_chosen)
        form = QFormLayout()
        shown = QLabel(goal.text)   # whole and as written: up to 300 characters
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(True)
        form.addRow(shown)
        label = QLabel(tr("&Datum"))
        label.setBuddy(self.day)
        form.addRow(label, self.day)
        label = QLabel(tr("&Stufe"))
        label.setBuddy(self.level)
        form.addRow(label, self.level)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = save_cancel_buttons(tr("S&peichern"), self.accept, self.reject, parent=self)
        # letters of their own beside „&Datum“ and „&Stufe“ (Enter and Esc still work)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Abbrechen"))
        layout.addWidget(buttons)
        add_last(layout, self.error)
        whole_window_scrolls(self)
        # she opens it to choose a level (the day is mostly today's): her first ↓ went to
        # „Datum“ and moved the day back
        self.level.setFocus(Qt.FocusReason.OtherFocusReason)
        # a chosen level (and its day) survives Strg+L, the auto-lock and Strg+Q as a
        # draft, as a goal typed in „Ziel mit Skala“ does: the lock closed it, kept nothing
        case = persons.get_case(ctx.conn, goal.case_id)
        self.form_draft = FormDraft(
            ctx, "rating", self, [("day", self.day), ("level", self.level)],
            save=self._save_for_quit, title=self.windowTitle(),
            person_id=case.person_id if case else "", record_id=draft_record(goal))

    def would_lose(self) -> str:
        """A level she chose is her rating, as typed text is."""
        if self.level.currentData() is not None:
            return tr("Die gewählte Stufe ist nicht gespeichert; sie geht beim Schließen "
                      "verloren.")
        return super().would_lose()

    def _level_chosen(self) -> None:
        """„Bitte wählen Sie die Stufe.“ goes once she chose one."""
        if self.level.currentData() is not None and \
                self.error.text() == tr("Bitte wählen Sie die Stufe."):   # another stays
            say_refusal(self.error, "")

    def accept(self) -> None:
        if self.level.currentData() is None:
            say_refusal(self.error, tr("Bitte wählen Sie die Stufe."), self.level)
            return
        problem = g.rating_day_problem(self.day.value(), clock.today(), g.baseline_day(self.goal))
        if problem:   # said in Datum, the focus there (the service refuses it too)
            say_refusal(self.error, problem, self.day)
            return
        try:
            self.ctx.apply(svc.rate, self.goal.id, self.level.currentData(), self.day.value())
        except svc.GoalServiceError as err:
            show_error(self, str(err))
            return
        self.form_draft.drop()   # saved: the draft goes
        self.form_draft.stop()
        super().accept()


class TrendDialog(QDialog):
    """A goal's trend (the common ``TrendView``: chart, table, change) and the print
    (topics and notes only when ticked)."""

    def __init__(self, ctx: AppContext, goal_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.trend = svc.trend(ctx.conn, goal_id)
        name_window(self, tr("Zielverlauf"))
        give_back_when_gone(self)   # its chart's window goes back once it is deleted
        self.view = TrendView()
        self.view.set_trend(self.trend)
        self.chart, self.table, self.summary = self.view.chart, self.view.table, self.view.summary
        self.topics = QCheckBox(tr("&Themen des Falls mitdrucken"))
        self.notes = QCheckBox(tr("&Notizen der Kontakte mitdrucken"))
        self.print_button = make_button(tr("Als &PDF speichern …"),
                                        tr("Zielverlauf als PDF für das Hilfeplangespräch"),
                                        self.save_pdf)
        close = make_button(tr("Schließen"), tr("Schließen"), self.reject)
        ticks = QHBoxLayout()   # a row of its own: at 200 % the buttons still fit beside
        for w in (self.topics, self.notes):
            ticks.addWidget(w)
        ticks.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        # where the PDF went (heard): the dialog said nothing after it was written; with
        # the ticks and buttons below the part that scrolls (200 %): in sight, whatever
        # is scrolled, and above them the line moves none of them
        self.message = MessageLine()
        self.message.setAccessibleName(tr("Meldung"))
        # the change since the baseline below the scrolling part too: at 640×360 it lay
        # half under the scroll area's lower edge until she scrolled
        view_layout = self.view.layout()
        assert view_layout is not None   # (TrendView's own)
        view_layout.removeWidget(self.summary)
        whole_window_scrolls(self, (self.summary, self.message, ticks, bottom))
        # within the screen: a fixed 860×600 lay beyond a 640×360 screen, its buttons too
        resize_within_screen(self, 860, 600)

    def save_pdf(self, path: str = "") -> str:
        path = path or choose_save_file(self, tr("Zielverlauf speichern"), "Zielverlauf.pdf",
                                        tr("PDF-Dateien (*.pdf)"))
        if not path:
            return ""
        try:
            svc.write_trend(self.ctx.conn, self.trend, path,   # as shown, not again
                            topics=self.topics.isChecked(), notes=self.notes.isChecked())
        except Exception as err:  # noqa: BLE001 - a German sentence, nothing half-written
            show_error(self, user_message(err))
            return ""
        self.message.setText(tr("Zielverlauf gespeichert: {0}").format(path))
        return path


class GoalsDialog(QDialog):
    """The goals of one case."""

    HEADERS = ("Ziel", "Skala", "Ausgangswert", "Letzte Einschätzung", "Veränderung")

    def __init__(self, ctx: AppContext, case_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        name_window(self, tr("Ziele mit Skala"))
        give_back_when_gone(self)
        self.model = RowsModel([tr(h) for h in self.HEADERS], self._cell, self)
        self.table = make_table_view(self.model, tr("Ziele des Falls"), alternating=False)
        # every column in sight, a cut cell whole on hover: its contents' widths scrolled
        # the table sideways at 640×360 (1280×720 at 200 %)
        fit_columns(self.table, stretch=0)
        # a double click or Enter shows the trend, once: ``activated`` came with the double
        # click too (the trend again after she closed it), and the Enter it left went on to
        # the dialog's first button („Neues Ziel …“)
        self.table.doubleClicked.connect(lambda _i: self.show_trend())
        enter_key_opens(self.table, self.show_trend)
        row = QHBoxLayout()
        self.buttons = {
            "new": make_button(tr("&Neues Ziel …"), tr("Neues Ziel mit Skala"), self.new_goal),
            "edit": make_button(tr("&Bearbeiten …"), tr("Ziel bearbeiten"), self.edit_goal),
            "rate": make_button(tr("&Einschätzen …"), tr("Ziel einschätzen"), self.rate_goal),
            "trend": make_button(tr("&Verlauf …"), tr("Zielverlauf anzeigen"), self.show_trend),
            "remove": make_button(tr("Ent&fernen"), tr("Ziel entfernen"), self.remove_goal),
        }
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(make_button(tr("Schließen"), tr("Schließen"), self.reject))
        hint = QLabel(tr("Eine Einschätzung ist freiwillig; bei Kontakten in der Schnellerfassung "
                         "mit Strg+1, Strg+2 … je Ziel."))
        hint.setWordWrap(True)
        # a closed case's goals are not rated or changed (``goals.closed_case_problem``):
        # the reason in sight in place of the hint, and heard with the list and buttons
        self.closed_line = QLabel(self._closed_reason())
        self.closed_line.setWordWrap(True)
        self.closed_line.setVisible(bool(self.closed_line.text()))
        hint.setVisible(not self.closed_line.text())
        self.table.setAccessibleDescription(self.closed_line.text())
        for key in ("new", "edit", "rate"):
            self.buttons[key].setAccessibleDescription(self.closed_line.text())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.closed_line)
        layout.addLayout(row)
        whole_window_scrolls(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.load()
        resize_within_screen(self, 820, 420)   # a fixed size lay beyond a 640×360 screen

    def _closed_reason(self) -> str:
        """Why her goals wait (the case closed), "" for a case not closed."""
        closed = svc.closed_on(self.ctx.conn, self.case_id)
        if closed is None:
            return ""
        return tr("Der Fall ist seit dem {0} abgeschlossen: seine Ziele stehen so in der "
                  "Zielerreichung, wie sie beim Abschluss waren. Um weiter einzuschätzen oder "
                  "Ziele zu ändern, öffnen Sie den Fall wieder (Bearbeiten …, Status "
                  "„offen“).").format(fmt_date(closed))

    def _cell(self, goal: g.CaseGoal, column: int) -> str:
        last = g.last_level(svc.ratings(self.ctx.conn, goal.id))
        moved = g.change(goal.baseline, last)
        # the baseline as the last rating: the level and its anchor („2 ansatzweise“)
        return (goal.text, tr(g.SCALES[goal.scale]), level_text(goal, goal.baseline),
                "–" if last is None else level_text(goal, last),
                "–" if moved is None else g.signed(moved))[column]

    def load(self, keep: str = "") -> None:
        """The case's goals; the goal ``keep`` (just rated, changed or set up) selected, else
        the first: the list chose the first again and her next „Einschätzen …“ went there."""
        self.model.set_rows(svc.goals_of_case(self.ctx.conn, self.case_id))
        if self.model.rows:
            ids = [goal.id for goal in self.model.rows]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._update()

    def current(self) -> g.CaseGoal | None:
        return self.model.row(self.table.currentIndex())

    def _update(self) -> None:
        chosen = self.current() is not None
        open_case = not self.closed_line.text()
        for key in ("edit", "rate", "trend", "remove"):
            self.buttons[key].setEnabled(chosen and (open_case or key in ("trend", "remove")))
        self.buttons["new"].setEnabled(open_case)

    def new_goal(self) -> None:
        dialog = GoalEditDialog(self.ctx, g.CaseGoal(self.case_id, ""), self)
        with modal(dialog) as result:
            if result:
                self.load(keep=dialog.goal.id)

    def edit_goal(self) -> None:
        goal = self.current()
        if goal and run_modal(GoalEditDialog(self.ctx, goal, self)):
            self.load(keep=goal.id)

    def rate_goal(self) -> None:
        goal = self.current()
        if goal and run_modal(RateDialog(self.ctx, goal, self)):
            self.load(keep=goal.id)

    def show_trend(self) -> None:
        goal = self.current()
        if goal:
            run_modal(TrendDialog(self.ctx, goal.id, self))

    def remove_goal(self) -> None:
        """Remove the chosen goal after asking; a hold on her person is said at once
        (no question whose yes could do nothing), as is any refusal after her yes: the
        goal stays chosen, her focus back in the list."""
        from ..common.applying import apply_or_show
        from ..common.messages import ask_yes_no, show_error

        goal = self.current()
        if goal and (held := svc.hold_keeps_goal(self.ctx.conn, goal.id)):
            show_error(self, held, title=tr("Ziel entfernen"))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not goal or not ask_yes_no(
                self, tr("Das Ziel „{0}“ mit allen Einschätzungen entfernen? Das lässt sich "
                         "nicht rückgängig machen.").format(goal.text),
                title=tr("Ziel entfernen"), yes=tr("Entfernen"), no=tr("Behalten")):
            return
        if apply_or_show(self.ctx, self, tr("Ziel entfernen"), svc.delete_goal, goal.id):
            self.load()
        else:
            self.load(keep=goal.id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
