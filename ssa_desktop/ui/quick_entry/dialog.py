"""Quick contact entry (Ctrl+N): a typical contact in under 30 seconds, keyboard only.

Fields follow the hand (UX.md): person, kind, date, time, duration, participants,
topics, access route, referral, case, note (observation and assessment apart).
Enter saves (Ctrl+Enter inside the note), Esc cancels and asks when text was typed.
Typed content is autosaved as a draft into the vault and offered back after a crash.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock, plausibility
from ...domain.catalogues import (
    ACCESS_ROUTES,
    CONTACT_KINDS,
    CONTACT_PLACES,
    INTERPRETING,
    PARTICIPANT_ROLES,
    PERSON_KINDS,
    REFERRALS,
    TOPICS,
)
from ...domain.entities import Contact, Person, ShortContact
from ...domain.errors import UserError
from ...domain.school_class import grade_from_class
from ...formatting import fmt_date
from ...services import activities, appointments, goals, notes, persons, schools
from ..common.announce import announce, close_quietly
from ..common.combos import (
    close_open_list,
    make_combo,
    strg_enter_in_open_list,
    watch_open_list,
)
from ..common.declared_fields import declared_label
from ..common.dialog_buttons import cancel_button, default_button
from ..common.fit_scroll import scrolling
from ..common.forms import (
    CatalogueCombo,
    CodeChecks,
    CodeListEdit,
    DateField,
    DurationField,
    TimeField,
    buddy_label,
    commit_selectors,
    follow_refusals,
    refusal,
    say_refusal,
)
from ..common.goal_rating import GoalRatings
from ..common.labels import name_window
from ..common.layout_items import form_cell
from ..common.layouts import flow_row, grow, wrap_layout
from ..common.lifetime import connect_for
from ..common.message_line import error_line
from ..common.messages import Role, ask_choice, user_message
from ..common.screen_fit import resize_within_screen
from ..common.tab_chain import chain_in_order
from ..common.text_boxes import make_line_edit
from ..common.type_ahead import TypeAheadCombo
from ..common.wrapping_label import WrappingLabel
from ..context import AppContext
from ..i18n import translator
from ..notes.autosave import DraftAutosaver
from ..notes.note_editor import NoteEditor
from .kind_keys import KIND_KEYS, kind_key_labels
from .person_picker import PersonPicker
from .short_fields import count_spin, gender_combo, grade_spin

tr = translator("QuickEntry")

# Who usually takes part in a kind of contact: choosing the kind ticks them (she can
# change the ticks afterwards). Kinds not listed keep the current ticks.
# the Art a person without earlier contacts starts with, by the kind of person
PERSON_KIND_DEFAULTS = {"pupil": "EB", "guardian": "EG", "teacher": "BL"}

TYPICAL_PARTICIPANTS = {
    "EB": ("pupil",), "GB": ("pupil",), "KI": ("pupil",), "VM": ("pupil",), "KO": ("pupil",),
    "EG": ("parent",), "BL": ("teacher",), "HB": ("pupil", "parent"),
}

# Alt+1 … Alt+6: the frequent kinds (kind_keys.py), shown under "Art"
DIGIT_KEYS = {getattr(Qt, f"Key_{i + 1}"): code for i, code in enumerate(KIND_KEYS)}

DRAFT_KIND = "quick_entry"


class QuickEntryDialog(QDialog):
    """``exec()`` → Accepted: ``saved_contact_id`` or ``saved_short_contact_id`` is set;
    ``saved`` carries a German sentence saying what was saved (for the status bar)."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 prefill: dict | None = None, draft_id: str = ""):
        super().__init__(parent)
        self.ctx = ctx
        self.prefill = dict(prefill or {})
        self.appointment_id: str | None = self.prefill.get("appointment_id")
        self.saved_contact_id: str | None = None
        self.saved_short_contact_id: str | None = None
        self.offered_draft = None
        self._confirmed = False  # she confirmed the plausibility questions of this entry
        self._kind_chosen = False  # she chose the Art herself: a person no longer changes it
        self._saving = False  # save() is resolving what was typed (see _while_saving)
        self._brought: list[str] = []  # what that resolving changed on screen
        self._created = ""  # the kind and school of a person this entry created
        self._person_refusal = ""  # the refusal about the person the error line shows
        name_window(self, tr("Kontakt erfassen"))
        self._build()
        # comfortable where there is room; at 200 % on a small screen the form scrolls
        first = self.first_size()
        resize_within_screen(self, first.width(), first.height())
        self.autosaver = DraftAutosaver(ctx, DRAFT_KIND, self._draft_data,
                                        ref=self.appointment_id or "", parent=self)
        self.autosaver.saved.connect(
            lambda t: self.status.setText(tr("Entwurf gespeichert {0}").format(t)))
        self._load_choices()
        self._apply_defaults()
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.kind_combo.activated.connect(self._chose_kind)
        kind_edit = self.kind_combo.lineEdit()
        assert kind_edit is not None  # the Art is an editable combo box
        kind_edit.textEdited.connect(self._chose_kind)
        self._connect_changes()
        self._install_key_filters()
        self._offer_draft(draft_id)
        connect_for(self, ctx.locked, self._on_locked)
        self.picker.setFocus()
        if draft_id and self.offered_draft is not None:  # opened from the draft list
            self.restore_offered_draft()

    def first_size(self) -> QSize:
        """Wide enough for a row of the form, tall enough for the rows that appear while
        she types (a new pupil's school, the case's goals): the note fields take the room
        that is left (at 1280×720 the form then needs no scroll bar)."""
        hint = self.sizeHint()
        return QSize(max(880, hint.width()), max(640, hint.height()))

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(self._build_draft_bar())
        # the Person row stays above the form: at 200 % the form scrolled to the note while
        # she typed it and whom the note is about went out of sight
        person = QFormLayout()
        person.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(person)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        # the form scrolls on a small screen (640×360 at 200 %); error line and buttons stay
        outer.addWidget(scrolling(form), 1)

        self._build_person_rows(person)
        self._build_new_person_row(form)
        self._build_short_contact_row(form)
        self._build_contact_rows(form)
        self._build_bottom(outer)
        self._connect_and_order()
        _align_columns(person, form)

    def _build_draft_bar(self) -> QFrame:
        """The bar that offers a saved draft back (hidden until there is one)."""
        self.draft_bar = QFrame()
        self.draft_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.draft_bar)
        self.draft_label = QLabel()
        self.restore_button = QPushButton(tr("Wiederher&stellen"))
        self.restore_button.setAccessibleName(tr("Entwurf wiederherstellen"))
        self.drop_draft_button = QPushButton(tr("Entwurf &löschen"))
        self.drop_draft_button.setAccessibleName(tr("Entwurf löschen"))
        self.restore_button.clicked.connect(self.restore_offered_draft)
        self.drop_draft_button.clicked.connect(self._drop_offered_draft)
        bar.addWidget(self.draft_label, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.drop_draft_button)
        self.draft_bar.hide()
        return self.draft_bar

    def _build_person_rows(self, form: QFormLayout) -> None:
        # Person or anonymous short contact
        self.picker = PersonPicker()
        self.short_check = QCheckBox(tr("&Kurzkontakt ohne Fall"))
        self.short_check.setAccessibleName(tr("Kurzkontakt ohne Fall (anonym)"))
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.short_check)
        form.addRow(self._label(tr("&Person"), self.picker), row)

    def _build_new_person_row(self, form: QFormLayout) -> None:
        # A pseudonym nobody has yet: create the pupil right here (school, class, gender)
        self.new_label = QLabel()
        self.new_school = TypeAheadCombo(accessible_name=tr("Schule der neuen Person"))
        self.new_school.refused.connect(lambda reason: self._show_error(reason, self.new_school))
        self.new_school.cleared.connect(
            lambda reason: self._show_error("") if self.error.text() == reason else None)
        self.new_class = make_line_edit(tr("Klasse der neuen Person"), tr("z. B. 7b"))
        self.new_class.setMaximumWidth(90)
        self.new_gender = gender_combo(tr("Geschlecht der neuen Person"))
        self.new_gender.setCurrentIndex(self.new_gender.findData("u"))
        new_row = flow_row(self.new_label,
                           (self._label(tr("Gesc&hlecht"), self.new_gender), self.new_gender),
                           (self._label(tr("Klass&e"), self.new_class), self.new_class),
                           (self._label(tr("S&chule"), self.new_school), grow(self.new_school)))
        self.new_row_widget = wrap_layout(new_row)
        self.new_row_widget.setAccessibleName(tr("Neue Person anlegen"))
        form.addRow("", self.new_row_widget)

    def _build_short_contact_row(self, form: QFormLayout) -> None:
        # Anonymous short contact: school, gender, grade, count
        self.school_combo = make_combo(tr("Schule"))
        self.gender_combo = gender_combo(tr("Geschlecht"))
        self.gender_combo.setCurrentIndex(self.gender_combo.findData("u"))
        self.grade_spin = grade_spin()
        self.count_spin = count_spin(tr("Anzahl Kurzkontakte"))
        grow(self.school_combo)
        short_row = flow_row(*((self._label(text, widget), widget) for text, widget in (
            (tr("Schule"), self.school_combo), (tr("Geschlecht"), self.gender_combo),
            (tr("Klassenstufe"), self.grade_spin), (tr("Anzahl"), self.count_spin))))
        self.short_row_widget = wrap_layout(short_row)
        form.addRow(tr("Kurzkontakt"), self.short_row_widget)

    def _build_contact_rows(self, form: QFormLayout) -> None:
        """Kind, when, participants, topics, routes, case and note."""
        # Kind, date, time, duration
        self.kind_combo = CatalogueCombo(CONTACT_KINDS, accessible_name=tr("Art des Kontakts"))
        self.date_field = DateField(clock.today(), accessible_name=tr("Datum"))
        self.time_edit = TimeField(accessible_name=tr("Uhrzeit"))
        self.duration = DurationField(30)
        self.kind_label = self._label(tr("&Art"), self.kind_combo)
        self.date_label = self._label(tr("&Datum"), self.date_field)
        self.time_label = self._label(tr("&Zeit"), self.time_edit)
        # wraps where the width ends (640 logical pixels at 200 %): no sideways scrolling
        grow(self.kind_combo)
        when = flow_row(self.kind_combo, (self.date_label, self.date_field),
                        (self.time_label, self.time_edit),
                        (self._label(tr("Da&uer"), self.duration), self.duration))
        form.addRow(self.kind_label, when)
        # what the person's last contact brought (Art, Dauer, Beteiligte) is marked
        self.carried_label = QLabel(tr("übernommen vom letzten Kontakt mit dieser Person"))
        self.carried_label.setAccessibleName(tr(
            "Art, Dauer und Beteiligte übernommen vom letzten Kontakt mit dieser Person"))
        self.carried_label.setStyleSheet("font-style: italic;")  # readable, not greyed out
        self.carried_label.hide()
        form.addRow("", self.carried_label)
        self._build_kind_keys_hint(form)

        self.participants = CodeChecks(PARTICIPANT_ROLES)
        self.participants.setAccessibleName(tr("Beteiligte"))
        self.participants.setFocusProxy(next(iter(self.participants.boxes.values())))
        form.addRow(self._label(tr("&Beteiligte"), self.participants), self.participants)

        self.topics = CodeListEdit(TOPICS, accessible_name=tr("Themen"))
        form.addRow(self._label(tr("&Themen"), self.topics), self.topics)

        self.access_combo = CatalogueCombo(ACCESS_ROUTES, empty="—",
                                           accessible_name=tr("Zugang"))
        self.referral_combo = CatalogueCombo(REFERRALS, empty="—",
                                             accessible_name=tr("Weitervermittlung"))
        self.access_label = self._pair_row(form, tr("Zu&gang"), self.access_combo,
                                           tr("&Weitervermittlung"), self.referral_combo)
        self.place_combo = CatalogueCombo(CONTACT_PLACES, empty="—", accessible_name=tr("Ort"))
        self.interpreting_combo = CatalogueCombo(INTERPRETING, empty="—",
                                                 accessible_name=tr("Sprachmittlung"))
        self.place_label = self._pair_row(form, tr("&Ort"), self.place_combo,
                                          declared_label(Contact, "interpreting"),
                                          self.interpreting_combo)

        self.case_combo = make_combo(tr("Fall"))
        form.addRow(self._label(tr("&Fall"), self.case_combo), self.case_combo)
        # the chosen case's goals, each optionally rated (Strg+1 … on goal 1 …)
        self.goal_ratings = GoalRatings(self)
        self.goals_label = QLabel(tr("Ziele"))
        form.addRow(self.goals_label, self.goal_ratings)
        form.setRowVisible(self.goal_ratings, False)

        # three lines, more where there is room (Qt's default of eleven made the form
        # scroll at 1280×720)
        self.note = NoteEditor(rows=3, preferred_rows=3)
        self.note.submit.connect(self.save)
        # Alt+N: note; the editor's own letters (B, Z) belong to Beteiligte and Zeit here
        self.note.observation_label.setText(tr("Beobachtung"))
        self.note.assessment_label.setText(tr("E&inschätzung"))
        self.note_label = self._label(tr("&Notiz"), self.note.observation)
        self.note.observation.setAccessibleName(tr("Notiz: Beobachtung"))  # both labels
        form.addRow(self.note_label, self.note)

    def _build_bottom(self, outer: QVBoxLayout) -> None:
        """Error line, status and the buttons."""
        # directly below the scrolled form, which gives up the lines it needs: the
        # buttons below stay (ui/common/message_line.py)
        self.error = error_line()
        self.error.hide()
        outer.addWidget(self.error)

        buttons = QHBoxLayout()
        self.status = QLabel(tr("Enter speichert, Strg+Enter auch aus der Notiz."))
        self.status.setAccessibleDescription(tr("Status"))
        self.cancel_button = cancel_button(self.reject)
        self.save_button = default_button(tr("Speichern ⏎"), tr("Speichern"), self.save)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

    def _connect_and_order(self) -> None:
        self.short_check.toggled.connect(self._apply_mode)
        self.picker.person_changed.connect(self._person_picked)
        self.picker.textEdited.connect(self._update_new_person)
        self._apply_mode(False)
        chain = [self.picker, self.new_gender, self.new_class, self.new_school,
                 self.short_check, self.school_combo, self.gender_combo, self.grade_spin,
                 self.count_spin, self.kind_combo, self.date_field, self.time_edit,
                 self.duration.spin, *self.participants.boxes.values(), self.topics.edit,
                 self.access_combo, self.referral_combo, self.place_combo,
                 self.interpreting_combo, self.case_combo,
                 self.note.observation, self.note.assessment, self.cancel_button,
                 self.save_button]
        self._base_chain = chain
        self.case_combo.currentIndexChanged.connect(lambda _i: self._load_goals())
        self._order_chain()

    def _order_chain(self) -> None:
        """The Tab chain, with the goal boxes of the chosen case after Fall."""
        chain = list(self._base_chain)
        at = chain.index(self.case_combo) + 1
        chain[at:at] = self.goal_ratings.focus_widgets()
        chain_in_order(chain)
        self._tab_chain = chain

    def _load_goals(self) -> None:
        """The goals of the chosen case, none rated yet; the row hides without goals."""
        case_id = self.case_combo.currentData()
        found = (goals.goals_of_case(self.ctx.conn, case_id)
                 if case_id and self.ctx.is_unlocked else [])
        self.goal_ratings.set_goals(found)
        for box in self.goal_ratings.level_boxes():
            self._watch_keys(box)   # Enter saves from a goal box (and its open list) too
            box.currentIndexChanged.connect(self.autosaver.changed)   # kept in the draft
        self.form.setRowVisible(self.goal_ratings, bool(found))
        self._order_chain()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt naming)
        """The chain is closed: Tab from the last button comes back to Person (it jumped
        to Dauer), Shift+Tab from Person goes to the last button."""
        shown = [w for w in getattr(self, "_tab_chain", ())
                 if w.isVisible() and w.isEnabled()]
        if shown:
            focus = self.focusWidget()
            if forward and focus is shown[-1]:
                shown[0].setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if not forward and focus is shown[0]:
                shown[-1].setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return super().focusNextPrevChild(forward)

    def _pair_row(self, form, first_text: str, first, second_text: str, second) -> QLabel:
        """One form row holding two coded fields side by side, each with its bound label;
        returns the row's own label."""
        row = flow_row(grow(first), (self._label(second_text, second), grow(second)))
        label = self._label(first_text, first)
        form.addRow(label, row)
        return label

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        return buddy_label(text, buddy)

    def _update_new_person(self, _text: str = "") -> None:
        """Offer "Neu anlegen: Z-99" while the typed pseudonym belongs to nobody."""
        unknown = self.picker.is_unknown() and not self.short_check.isChecked()
        if unknown:
            self.new_label.setText(tr("Neu anlegen: {0}").format(self.picker.new_pseudonym()))
            self._drop_person_error()
        self.form.setRowVisible(self.new_row_widget, unknown)

    def _apply_mode(self, short: bool) -> None:
        self.picker.setEnabled(not short)
        self._update_new_person()
        self.form.setRowVisible(self.short_row_widget, short)
        for widget in (self.participants, self.access_label, self.place_label, self.case_combo,
                       self.note):
            self.form.setRowVisible(widget, not short)
        for part in (self.kind_combo, self.kind_label, self.time_label, self.time_edit):
            part.setVisible(not short)
        if short:  # an error about the person no longer applies: no stale gap
            self.error.hide()
            self.duration.set_minutes(5 if self.duration.minutes() >= 30 else self.duration.minutes())

    # -- data -----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        conn = self.ctx.conn
        self.picker.set_choices(persons.person_choices(conn), self.ctx.show_names)
        self.school_combo.clear()
        offered = schools.choosable(conn, clock.today())
        for school in offered:
            self.school_combo.addItem(school.name, school.id)
        self.new_school.set_entries([(school.name, school.id) for school in offered])

    def _load_cases(self, person_id: str) -> None:
        self.case_combo.clear()
        self.case_combo.addItem(tr("— ohne Fall —"), "")
        if person_id and self.ctx.is_unlocked:
            for case in persons.open_cases(self.ctx.conn, person_id):
                title = case.title or tr("Fall")
                self.case_combo.addItem(tr("{0} (seit {1})").format(title, fmt_date(case.opened)),
                                        case.id)
            if self.case_combo.count() > 1:
                self.case_combo.setCurrentIndex(1)  # the most recent open case
            person = persons.get_person(self.ctx.conn, person_id)
            if person is not None:
                self._drop_person_error()

    def _apply_defaults(self) -> None:
        """Plain quick entry starts neutral (Einzelberatung, 30 Min., Schüler:in); the
        person she picks brings her own defaults (``_person_defaults``). Documenting an
        appointment takes everything from the appointment and its person. Zugang is
        never filled without her choosing it (it is counted)."""
        p = self.prefill
        kind = p.get("kind") or "EB"
        self.kind_combo.set_code(kind)
        participants = (p.get("participants") or TYPICAL_PARTICIPANTS.get(kind)
                        or ("pupil",))
        self.participants.set_codes(tuple(participants))
        self.access_combo.set_code("")
        self.date_field.set_date(clock.today())
        self.time_edit.setTime(QTime(clock.now().hour, clock.now().minute))
        self._load_cases("")
        if p.get("person_id"):
            self.picker.set_person(p["person_id"])
        if p.get("day"):
            self.date_field.set_date(p["day"])
        if p.get("time"):
            self.time_edit.setTime(QTime.fromString(p["time"], "HH:mm"))
        if p.get("duration_min") is not None:
            self.duration.set_minutes(int(p["duration_min"]))

    def _person_picked(self, person_id: str) -> None:
        def take_over() -> None:
            self._load_cases(person_id)
            self._person_defaults(person_id)

        self._while_saving(tr("der Person"), take_over)
        self._announce_taken_over()

    def _announce_taken_over(self) -> None:
        """One announcement of what choosing the person filled in: what came from her last
        contact or today's appointment (Art, Dauer) and the case chosen; the screen shows
        it beside the fields, a screen reader user hears it before saving."""
        text = self.taken_over_text()
        if text:
            announce(self.carried_label if not self.carried_label.isHidden()
                     else self.case_combo, text)

    def taken_over_text(self) -> str:
        """The sentence naming what choosing the person filled in; empty when nothing."""
        parts = []
        if not self.carried_label.isHidden():
            carried = self.carried_label.text()
            parts.append(tr("{0}: {1}, {2}").format(carried[:1].upper() + carried[1:],
                                                    self.kind_combo.currentText(),
                                                    self.duration.spin.text()))
        if self.case_combo.currentData():
            parts.append(tr("Fall: {0}").format(self.case_combo.currentText()))
        # each part a sentence; one ending in an abbreviation („71 Min.“) gets no second
        return " ".join(part if part.endswith(".") else part + "." for part in parts)

    def _shown_values(self) -> tuple:
        """The fields a person or an Art fills in, as the screen shows them."""
        return (self.kind_combo.currentData(), self.duration.spin.text(),
                self.time_edit.text(), self.participants.codes(),
                self.case_combo.currentData())

    def _while_saving(self, what: str, change) -> None:
        """Run ``change`` (a person or an Art fills in fields); when save() resolved
        the typed text and that changed what the screen shows, remember it: the
        contact is then not saved, so that nothing is saved that she has not seen."""
        before = self._shown_values() if self._saving else None
        change()
        if before is not None and self._shown_values() != before:
            self._brought.append(what)

    def _person_defaults(self, person_id: str) -> None:
        """Defaults from the person picked, never from another person's contact: her last
        contact's Art, Dauer and Beteiligte (marked as carried over), else what fits her
        kind (Elternteil → Elterngespräch, Lehrkraft → Beratung Lehrkraft). Nothing
        changes once she chose the Art herself, nor for an appointment or a draft."""
        if self.prefill or self._kind_chosen or not self.ctx.is_unlocked:
            return
        defaults = notes.last_contact_defaults(self.ctx.conn, person_id)
        person = persons.get_person(self.ctx.conn, person_id) if person_id else None
        kind = defaults.get("kind") or PERSON_KIND_DEFAULTS.get(
            person.kind if person is not None else "", "EB")
        self.kind_combo.set_code(kind)
        self.duration.set_minutes(defaults.get("duration_min") or 30)
        self.participants.set_codes(tuple(defaults.get("participants") or ())
                                    or TYPICAL_PARTICIPANTS.get(kind) or ("pupil",))
        self.carried_label.setText(tr("übernommen vom letzten Kontakt mit dieser Person"))
        self.carried_label.setVisible(bool(defaults))
        today = appointments.open_today(self.ctx.conn, person_id, self.date_field.value()) \
            if person_id and self.date_field.value() == clock.today() else None
        if today is not None:  # her appointment today: its time and length
            self.time_edit.setTime(QTime.fromString(today.start, "HH:mm"))
            self.duration.set_minutes(today.duration_min)
            self.carried_label.setText(tr("übernommen vom Termin heute um {0}")
                                       .format(today.start))
            self.carried_label.show()
        self.carried_label.setAccessibleName(self.carried_label.text())

    def _chose_kind(self, *_args) -> None:
        self._kind_chosen = True
        self.carried_label.hide()  # what is shown is hers now, not carried over

    def _kind_changed(self, _index: int) -> None:
        typical = TYPICAL_PARTICIPANTS.get(self.kind_combo.currentData() or "")
        if typical and not self.short_check.isChecked():
            self._while_saving(tr("der Art"), lambda: self.participants.set_codes(typical))

    def _connect_changes(self) -> None:
        follow_refusals((self.kind_combo, self.access_combo, self.referral_combo,
                         self.place_combo, self.interpreting_combo, self.topics,
                         self.duration.spin), self._show_error)
        changed = self.autosaver.changed
        self.note.changed.connect(changed)
        self.topics.changed.connect(changed)
        self.topics.edit.textEdited.connect(changed)
        self.picker.textEdited.connect(changed)
        self.picker.person_changed.connect(changed)
        self.short_check.toggled.connect(changed)

    def _draft_data(self) -> dict | None:
        """Everything typed, for the draft; None when nothing worth keeping was typed."""
        observation, assessment = self.note.values()
        topics = list(self.topics._codes)  # no side effects while autosaving
        ratings = self.goal_ratings.levels()   # a rating chosen is worth keeping too
        if not (observation or assessment or topics or self.topics.edit.text().strip()
                or ratings):
            return None
        return {
            "short": self.short_check.isChecked(),
            "person_id": self.picker.person_id(),
            "kind": self.kind_combo.code(),
            "day": self.date_field.value().isoformat(),
            "time": self.time_edit.time().toString("HH:mm"),
            "duration_min": self.duration.minutes(),
            "participants": list(self.participants.codes()),
            "topics": topics,
            "access_route": self.access_combo.code(),
            "referral": self.referral_combo.code(),
            "place": self.place_combo.code(),
            "interpreting": self.interpreting_combo.code(),
            "case_id": self.case_combo.currentData() or "",
            "observation": observation,
            "assessment": assessment,
            "gender": self.gender_combo.currentData(),
            "grade": self.grade_spin.value(),
            "count": self.count_spin.value(),
            "appointment_id": self.appointment_id or "",
            "ratings": ratings,
        }

    def has_typed_text(self) -> bool:
        return self._draft_data() is not None

    # -- drafts ---------------------------------------------------------------------------
    def _offer_draft(self, draft_id: str = "") -> None:
        drafts = notes.pending_drafts(self.ctx.conn, DRAFT_KIND)
        chosen = [d for d in drafts if d.id == draft_id] or drafts
        if not chosen:
            return
        self.offered_draft = chosen[0]
        stamp = datetime.fromisoformat(self.offered_draft.updated)
        self.draft_label.setText(tr("Entwurf vom {0} {1} wiederherstellen?").format(
            fmt_date(stamp.date()), stamp.strftime("%H:%M")))
        self.draft_bar.show()

    def restore_offered_draft(self) -> None:
        draft = self.offered_draft
        if draft is None:
            return
        data = notes.draft_data(draft)
        self.autosaver.adopt(draft.id)
        self.short_check.setChecked(bool(data.get("short")))
        if data.get("person_id"):
            self.picker.set_person(data["person_id"])
        if data.get("kind"):
            self.kind_combo.set_code(data["kind"])
        if data.get("day"):
            self.date_field.set_date(date.fromisoformat(data["day"]))
        if data.get("time"):
            self.time_edit.setTime(QTime.fromString(data["time"], "HH:mm"))
        if data.get("duration_min") is not None:
            self.duration.set_minutes(int(data["duration_min"]))
        self.participants.set_codes(data.get("participants", ()))
        self.topics.set_codes(data.get("topics", ()))
        self.access_combo.set_code(data.get("access_route", ""))
        self.referral_combo.set_code(data.get("referral", ""))
        self.place_combo.set_code(data.get("place", ""))
        self.interpreting_combo.set_code(data.get("interpreting", ""))
        index = self.case_combo.findData(data.get("case_id") or "")
        if index >= 0:
            self.case_combo.setCurrentIndex(index)
        self.gender_combo.setCurrentIndex(max(0, self.gender_combo.findData(data.get("gender", "u"))))
        self.grade_spin.setValue(int(data.get("grade") or 0))
        self.count_spin.setValue(int(data.get("count") or 1))
        if data.get("appointment_id") and not self.appointment_id:
            self.appointment_id = data["appointment_id"]
        ratings = data.get("ratings")
        self.goal_ratings.set_levels(ratings if isinstance(ratings, dict) else {})
        self.note.set_values(data.get("observation", ""), data.get("assessment", ""))
        self.offered_draft = None
        self.draft_bar.hide()
        self.note.observation.setFocus()

    def _drop_offered_draft(self) -> None:
        if self.offered_draft is not None:
            self.ctx.apply(notes.delete_draft, self.offered_draft.id)
        self.offered_draft = None
        self.draft_bar.hide()
        self.picker.setFocus()

    # -- keys -----------------------------------------------------------------------------
    def _install_key_filters(self) -> None:
        for widget in self.findChildren(QWidget):
            self._watch_keys(widget)
        # the completer lists get the keys while they are open: Ctrl+Enter saves there too
        completers = [w.completer() for w in
                      (self.picker, self.topics.edit, self.kind_combo, self.access_combo,
                       self.referral_combo, self.place_combo, self.interpreting_combo,
                       self.new_school)]
        self._popups = [popup for c in completers
                        if c is not None and (popup := c.popup()) is not None]
        for popup in self._popups:
            popup.installEventFilter(self)

    def _watch_keys(self, widget: QWidget) -> None:
        """The dialog sees the keys of ``widget``, of a combo box also its open list's."""
        widget.installEventFilter(self)
        if isinstance(widget, QComboBox):
            watch_open_list(widget, self)

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and self._quick_key(obj, event):
            return True
        if strg_enter_in_open_list(obj, event, self.save):  # a completer's or a combo's
            return True
        if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and obj is QApplication.focusWidget() and obj is not None
                and obj.window() is self):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()  # Ctrl+Enter saves from every field (a typed topic is added)
                return True
            if obj in (self.note.observation, self.note.assessment):
                return False  # newline; Ctrl+Enter is handled by the note editor
            if isinstance(obj, QAbstractButton):
                return False
            if obj is self.topics.edit and self.topics.edit.text().strip():
                return False  # Enter adds the typed topic
            self.save()
            return True
        return super().eventFilter(obj, event)

    def _build_kind_keys_hint(self, form: QFormLayout) -> None:
        """The kind keys, visible under "Art" so that she learns them."""
        self.kind_keys_hint = WrappingLabel("\u00a0· ".join(  # "Alt+2 Elterngespräch ·" unbroken
            f"{key}\u00a0{label}" for key, label in kind_key_labels()))
        self.kind_keys_hint.setAccessibleDescription(tr("Tasten für die Art des Kontakts"))
        form.addRow("", self.kind_keys_hint)
        self.short_check.toggled.connect(
            lambda short: self.form.setRowVisible(self.kind_keys_hint, not short))

    def _quick_key(self, obj, event) -> bool:
        """Alt+1 … Alt+6 choose a frequent kind and move on to Themen; in the new
        pupil's gender one letter picks the gender and moves on to Klasse."""
        alt_only = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.AltModifier
        if alt_only and event.key() in DIGIT_KEYS and not self.short_check.isChecked():
            for popup in self._popups:  # an open list would keep the focus
                popup.hide()
            close_open_list(obj)  # a combo box's list, too
            if not self.isActiveWindow():  # a list that closed itself kept the activation
                self.activateWindow()
            self.kind_combo.set_code(DIGIT_KEYS[event.key()])
            self._chose_kind()
            self.topics.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        if obj is self.new_gender and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            index = self.new_gender.findData(event.text().lower())
            if event.text() and index >= 0:
                self.new_gender.setCurrentIndex(index)
                self.new_class.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return False

    # -- saving ---------------------------------------------------------------------------
    def _show_person_error(self, text: str) -> None:
        """A refusal about the person: in the error line (a line of its own beside Person
        moved the form's buttons, or widened the window), the keyboard back in Person."""
        self._person_refusal = text
        self.error.say(text)  # said again when she repeats what was refused
        self.error.show()
        self.picker.setFocus()

    def _drop_person_error(self) -> None:
        """The refusal about the person goes once she chose one (or a new pseudonym)."""
        if self.error.text() and self.error.text() == self._person_refusal:
            self._show_error("")

    def _show_error(self, text: str, field: QWidget | None = None) -> None:
        say_refusal(self.error, text, field)

    def save(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.error.hide()
        if not self._resolved_as_shown():
            return
        try:
            if self.short_check.isChecked():
                self._save_short()
            else:
                if not self._save_contact():
                    return
        except plausibility.NeedsConfirmation as question:
            if self._confirmed_once(question.questions):
                self.save()
            return
        except UserError as err:
            self._show_error(str(err))
            return
        except Exception as err:  # noqa: BLE001 - shown as a German sentence, nothing lost
            self._show_error(user_message(err))
            return
        self.autosaver.discard(saved=True)
        summary = self.saved_summary()
        self.accept()
        self.saved.emit(summary)

    def _resolved_as_shown(self) -> bool:
        """Resolve what was typed (selectors, date, time, Dauer, the person) as leaving
        the fields does. What is saved is what is on screen, or nothing: False when a
        field refused its text, or when resolving brought other values onto the screen
        (a person's last contact, an Art's Beteiligte) - she sees them, Enter saves."""
        self._saving, self._brought = True, []
        try:
            refused = commit_selectors(self)
            if refused is None and not self.short_check.isChecked():
                self.picker.resolve()
        finally:
            self._saving = False
        if refused is not None:
            self._show_error(refusal(refused), refused)
            return False
        if self._brought:
            # the person's values, or the Beteiligte of an Art (the outermost cause last)
            self._show_error(tr("Mit {0} wurden Angaben übernommen – bitte prüfen; "
                                "Enter speichert.").format(self._brought[-1]))
            return False
        return True

    def _confirmed_once(self, questions: list[str]) -> bool:
        """Ask her; "Ja" saves exactly what is on screen (nothing is changed)."""
        from ..common.messages import ask_yes_no

        if ask_yes_no(self, "\n\n".join(questions), title=tr("Bitte prüfen"),
                      yes=tr("Ja, so speichern"), no=tr("Korrigieren")):
            self._confirmed = True
            return True
        self.duration.spin.setFocus()
        return False

    def saved_summary(self) -> str:
        """What was saved, in her words, without names (status bar)."""
        day = fmt_date(self.date_field.value())
        minutes = self.duration.minutes()
        if self.saved_short_contact_id:
            return tr("Kurzkontakt gespeichert: {0}, {1} Min.").format(day, minutes)
        pseudonym = persons.get_person(self.ctx.conn, self.picker.person_id())
        summary = tr("Kontakt gespeichert: {0} mit {1} am {2}, {3} Min.").format(
            self.kind_combo.currentText(), pseudonym.pseudonym if pseudonym else "–", day,
            minutes)
        return f"{summary} · {self._created}" if self._created else summary

    def _create_new_person(self) -> str:
        """Create the pupil offered in the "Neu anlegen" row; its id (raises PersonError)."""
        school_id = self.new_school.value()
        if not school_id:
            raise persons.PersonError(tr("Bitte die Schule der neuen Person wählen."))
        label = self.new_class.text().strip()
        person = self.ctx.apply(persons.save_person, Person(
            pseudonym=self.picker.new_pseudonym(), kind="pupil",
            gender=self.new_gender.currentData() or "u", class_label=label,
            grade=grade_from_class(label),
            school_id=school_id))
        self.picker.set_choices(persons.person_choices(self.ctx.conn), self.ctx.show_names)
        with QSignalBlocker(self.picker):  # a new pupil brings no values: the shown stay
            self.picker.set_person(person.id)
        self.form.setRowVisible(self.new_row_widget, False)
        self._created = tr("neu angelegt: {0} an der Schule „{1}“").format(
            PERSON_KINDS.label(person.kind),
            self.new_school.currentText())
        return person.id

    def _save_contact(self) -> bool:
        # asked or refused before anything is written (also before a new pupil is created)
        activities.check_contact(Contact(day=self.date_field.value(), kind="",
                                         duration_min=self.duration.minutes()),
                                 confirmed=self._confirmed)
        person_id = self.picker.resolve()
        if not person_id and self.new_row_widget.isVisibleTo(self):
            person_id = self._create_new_person()
        if not person_id:
            text = self.picker.text().strip()
            message = (tr("Keine eindeutige Person zu „{0}“. Bitte aus der Liste wählen.")
                       .format(text) if text else
                       tr("Bitte eine Person wählen oder „Kurzkontakt ohne Fall“ ankreuzen."))
            self._show_person_error(message)
            return False
        kind = self.kind_combo.code()
        if kind not in CONTACT_KINDS:
            self._show_error(tr("Bitte eine Art des Kontakts wählen."), self.kind_combo)
            return False
        participants = self.participants.codes()
        if not participants:  # what is counted is what she sees: nothing ticked in secret
            self._show_error(tr("Bitte ankreuzen, wer am Kontakt beteiligt war."),
                             self.participants)
            return False
        observation, assessment = self.note.values()
        contact = Contact(
            day=self.date_field.value(), kind=kind, duration_min=self.duration.minutes(),
            person_id=person_id, case_id=self.case_combo.currentData() or None,
            time=self.time_edit.time().toString("HH:mm"),
            participants=participants,
            topics=self.topics.codes(), access_route=self.access_combo.code(),
            referral=self.referral_combo.code(), place=self.place_combo.code(),
            interpreting=self.interpreting_combo.code(),
            observation=observation,
            assessment=assessment)
        levels = self.goal_ratings.levels()
        if levels:   # the contact and its ratings in one transaction
            self.ctx.apply(goals.record_rated_contact, contact, levels, self.appointment_id)
        elif self.appointment_id:
            from ...services.appointments import document_appointment

            self.ctx.apply(document_appointment, self.appointment_id, contact)
        else:
            self.ctx.apply(activities.record_contact, contact)
        self.saved_contact_id = contact.id
        return True

    def _save_short(self) -> None:
        grade = self.grade_spin.value() or None
        sc = ShortContact(day=self.date_field.value(),
                          school_id=self.school_combo.currentData() or None,
                          gender=self.gender_combo.currentData() or "u", grade=grade,
                          topics=self.topics.codes(), count=self.count_spin.value(),
                          duration_min=self.duration.minutes())
        activities.check_short_contact(sc, confirmed=self._confirmed)
        self.ctx.apply(activities.record_short_contact, sc)
        self.saved_short_contact_id = sc.id

    # -- closing --------------------------------------------------------------------------
    def ask_discard(self) -> str:
        """"keep" (close, draft stays), "discard" (close, draft deleted) or "stay"."""
        return ask_choice(
            self, tr("Verwerfen?"), tr("Die Eingabe ist noch nicht gespeichert. Verwerfen?"), (
                ("keep", tr("Schließen, Entwurf behalten"), Role.AcceptRole),
                ("discard", tr("Verwerfen"), Role.DestructiveRole),
                ("stay", tr("Weiter bearbeiten"), Role.RejectRole)),
            default="stay", escape="stay",
            informative=tr("„Schließen“ behält den Entwurf im Tresor; er wird beim nächsten "
                           "Öffnen angeboten."),
            while_open=lambda box: setattr(self, "_discard_box", box))

    def reject(self) -> None:
        if self.ctx.is_unlocked and self.has_typed_text():
            self.autosaver.flush()
            answer = self.ask_discard()
            if answer == "stay":
                return
            if answer == "discard":
                self.autosaver.discard()
            else:
                self.autosaver.enabled = False
        else:
            self.autosaver.discard()
        super().reject()

    def _on_locked(self) -> None:
        """Lock: keep what was typed as a draft, then drop every text and close."""
        self.autosaver.flush()
        self.autosaver.enabled = False
        self.note.clear()
        self.picker.clear()
        self.topics.set_codes(())
        self.draft_label.clear()
        self.offered_draft = None
        QDialog.reject(self)

    def done(self, result: int) -> None:
        try:
            self.ctx.locked.disconnect(self._on_locked)
        except (RuntimeError, TypeError):
            pass
        close_quietly(self, super().done, result)  # one event, not one per field


def _align_columns(top: QFormLayout, form: QFormLayout) -> None:
    """``top``'s labels and fields in line with the scrolled ``form`` below it: the same
    label column and the same margins beside it."""
    label_role = QFormLayout.ItemRole.LabelRole
    labels = [label for row in range(form.rowCount())
              if isinstance(label := form_cell(form, row, label_role)[0], QLabel)]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for row in range(top.rowCount()):
        widget = form_cell(top, row, label_role)[0]
        if widget is not None:
            widget.setMinimumWidth(width)
    margins = form.contentsMargins()
    top.setContentsMargins(margins.left(), 0, margins.right(), 0)
