"""Offene Angebote: a fast entry row, the sessions of a school year and monthly totals.

Every session goes through services.open_offers.record -> activities.record_open_offer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock, plausibility
from ...domain.entities import OpenOfferSession
from ...domain.errors import UserError
from ...domain.schoolyear import SchoolYear
from ...formatting import fmt_date, fmt_hours, fmt_minutes
from ...services import agreements, schools
from ...services import open_offers as svc
from ...services.operations import DataKind
from .. import colours
from ..common.applying import remove_keeping_place
from ..common.area import Area, typed
from ..common.column_fit import fit_columns
from ..common.combos import make_combo
from ..common.elided import OneLineMessage
from ..common.forms import (
    CompleterLineEdit,
    DateField,
    DurationField,
    buddy_label,
    commit_selectors,
    refusal,
)
from ..common.goal_choice import fill_goal_combo
from ..common.labelled_row import add_labelled
from ..common.layouts import LinesHigh, TurningGrid, flow_row, grow, wrap_layout
from ..common.messages import ask_yes_no
from ..common.models import TOOLTIP, USER, TextRowsModel
from ..common.spins import make_spin_box
from ..common.splitters import TurningSplitter
from ..common.tables import delete_key_asks, make_table_view
from ..common.text_boxes import make_line_edit
from ..common.unsaved import fleeting
from ..common.unsaved import may_leave as ask_before_leaving
from ..i18n import translator
from ..notes.form_draft import FormDraft, find_draft, write

tr = translator("OpenOffers")
_ROOT = QModelIndex()
NO_SPLIT = -1


class _TableModel(TextRowsModel):
    tr_header = staticmethod(tr)


class SessionModel(_TableModel):
    HEADERS = ("Datum", "Angebot", "Dauer", "Besucher:innen", "m / w / d", "Ziel", "Notiz")
    tr_header = staticmethod(tr)  # here, where the translations' extractor finds them
    RIGHT = frozenset((2, 3, 4))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.goal_labels: dict[str, str] = {}

    def cells(self, s: OpenOfferSession) -> tuple[str, ...]:
        split = ("" if s.visitors_m is None else
                 f"{s.visitors_m} / {s.visitors_w or 0} / {s.visitors_d or 0}")
        return (fmt_date(s.day), s.title, fmt_minutes(s.duration_min), str(s.visitors),
                split, self.goal_labels.get(s.goal_id or "", ""), s.note)

    def more_data(self, row: int, column: int, role):
        if role == USER:
            return self.rows[row].id
        if role == TOOLTIP and column == 5:
            return self._texts[row][5] or None
        return None


class MonthModel(_TableModel):
    HEADERS = ("Monat", "Angebote", "Stunden", "Besucher:innen")
    tr_header = staticmethod(tr)
    RIGHT = frozenset((1, 2, 3))

    def cells(self, t: svc.MonthTotal) -> tuple[str, ...]:
        return (svc.month_label(t.month, tr), str(t.sessions), fmt_hours(t.minutes, unit=False),
                str(t.visitors))


def _split_spin(name: str) -> QSpinBox:
    spin = make_spin_box(name, NO_SPLIT, 999)
    spin.setSpecialValueText("–")
    spin.setToolTip(tr("leer lassen (–), wenn nicht gezählt"))
    return spin


@dataclass(frozen=True)
class OpenOffersPlace:
    """Her place (``Area.place``): the filters, the selected session and the entry: its
    date and duration, its goal (an id; "": none) and what she typed (title, counts, note;
    the title is kept for the next entry after a save)."""

    school: str | None
    year: int | None
    selected: str
    entry: dict = field(default_factory=dict)   # day, duration
    goal: str = ""
    typed: dict = typed({})


ENTRY_CHOSEN = ("day", "duration")   # the entry's fields she chooses (the goal by its id)


class OpenOffersArea(Area):
    watches = (DataKind.OPEN_OFFERS, DataKind.AGREEMENTS, DataKind.SCHOOLS)
    rebuilt_when_left = True  # unless the entry holds unsaved input (Area.may_take_apart)
    _place: OpenOffersPlace | None = None   # restored at the first load

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setAccessibleName(tr("Offene Angebote"))
        self.today = clock.today()

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_filters())
        layout.addWidget(self._build_entry())
        layout.addWidget(self._build_lists(), 1)
        self._connect()
        self._start_form_draft()

    # -- parts ---------------------------------------------------------------------------
    def _build_filters(self) -> QWidget:
        self.school_filter = make_combo(tr("Schule"))
        self.year_filter = make_combo(tr("Filter Schuljahr"))
        # the year below the school where the width ends (640×360 at 200 %)
        return LinesHigh(flow_row(
            (buddy_label(tr("&Schule"), self.school_filter), self.school_filter),
            (buddy_label(tr("Schul&jahr"), self.year_filter), self.year_filter)))

    def _build_entry(self) -> QGroupBox:
        self.entry_box = QGroupBox(tr("Offenes Angebot erfassen"))
        self.title_edit = CompleterLineEdit()  # Enter/Esc on its open list stay there
        self.title_edit.setAccessibleName(tr("Angebot"))
        self.title_edit.setPlaceholderText(tr("z. B. Pausenangebot, offener Raum"))
        self.title_completer = QCompleter([], self)
        self.title_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.title_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.title_edit.setCompleter(self.title_completer)
        self.day_field = DateField(accessible_name=tr("Datum"))
        self.duration = DurationField(30)
        self.visitors = make_spin_box(tr("Anzahl Besucher:innen"), 0, 2000)
        self.m_spin = _split_spin(tr("davon männlich"))
        self.w_spin = _split_spin(tr("davon weiblich"))
        self.d_spin = _split_spin(tr("davon divers"))
        self.goal_combo = make_combo(tr("Ziel der Kooperationsvereinbarung"))
        self.goal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(24)
        self.note_edit = make_line_edit(tr("Notiz"))
        self.save_button = QPushButton(tr("&Erfassen ⏎"))
        self.save_button.setAccessibleName(tr("Offenes Angebot erfassen"))
        self.save_button.setDefault(True)
        # one line under the entry: at 200 % a long refusal wrapped, the entry box grew and
        # moved „Erfassen“ under her next click (its whole text is the tool tip)
        self.error = OneLineMessage()

        # the goal on a row of its own and the split under the date: with the goal beside
        # the split, the two rows needed 1,090 px side by side and the area scrolled
        # sideways at 1280×720 with a desktop's font. The offer, its date and duration on
        # one line that wraps where the width ends, „davon“ with the split: the form fits
        # 200 % (WCAG 1.4.10). Where the rows do not fit (640×360 at 200 %: the area
        # scrolled sideways) one field a row, a label above a field too wide beside it.
        self.title_edit.setMinimumWidth(
            self.title_edit.fontMetrics().horizontalAdvance(self.title_edit.placeholderText())
            + 16)
        offer_label = buddy_label(tr("&Angebot"), self.title_edit)
        offer_label.setMinimumHeight(self.title_edit.sizeHint().height())  # beside the field,
        # also when it wraps
        offer = LinesHigh(flow_row(
            grow(self.title_edit), (buddy_label(tr("Da&tum"), self.day_field), self.day_field),
            (buddy_label(tr("Da&uer"), self.duration), self.duration)))
        split = QHBoxLayout()
        split.addWidget(QLabel(tr("davon")))
        add_labelled(split, (("m", self.m_spin), ("w", self.w_spin), ("d", self.d_spin)))
        split.addWidget(QLabel(tr("(optional)")))
        split.addStretch(1)
        self.entry_grid = TurningGrid([
            [(offer_label, offer, 3)],
            [(buddy_label(tr("Besu&cher:innen"), self.visitors), self.visitors, 1),
             (None, wrap_layout(split), 2)],
            [(buddy_label(tr("&Ziel"), self.goal_combo), self.goal_combo, 3)],
            [(buddy_label(tr("&Notiz"), self.note_edit), self.note_edit, 2),
             (None, self.save_button, 1)],
            [(None, self.error, 4)]], stretch=(2,), top=(offer_label,))
        box = QVBoxLayout(self.entry_box)
        box.addWidget(self.entry_grid)
        return self.entry_box

    def _build_lists(self) -> TurningSplitter:
        self.session_model = SessionModel(self)
        self.session_view = make_table_view(self.session_model,
                                            tr("Erfasste offene Angebote"), stretch=6,
                                            fit=range(5), elide=True)
        header = self.session_view.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)
        self.session_view.setColumnWidth(5, 220)
        fit_columns(self.session_view, stretch=6)
        # beside the sums every header whole without a scroll bar of its own (``_lists``);
        # below them, where the width ends (640×360 at 200 %), the list scrolls inside itself
        self._list_width = (sum(header.sectionSizeHint(c) for c in range(header.count()))
                            + self.session_view.verticalScrollBar().sizeHint().width()
                            + 2 * self.session_view.frameWidth())
        self.remove_button = QPushButton(tr("Eintrag löschen"))
        self.remove_button.setAccessibleName(tr("Gewählten Eintrag löschen"))
        self.month_model = MonthModel(self)
        self.month_view = make_table_view(self.month_model, tr("Summen je Monat"),
                                          alternating=False)
        self.month_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.month_view.horizontalHeader().setStretchLastSection(True)
        self.year_total = QLabel()
        self.year_total.setAccessibleDescription(tr("Summe im Schuljahr"))
        font = self.year_total.font()
        font.setBold(True)
        self.year_total.setFont(font)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.session_view, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        left_layout.addLayout(bottom)
        right = QGroupBox(tr("Summen je Monat"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.month_view, 1)
        right_layout.addWidget(self.year_total)
        # side by side; the sums below the list where they do not fit (200 %: WCAG 1.4.10)
        splitter = TurningSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.keep_beside(left, self._list_width)
        splitter.setSizes([820, 380])
        return splitter

    def _connect(self) -> None:
        self.school_filter.currentIndexChanged.connect(lambda _i: self._school_changed())
        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.title_edit.editingFinished.connect(self._title_chosen)
        # a suggestion picked with Enter arrives after editingFinished (the half-typed text)
        self.title_completer.activated.connect(lambda _text: self._title_chosen())
        self.day_field.dateChanged.connect(lambda _d: self._fill_goals())
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove_selected)
        for keys, slot in ((Qt.Key.Key_Return, self.save), (Qt.Key.Key_Enter, self.save),
                           (Qt.Key.Key_Escape, self._escape)):
            shortcut = QShortcut(QKeySequence(keys), self.entry_box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete_key_asks(self.session_view, self.remove_selected)

    # -- Area ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        self.today = clock.today()
        place, self._place = self._place, None
        current_school = place.school if place else self.school_filter.currentData()
        current_year = place.year if place else self.year_filter.currentData()
        for combo in (self.school_filter, self.year_filter):
            combo.blockSignals(True)
            combo.clear()
        for school in schools.choosable(conn, self.today, keep=current_school):
            self.school_filter.addItem(school.name, school.id)
        for year in svc.school_years(conn, self.today):
            self.year_filter.addItem(SchoolYear(year).label, year)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(current_school), 0))
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(current_year), 0))
        for combo in (self.school_filter, self.year_filter):
            combo.blockSignals(False)
        self._offer_titles(svc.titles(conn))
        self._fill_goals()
        self.reload()
        if place is not None:
            self._show_place(place)

    def place(self) -> OpenOffersPlace:
        index = self.session_view.currentIndex()
        selected = self.session_model.rows[index.row()].id if index.isValid() else ""
        values = self.form_draft.values()
        return OpenOffersPlace(
            self.school_filter.currentData(), self.year_filter.currentData(), selected,
            {key: values[key] for key in ENTRY_CHOSEN}, self.goal_combo.currentData() or "",
            {key: value for key, value in values.items()
             if key not in ENTRY_CHOSEN and key != "goal"})

    def restore(self, place: object) -> None:
        if isinstance(place, OpenOffersPlace):
            self._place = place

    def _show_place(self, place: OpenOffersPlace) -> None:
        kept = {**place.entry, **place.typed}
        for key, widget in self.form_draft.fields:
            if key in kept:
                write(widget, kept[key])
        self._fill_goals(place.goal)
        # what the entry kept is its baseline again, nothing unsaved; a draft kept at the
        # lock stays for her in the Übersicht (``start``, not ``drop``)
        self.form_draft.start()
        self.open_record(place.selected)

    def reload(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        school_id = self.school_filter.currentData()
        year = self.year_filter.currentData()
        sessions = svc.sessions(conn, school_id=school_id, school_year=year)
        self.session_model.goal_labels = {  # each goal once, not once per session
            goal_id: agreements.goal_label(conn, goal_id)
            for goal_id in {s.goal_id for s in sessions if s.goal_id}}
        self.session_model.set_rows(sessions)
        totals = svc.monthly_totals(conn, school_id=school_id, school_year=year)
        self.month_model.set_rows(totals)
        self.year_total.setText(tr("Schuljahr: {0} · {1} Std. · {2}").format(
            tr("%n Angebot(e)", n=sum(t.sessions for t in totals)),
            fmt_hours(sum(t.minutes for t in totals), unit=False),
            tr("%n Besucher:in(nen)", n=sum(t.visitors for t in totals))))

    def _offer_titles(self, titles: list[str]) -> None:
        """The titles the title field suggests (its completer, made from a list, keeps
        them in a string list model)."""
        cast(QStringListModel, self.title_completer.model()).setStringList(titles)

    def clear(self) -> None:
        self.session_model.set_rows([])
        self.session_model.goal_labels = {}
        self.month_model.set_rows([])
        self._offer_titles([])
        for combo in (self.school_filter, self.year_filter, self.goal_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.title_edit.clear()
        self.note_edit.clear()
        self.year_total.clear()
        self.error.clear()
        self.visitors.setValue(0)
        for spin in (self.m_spin, self.w_spin, self.d_spin):
            spin.setValue(NO_SPLIT)

    def _start_form_draft(self) -> None:
        # unsaved input survives Strg+L, the auto-lock and Strg+Q as a draft
        self.form_draft = FormDraft(
            self.ctx, "open_offer", self.entry_box,
            [("title", self.title_edit), ("day", self.day_field), ("duration", self.duration),
             ("visitors", self.visitors), ("m", self.m_spin), ("w", self.w_spin),
             ("d", self.d_spin), ("goal", self.goal_combo), ("note", self.note_edit)],
            save=self.save, title=tr("Offenes Angebot"),
            watched=("title", "visitors", "m", "w", "d", "note"))
        fleeting(self.error, self.entry_box)  # "Erfasst: …" goes with the next edit

    def open_record(self, record_id: str) -> None:
        draft = find_draft(self.ctx, record_id, "open_offer")
        if draft is not None:  # the entry kept at lock or quit (Übersicht)
            self.form_draft.restore(draft)
            self.title_edit.setFocus()
            return
        for row, s in enumerate(self.session_model.rows):
            if s.id == record_id:
                self.session_view.setCurrentIndex(self.session_model.index(row, 0))
                return

    # -- entry ---------------------------------------------------------------------------
    def _school_changed(self) -> None:
        self._fill_goals()
        self.reload()

    def _fill_goals(self, goal_id: str | None = None) -> None:
        if not self.ctx.is_unlocked:
            return
        goal_id = goal_id if goal_id is not None else self.goal_combo.currentData()
        goals = agreements.goals_for_school(self.ctx.conn, self.school_filter.currentData(),
                                            on=self.day_field.value())
        fill_goal_combo(self.goal_combo, goals, tr("— kein Ziel —"))
        self.goal_combo.setCurrentIndex(max(self.goal_combo.findData(goal_id), 0))

    def _title_chosen(self) -> None:
        """A known title brings back the duration and goal of its last session."""
        if not self.ctx.is_unlocked or not self.title_edit.text().strip():
            return
        last = svc.last_session(self.ctx.conn, self.title_edit.text())
        if last is not None:
            self.duration.set_minutes(last.duration_min)
            if last.goal_id:
                self._fill_goals(last.goal_id)

    @staticmethod
    def _split_value(spin: QSpinBox) -> int | None:
        return None if spin.value() == NO_SPLIT else spin.value()

    def save(self, confirmed: bool = False) -> bool:
        if not self.ctx.is_unlocked:
            return False
        refused = commit_selectors(self.entry_box)  # saved is what is shown, or nothing
        if refused is not None:
            refused.setFocus()
            self.error.setStyleSheet(f"color: {colours.current().error};")
            self.error.setText(refusal(refused))
            self.ctx.status_message.emit(refusal(refused))
            return False
        session = OpenOfferSession(
            title=self.title_edit.text(), day=self.day_field.value(),
            duration_min=self.duration.minutes(), visitors=self.visitors.value(),
            school_id=self.school_filter.currentData(),
            visitors_m=self._split_value(self.m_spin), visitors_w=self._split_value(self.w_spin),
            visitors_d=self._split_value(self.d_spin), goal_id=self.goal_combo.currentData(),
            note=self.note_edit.text().strip())
        try:
            self.ctx.apply(svc.record, session, confirmed=confirmed)
        except plausibility.NeedsConfirmation as question:
            if ask_yes_no(self, " ".join(question.questions), title=tr("Bitte prüfen"),
                          yes=tr("Ja, so erfassen"), no=tr("Ändern")):
                return self.save(confirmed=True)
            self.visitors.setFocus()
            return False
        except UserError as err:
            self.error.setStyleSheet(f"color: {colours.current().error};")
            self.error.setText(str(err))
            return False
        self.error.setStyleSheet(f"color: {colours.current().ok};")
        self.error.setText(tr("Erfasst: {0}, {1}, {2}.").format(
            session.title, fmt_date(session.day),
            tr("%n Besucher:in(nen)", n=session.visitors)))
        year = SchoolYear.of(session.day).start_year
        if self.year_filter.findData(year) < 0:
            self.refresh()
        self.year_filter.setCurrentIndex(self.year_filter.findData(year))
        self._offer_titles(svc.titles(self.ctx.conn))
        self.reload()
        # keep title, date, duration and goal for the next day's entry; counts start fresh
        self.visitors.setValue(0)
        for spin in (self.m_spin, self.w_spin, self.d_spin):
            spin.setValue(NO_SPLIT)
        self.note_edit.clear()
        self.form_draft.drop()  # saved: the draft goes
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return True

    def _escape(self) -> None:
        """Esc in the entry: with nothing typed it resets at once; typed words are asked
        about first (Speichern, Verwerfen, Weiter bearbeiten), never thrown away unasked."""
        if not self.form_draft.unsaved():
            self.reset_entry()
            return
        title = self.title_edit.text().strip()
        ask_before_leaving(
            self, True,
            tr("Das offene Angebot „{0}“ ist noch nicht gespeichert.").format(title) if title
            else tr("Das offene Angebot ist noch nicht gespeichert."),
            save=self.save, discard=self.reset_entry)

    def reset_entry(self) -> None:
        self.title_edit.clear()
        self.note_edit.clear()
        self.visitors.setValue(0)
        for spin in (self.m_spin, self.w_spin, self.d_spin):
            spin.setValue(NO_SPLIT)
        self.day_field.set_date(clock.today())
        self.duration.set_minutes(30)
        self.error.clear()
        self.form_draft.drop()  # discarded: the draft goes too
        self.title_edit.setFocus()

    def remove_selected(self) -> None:
        """The chosen entry removed after a question (with its statistics record and time
        entry), as Gruppen' sessions are; the entry that followed (else the one before) is
        current and chosen, the list keeps the keyboard, the status line says what went."""
        index = self.session_view.currentIndex()
        if not index.isValid():
            return
        row = index.row()
        s = self.session_model.rows[row]
        if not ask_yes_no(self, tr("„{0}“ vom {1} löschen? Er verschwindet auch aus Statistik "
                                   "und Arbeitszeit.").format(s.title, fmt_date(s.day)),
                          title=tr("Eintrag löschen")):
            return
        remove_keeping_place(
            self.ctx, self.session_view, tr("Eintrag löschen"), svc.remove, s, self.reload,
            tr("„{0}“ vom {1} gelöscht, auch aus Statistik und Arbeitszeit.")
            .format(s.title, fmt_date(s.day)))
