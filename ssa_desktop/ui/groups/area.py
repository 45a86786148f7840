"""Gruppen & Projekte: group activities per school year, their sessions and totals.

Every session goes through services.groups.add_session -> activities.record_group_session
(session + anonymous statistics record + time entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.catalogues import GROUP_KINDS, GROUP_PURPOSES
from ...domain.entities import GroupActivity
from ...domain.errors import UserError
from ...domain.schoolyear import SchoolYear
from ...formatting import fmt_date, fmt_hours, fmt_minutes
from ...services import agreements, holds, notes, schools, setup
from ...services import groups as svc
from ...services.operations import DataKind
from .. import colours
from ..common.applying import apply_or_show, remove_keeping_place
from ..common.area import Area
from ..common.button_row import button_row
from ..common.column_fit import fit_columns, viewport_of
from ..common.combos import make_combo
from ..common.elided import OneLineMessage
from ..common.forms import (
    CatalogueCombo,
    CodeListEdit,
    DateField,
    DurationField,
    buddy_label,
    make_button,
    refused_selector,
)
from ..common.goal_choice import fill_goal_combo
from ..common.labelled_row import add_labelled
from ..common.labels import bind_labels_to_inputs, name_by_label
from ..common.layout_items import form_cell
from ..common.layouts import HighForItsWidth, TurningGrid
from ..common.message_line import BelowList, error_line, say_in_sight
from ..common.messages import ask_yes_no, show_error, show_exception
from ..common.models import (
    FOREGROUND,
    TOOLTIP,
    USER,
    RowsTableModel,
    TextRowsModel,
    cell_description,
)
from ..common.spins import make_spin_box
from ..common.splitters import TurningSplitter
from ..common.tables import make_table_view
from ..common.text_boxes import make_line_edit, make_text_box
from ..common.unsaved import fleeting
from ..common.unsaved import may_leave as ask_before_leaving
from ..i18n import translator
from ..notes.form_draft import FormDraft, find_draft

tr = translator("Groups")
_ROOT = QModelIndex()


def hours(minutes: int) -> str:
    return tr("{0} Std.").format(fmt_hours(minutes, unit=False))


class SessionDuration(DurationField):
    PRESETS = (45, 90)


class GroupListModel(TextRowsModel):
    HEADERS = ("Titel", "Art", "Klasse(n)", "Schuljahr", "Teiln.", "Sitz.", "Std.",
               "berichtet")
    # the short headers in full (tool tip; read by screen readers): the list stays
    # narrow enough for titles to be read whole beside the group pane
    HEADER_TIPS = {4: "Teilnehmende", 5: "Sitzungen", 6: "Stunden"}
    RIGHT = frozenset((4, 5, 6))

    tr_header = staticmethod(tr)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) \
                and orientation == Qt.Orientation.Horizontal and section in self.HEADER_TIPS:
            return tr(self.HEADER_TIPS[section])
        return super().headerData(section, orientation, role)


    @staticmethod
    def cells(r) -> tuple[str, ...]:
        return (r.title, GROUP_KINDS.label(r.kind), r.classes, SchoolYear(r.school_year).label,
                str(r.participants), str(r.sessions), fmt_hours(r.minutes, unit=False),
                "ja" if r.reported else ("Namensliste!" if r.has_name_list else ""))

    def more_data(self, row: int, column: int, role):
        r = self.rows[row]
        if role == USER:
            return r.id
        if role == TOOLTIP and column == 0:
            return r.title
        if role == FOREGROUND and column == 7 and r.has_name_list and not r.reported:
            return QBrush(QColor(colours.current().warning))
        return None

    def row_of(self, group_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == group_id), -1)


class SessionModel(RowsTableModel):
    HEADERS = ("Datum", "Dauer", "Notiz")
    tr_header = staticmethod(tr)


    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (fmt_date(s.day), fmt_minutes(s.duration_min), s.note)[index.column()]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return cell_description(index)
        return None


class _Pane(HighForItsWidth):
    """The right pane: it takes the visible height (the window's scroll area scrolls only
    below its minimum) instead of the preferred height of its word-wrapped labels, which
    pushed "Sitzung entfernen" out of sight on a 1280×720 screen; at least the height its
    rows need at its width (the purposes' chips wrap to two lines): less, and the form
    drew the name list's hint over its box."""

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        return -1


@dataclass(frozen=True)
class GroupsPlace:
    """Her place (``Area.place``): the list's filters and the group open in the form."""

    school: str
    year: int | None
    kind: str
    group: str


class GroupsArea(Area):
    watches = (DataKind.GROUPS, DataKind.AGREEMENTS, DataKind.SCHOOLS)
    # the group form asks before she leaves (may_leave) and keeps a draft at lock; a
    # session note typed but not added keeps the area (may_take_apart)
    rebuilt_when_left = True
    _place: GroupsPlace | None = None   # restored at the first load

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setAccessibleName(tr("Gruppen & Projekte"))
        self.group: GroupActivity | None = None
        self.today = clock.today()

        left = self._build_list()
        self._build_form()
        self._names_toggled(False)  # no name list unless she asks for one
        self._build_sessions()
        right = _Pane()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # compact rows: form and sessions fit a 1280×720 screen without scrolling
        right_layout.setSpacing(4)
        cast(QLayout, self.sessions_box.layout()).setSpacing(4)
        # 2 px between the form's rows: with a name list the sessions keep their two rows
        # in sight at 1280×720 (at 3 px the area scrolled by 5 px)
        self.form_rows.setVerticalSpacing(2)
        for row in range(self.form_rows.rowCount()):  # rows of several fields keep theirs
            _field, inner = form_cell(self.form_rows, row, QFormLayout.ItemRole.FieldRole)
            if inner is not None:
                inner.setSpacing(6)
        right_layout.addWidget(self.form_box)
        right_layout.addWidget(self.sessions_box, 1)
        # no scroll area of its own: where the window is too small (200 %) the window's
        # scroll takes the whole area (one scroll bar, tests/ui/a11y/test_no_nested_scroll.py)
        # side by side where both fit, the form below the list where not (200 %): the
        # area never scrolls sideways as a whole
        splitter = TurningSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # beside the list its rows side by side (its least width as they ask); below it,
        # where the width ends (640×360 at 200 %: the area scrolled sideways), a label
        # stands above its field and the session's fields one below the other
        self.session_entry.narrow = False
        for pane in (self.sessions_box, right):  # not shown yet: asked anew
            cast(QLayout, pane.layout()).invalidate()
            pane.updateGeometry()
        splitter.keep_beside(right, right.minimumSizeHint().width())
        self.session_entry.narrow = True
        self.form_rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        splitter.setSizes([600, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        bind_labels_to_inputs(self)

        self._connect()
        self._set_form_enabled(False)
        # unsaved input survives Strg+L, the auto-lock and Strg+Q as a draft
        self.form_draft = FormDraft(
            ctx, "group", self.form_box,
            [("title", self.title_edit), ("kind", self.kind_combo),
             ("purposes", self.purposes_edit), ("school", self.school_combo),
             ("classes", self.classes_edit), ("year", self.year_combo),
             ("m", self.m_spin), ("w", self.w_spin), ("d", self.d_spin),
             ("co_leaders", self.co_leaders_edit), ("goal", self.goal_combo),
             ("names_on", self.names_check), ("names", self.names_edit),
             ("reported", self.reported_check), ("note", self.note_edit)],
            save=self.save_group, title=tr("Gruppe / Projekt"))
        fleeting(self.form_error, self.form_box)  # "Gespeichert." goes with the next edit

    # -- parts ---------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        """Filters, the list of groups and projects, its buttons and totals."""
        self.school_filter = make_combo(tr("Filter Schule"))
        self.year_filter = make_combo(tr("Filter Schuljahr"))
        self.kind_filter = CatalogueCombo(GROUP_KINDS, empty=tr("alle Arten"),
                                          accessible_name=tr("Filter Art"))
        # two rows, so that the list stays narrow enough for the group pane beside it on a
        # 1280×720 screen
        filters = QGridLayout()
        for (label, w), (row, col, span) in zip(
                ((tr("Schu&le"), self.school_filter), (tr("Schul&jahr"), self.year_filter),
                 (tr("&Art"), self.kind_filter)), ((0, 0, 3), (1, 0, 1), (1, 2, 1)),
                strict=True):
            lab = QLabel(label)
            lab.setBuddy(w)
            filters.addWidget(lab, row, col)
            filters.addWidget(w, row, col + 1, 1, span)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        self.list_model = GroupListModel(self)
        self.list_view = make_table_view(self.list_model, tr("Gruppen und Projekte"), stretch=0,
                                         fit=range(1, 8), elide=True)
        fit_columns(self.list_view, stretch=0, keep=(0,))  # titles whole, not "S…"
        self.new_button = make_button(tr("&Neue Gruppe / neues Projekt"),
                                      tr("Neue Gruppe oder neues Projekt anlegen"), self.new_group)
        self.delete_button = make_button(tr("Löschen"), tr("Gruppe löschen"), self.delete_group)
        self.letter_button = make_button(tr("Bestätigung …"),
                                         tr("Bestätigung der Teilnahme für eine Person erstellen"),
                                         self.participation_letter)
        self.serial_button = make_button(tr("Ser&ienbrief …"),
                                         tr("Mitglieder wählen und einen Serienbrief erstellen"),
                                         self.serial_letter)
        self.list_totals = QLabel()
        self.list_totals.setAccessibleDescription(tr("Summen der Liste"))
        list_buttons = button_row(self.new_button, self.delete_button)
        letter_buttons = button_row(self.letter_button, self.serial_button)  # a second row:
        # four side by side widened the list and squeezed the form (scrolled at 1280×720)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.list_totals)
        left_layout.addLayout(list_buttons)
        left_layout.addLayout(letter_buttons)
        return left

    def _build_form(self) -> None:
        """The detail form of one group or project (``self.form_box``)."""
        counts = self._build_form_fields()
        form = QFormLayout()
        form.addRow(tr("&Titel"), self.title_edit)
        form.addRow(tr("A&rt"), self.kind_combo)
        form.addRow(tr("Z&weck"), self.purposes_edit)
        form.addRow(tr("Sch&ule"), self.school_combo)
        form.addRow(tr("&Klasse(n)"), self.classes_edit)
        form.addRow(tr("Schuljahr"), self.year_combo)
        form.addRow(tr("Teilnehmende"), counts)
        form.addRow(tr("&Mitleitung"), self.co_leaders_edit)
        form.addRow(tr("&Ziel der Kooperation"), self.goal_combo)
        form.addRow("", self.names_check)
        form.addRow(tr("Namensliste"), self.names_row)
        form.addRow("", self.reported_check)
        form.addRow(tr("N&otiz"), self.note_edit)
        for row in range(form.rowCount()):
            label, _ = form_cell(form, row, QFormLayout.ItemRole.LabelRole)
            buddy, _ = form_cell(form, row, QFormLayout.ItemRole.FieldRole)
            if label and buddy:
                cast(QLabel, label).setBuddy(buddy)  # each row's label is a QLabel
        cast(QLabel, form.labelForField(self.names_row)).setBuddy(self.names_edit)
        self.form_rows = form
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.form_error, 1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        box_layout = QVBoxLayout(self.form_box)
        margins = box_layout.contentsMargins()  # narrow above and below, as the sessions'
        box_layout.setContentsMargins(margins.left(), 4, margins.right(), 4)
        box_layout.addLayout(form)
        box_layout.addLayout(form_buttons)

    def _build_form_fields(self) -> QHBoxLayout:
        """The form's fields; returns the row of participant counts."""
        self.form_box = QGroupBox(tr("Gruppe / Projekt"))
        self.title_edit = make_line_edit(tr("Titel"), tr("z. B. Soziales Lernen 5a"))
        self.kind_combo = CatalogueCombo(GROUP_KINDS, accessible_name=tr("Art"))
        self.purposes_edit = CodeListEdit(GROUP_PURPOSES,
                                          accessible_name=tr("Zweck des Angebots"))
        self.purposes_edit.set_hint(tr("+ Zwecke eingeben …"))  # whole; the plural: several
        self.school_combo = make_combo(tr("Schule"))
        self.classes_edit = make_line_edit(tr("Klasse(n)"), tr("z. B. 5a, 5b"))
        self.year_combo = make_combo(tr("Schuljahr"))
        self.m_spin = make_spin_box(tr("Teilnehmende männlich"), 0, 999)
        self.w_spin = make_spin_box(tr("Teilnehmende weiblich"), 0, 999)
        self.d_spin = make_spin_box(tr("Teilnehmende divers"), 0, 999)
        self.total_label = QLabel()
        self.total_label.setAccessibleDescription(tr("Teilnehmende gesamt"))
        counts = QHBoxLayout()
        add_labelled(counts, (("m", self.m_spin), ("w", self.w_spin), ("d", self.d_spin)))
        counts.addWidget(self.total_label)
        counts.addStretch(1)
        self.co_leaders_edit = make_line_edit(tr("Mitleitung"))
        self.co_leaders_edit.setPlaceholderText(tr("Lehrkraft, externer Partner – z. B. Fr. Maier, "
                                                   "Polizei Prävention"))
        self.goal_combo = make_combo(tr("Ziel der Kooperationsvereinbarung"))
        self.goal_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_combo.setMinimumContentsLength(16)
        self.names_check = QCheckBox(tr("Namensliste führen (nur wenn nötig)"))
        name_by_label(self.names_check, self.names_check.text(), tr("Namensliste führen"))
        self.names_edit = make_text_box(tr("Namensliste"))
        # two lines (more names scroll inside the box) and the hint beside it, not below:
        # with a row for each, the form pushed the sessions below a 1280×720 screen's edge
        # and the whole area scrolled
        self.names_edit.setFixedHeight(self.names_edit.fontMetrics().lineSpacing() * 2 + 12)
        # a short hint in two lines beside the box; the whole rule as tool tip and for
        # screen readers
        self.names_hint = QLabel(tr("⚠ wird gelöscht, sobald „berichtet“ gesetzt ist"))
        self.names_hint.setToolTip(tr(svc.NAME_LIST_HINT))
        self.names_hint.setAccessibleDescription(tr(svc.NAME_LIST_HINT))
        self.names_hint.setStyleSheet(f"color: {colours.current().warning};")
        self.names_hint.setWordWrap(True)
        self.names_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        metrics = self.names_hint.fontMetrics()
        self.names_hint.setFixedWidth(metrics.horizontalAdvance(self.names_hint.text()) // 2
                                      + metrics.averageCharWidth() * 6)
        self.names_row = QWidget()
        names_layout = QHBoxLayout(self.names_row)
        names_layout.setContentsMargins(0, 0, 0, 0)
        names_layout.addWidget(self.names_edit, 1)
        names_layout.addWidget(self.names_hint)
        self.reported_check = QCheckBox(tr("berichtet (in Statistik / Jahresbericht übernommen)"))
        name_by_label(self.reported_check, self.reported_check.text(), tr("berichtet"))
        self.note_edit = make_line_edit(tr("Notiz"))
        # one line beside the buttons: a wrapped refusal grew the row and moved the form
        # under her next click (the whole text stays its tool tip and for screen readers)
        self.form_error = OneLineMessage()
        self.form_error.setStyleSheet(f"color: {colours.current().error};")
        self.save_button = make_button(tr("&Speichern"), tr("Gruppe speichern"), self.save_group)
        self.save_button.setDefault(True)
        self.revert_button = make_button(tr("Verwerfen"), tr("Änderungen verwerfen"), self.revert)
        return counts

    def _build_sessions(self) -> None:
        """The sessions of the group: entry row, list, totals (``self.sessions_box``)."""
        self.sessions_box = QGroupBox(tr("Sitzungen"))
        self.session_model = SessionModel(self)
        self.session_view = make_table_view(self.session_model, tr("Sitzungen der Gruppe"),
                                            stretch=2, alternating=False)
        # header and two sessions at least (one row looked like no list): with the form
        # above, the pane fits a 1280×720 screen without scrolling, also with a desktop's
        # larger font; with a name list open the window scrolls (the list grows when there
        # is room and scrolls)
        self.session_view.setMinimumHeight(self.session_view.horizontalHeader().sizeHint()
                                           .height() + 2 * self.session_view.verticalHeader()
                                           .defaultSectionSize()
                                           + 2 * self.session_view.frameWidth())
        self.session_day = DateField(accessible_name=tr("Datum der Sitzung"))
        self.session_duration = SessionDuration(90)
        self.session_note = make_line_edit(tr("Notiz zur Sitzung"),
                                           tr("Notiz (z. B. Thema der Einheit)"))
        self.session_note.setMinimumWidth(120)
        self.add_session_button = make_button(tr("Sitzung hinzu&fügen"), tr("Sitzung hinzufügen"),
                                              self.add_session)
        self.remove_session_button = make_button(tr("Sitzung entfernen"),
                                                 tr("Gewählte Sitzung entfernen"),
                                                 self.remove_session)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleDescription(tr("Summe der Sitzungen"))
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        # two rows: one row of four controls made the pane too wide for the group list
        # beside it to show its titles on a 1280×720 screen; one field a row where the
        # width ends (640×360 at 200 %: the area scrolled sideways)
        self.session_entry = TurningGrid([
            [(buddy_label(tr("Datum"), self.session_day), self.session_day, 1),
             (buddy_label(tr("Dauer"), self.session_duration), self.session_duration, 1)],
            [(buddy_label(tr("Notiz"), self.session_note), self.session_note, 3),
             (None, self.add_session_button, 1)]], stretch=(3,))
        self.session_entry.grid.setVerticalSpacing(4)
        # a refusal wraps, whole (beside the totals it was cut): directly below the list,
        # which gives up the lines it needs, so no button moves (BelowList)
        self.session_error = error_line(tr("Fehlermeldung"))
        sessions_bottom = QHBoxLayout()
        sessions_bottom.addWidget(self.totals_label)
        sessions_bottom.addStretch(1)
        sessions_bottom.addWidget(self.remove_session_button)
        s_layout = QVBoxLayout(self.sessions_box)
        # narrow margins above and below: two sessions in sight at 1280×720 with a
        # desktop's larger font
        margins = s_layout.contentsMargins()
        s_layout.setContentsMargins(margins.left(), 4, margins.right(), 4)
        s_layout.addWidget(self.session_entry)
        s_layout.addWidget(BelowList(self.session_view, self.session_error), 1)
        s_layout.addLayout(sessions_bottom)

    def _connect(self) -> None:
        for combo in (self.school_filter, self.year_filter, self.kind_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.list_view.selectionModel().currentRowChanged.connect(self._row_changed)
        for spin in (self.m_spin, self.w_spin, self.d_spin):
            spin.valueChanged.connect(self._update_total)
        self.names_check.toggled.connect(self._names_toggled)
        self.school_combo.currentIndexChanged.connect(lambda _i: self._fill_goals())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._fill_goals())
        self.session_note.returnPressed.connect(self.add_session)
        for widget, keys, slot in (
                (self.form_box, Qt.Key.Key_Return, self.save_group),
                (self.form_box, Qt.Key.Key_Enter, self.save_group),
                (self.form_box, Qt.Key.Key_Escape, self._escape),
                (self.session_entry, Qt.Key.Key_Return, self.add_session),
                (self.session_entry, Qt.Key.Key_Enter, self.add_session),
                (self.session_view, Qt.Key.Key_Delete, self.remove_session)):
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- Area ----------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.conn
        self.today = clock.today()
        every = setup.list_schools(conn)
        years = svc.school_years(conn, self.today)
        current_school = self.school_filter.currentData()
        current_year = self.year_filter.currentData()
        # what the detail form shows survives the refill (a refresh after adding a session
        # once put the next school year and the first school into the open group)
        shown_school = self.school_combo.currentData()
        shown_year = self.year_combo.currentData()
        offered = {s.id for s in schools.choosable(conn, self.today, keep=shown_school)}
        for combo in (self.school_filter, self.year_filter):
            combo.blockSignals(True)
        self.school_filter.clear()
        self.school_filter.addItem(tr("alle Schulen"), "")
        self.school_combo.blockSignals(True)
        self.school_combo.clear()
        for school in every:  # the filter shows past years too; new groups only where she works
            self.school_filter.addItem(school.name, school.id)
            if school.id in offered:
                self.school_combo.addItem(school.name, school.id)
        self.school_combo.blockSignals(False)
        self.year_filter.clear()
        self.year_filter.addItem(tr("alle Schuljahre"), None)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_filter.addItem(SchoolYear(year).label, year)
        for year in sorted(set(years) | {years[0] + 1} | ({shown_year} - {None}), reverse=True):
            self.year_combo.addItem(SchoolYear(year).label, year)
        self.school_combo.setCurrentIndex(max(self.school_combo.findData(shown_school), 0))
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(
            shown_year if shown_year is not None else SchoolYear.of(self.today).start_year), 0))
        self.year_combo.blockSignals(False)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(current_school or ""), 0))
        default_year = current_year if current_year is not None else (
            SchoolYear.of(self.today).start_year if self.year_filter.count() > 1 else None)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(default_year), 0))
        for combo in (self.school_filter, self.year_filter):
            combo.blockSignals(False)
        self.reload_list()
        if self.group is not None:
            stored = svc.get_group(conn, self.group.id)
            if stored is not None:
                self._show_sessions()
        place, self._place = self._place, None
        if place is not None:
            self._show_place(place)

    def place(self) -> GroupsPlace:
        return GroupsPlace(self.school_filter.currentData() or "", self.year_filter.currentData(),
                           self.kind_filter.code(), self.group.id if self.group else "")

    def restore(self, place: object) -> None:
        if isinstance(place, GroupsPlace):
            self._place = place

    def may_take_apart(self) -> bool:
        return not self.session_note.text().strip() and super().may_take_apart()

    def _show_place(self, place: GroupsPlace) -> None:
        for combo, value in ((self.school_filter, place.school), (self.year_filter, place.year)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.kind_filter.blockSignals(True)
        self.kind_filter.set_code(place.kind)
        self.kind_filter.blockSignals(False)
        group = svc.get_group(self.ctx.conn, place.group) if place.group else None
        if group is not None:
            self.show_group(group)
        self.reload_list()

    def reload_list(self) -> None:
        if not self.ctx.is_unlocked:
            return
        selected = self.group.id if self.group else None
        rows = svc.list_groups(self.ctx.conn, school_id=self.school_filter.currentData() or None,
                               school_year=self.year_filter.currentData(),
                               kind=self.kind_filter.code() or None)
        self.list_view.selectionModel().blockSignals(True)
        self.list_model.set_rows(rows)
        row = self.list_model.row_of(selected) if selected else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
        self.list_view.selectionModel().blockSignals(False)
        self.list_view.setColumnHidden(3, self.year_filter.currentData() is not None)
        self.list_totals.setText(" · ".join((
            tr("%n Angebot(e)", n=len(rows)),
            tr("%n Sitzung(en)", n=sum(r.sessions for r in rows)),
            hours(sum(r.minutes for r in rows)))))

    def clear(self) -> None:
        self.group = None
        self.list_model.set_rows([])
        self.session_model.set_rows([])
        for combo in (self.school_filter, self.year_filter, self.school_combo, self.year_combo,
                      self.goal_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        for edit in (self.title_edit, self.classes_edit, self.co_leaders_edit, self.note_edit,
                     self.session_note):
            edit.clear()
        self.names_edit.clear()
        for label in (self.total_label, self.totals_label, self.list_totals, self.form_error,
                      self.session_error):
            label.clear()
        for spin in (self.m_spin, self.w_spin, self.d_spin):
            spin.setValue(0)
        self._set_form_enabled(False)

    def open_record(self, record_id: str) -> None:
        if not self.may_leave():
            return
        draft = find_draft(self.ctx, record_id, "group")
        if draft is not None:  # the form kept at lock or quit (Übersicht)
            kept = notes.draft_data(draft).get("record_id") or ""
            group = svc.get_group(self.ctx.conn, kept) if kept else None
            if group is not None:
                self.open_record(group.id)
            else:
                self.new_group()
            self.form_draft.restore(draft)
            self._update_total()
            self.title_edit.setFocus()
            return
        group = svc.get_group(self.ctx.conn, record_id)
        if group is None:
            return
        self.year_filter.setCurrentIndex(0)
        self.school_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.show_group(group)
        self.reload_list()

    # -- form ----------------------------------------------------------------------------
    def _set_form_enabled(self, enabled: bool) -> None:
        self.form_box.setEnabled(enabled)
        self.sessions_box.setEnabled(enabled and self.group is not None
                                     and self.ctx.is_unlocked
                                     and svc.get_group(self.ctx.conn, self.group.id) is not None)
        self.delete_button.setEnabled(enabled and self.group is not None)
        self.letter_button.setEnabled(enabled and self.group is not None)
        self.serial_button.setEnabled(enabled and self.group is not None)

    def may_leave(self) -> bool:
        """Before she leaves the area or the group shown: unsaved edits are asked about
        (Speichern, Verwerfen, Weiter bearbeiten)."""
        if not self.ctx.is_unlocked:
            return True
        title = self.title_edit.text().strip() or tr("Neue Gruppe / neues Projekt")
        return ask_before_leaving(
            self, self.form_draft.unsaved(),
            tr("Die Änderungen an „{0}“ sind noch nicht gespeichert.").format(title),
            save=self.save_group, discard=self.revert)

    def _select(self, group_id: str | None) -> None:
        """Mark ``group_id``'s row in the list (nothing else happens)."""
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        row = self.list_model.row_of(group_id) if group_id else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.list_model.index(row, 0))
        else:
            self.list_view.clearSelection()
            selection.clearCurrentIndex()
        selection.blockSignals(False)
        viewport_of(self.list_view).update()

    def _row_changed(self, current, _previous) -> None:
        group_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        if self.group is not None and group_id == self.group.id:
            return
        if not self.may_leave():
            self._select(self.group.id if self.group else None)
            return
        group = svc.get_group(self.ctx.conn, group_id) if group_id else None
        if group is not None:
            self.show_group(group)
            self._select(group.id)

    def new_group(self) -> None:
        if not self.may_leave():
            return
        year = self.year_filter.currentData() or SchoolYear.of(self.today).start_year
        school = self.school_filter.currentData()
        if self.school_combo.findData(school) < 0:  # no new group at a school she handed on
            school = self.school_combo.itemData(0)
        self.group = None
        self.show_group(GroupActivity(title="", school_year=year, school_id=school,
                                      kind=self.kind_filter.code() or "group"), new=True)
        self.list_view.clearSelection()
        self.title_edit.setFocus()

    def show_group(self, group: GroupActivity, new: bool = False) -> None:
        self.group = None if new else group
        self._draft_year = group.school_year
        self.title_edit.setText(group.title)
        self.kind_combo.set_code(group.kind)
        self.purposes_edit.set_codes(group.purposes)
        if self.school_combo.findData(group.school_id) < 0:  # a past group of a school she handed on
            named = {s.id: s.name for s in setup.list_schools(self.ctx.conn)}
            if group.school_id in named:
                self.school_combo.addItem(named[group.school_id], group.school_id)
        self.school_combo.setCurrentIndex(max(self.school_combo.findData(group.school_id), 0))
        self.classes_edit.setText(group.classes)
        index = self.year_combo.findData(group.school_year)
        if index < 0:
            self.year_combo.addItem(SchoolYear(group.school_year).label, group.school_year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)
        self.m_spin.setValue(group.participants_m)
        self.w_spin.setValue(group.participants_w)
        self.d_spin.setValue(group.participants_d)
        self.co_leaders_edit.setText(group.co_leaders)
        self._fill_goals(group.goal_id)
        self.names_edit.setPlainText(group.name_list)
        self.names_check.setChecked(bool(group.name_list))
        self._names_toggled(bool(group.name_list))
        self.reported_check.setChecked(group.reported)
        self.note_edit.setText(group.note)
        self.form_error.clear()
        self.form_box.setTitle(tr("Neue Gruppe / neues Projekt") if new else
                               tr("Gruppe / Projekt: {0}").format(group.title))
        self._update_total()
        self._set_form_enabled(True)
        self._show_sessions()
        if hasattr(self, "form_draft"):
            self.form_draft.start(record_id="" if new else group.id)

    def _fill_goals(self, goal_id: str | None = None) -> None:
        if not self.ctx.is_unlocked:
            return
        if goal_id is None:
            goal_id = self.goal_combo.currentData()
        year = self.year_combo.currentData()
        goals = agreements.goals_for_school_year(self.ctx.conn, self.school_combo.currentData(),
                                                 year) if year is not None else []
        fill_goal_combo(self.goal_combo, goals, tr("— kein Ziel verknüpft —"))
        if goal_id and self.goal_combo.findData(goal_id) < 0:
            label = agreements.goal_label(self.ctx.conn, goal_id)
            if label:
                self.goal_combo.addItem(label + tr(" (andere Vereinbarung)"), goal_id)
        self.goal_combo.setCurrentIndex(max(self.goal_combo.findData(goal_id), 0))

    def _names_toggled(self, on: bool) -> None:
        # whole rows, so that a hidden list leaves no gap and the sessions stay in sight
        self.form_rows.setRowVisible(self.names_row, on)

    def _update_total(self) -> None:
        total = self.m_spin.value() + self.w_spin.value() + self.d_spin.value()
        self.total_label.setText(tr("gesamt: {0}").format(total))

    def _form_refused(self, reason: str) -> None:
        self.form_error.setStyleSheet(f"color: {colours.current().error};")
        self.form_error.setText(reason)

    def form_values(self) -> GroupActivity:
        base = self.group or GroupActivity(title="", school_year=self._draft_year)
        return GroupActivity(
            id=base.id, title=self.title_edit.text(), kind=self.kind_combo.code(),
            school_id=self.school_combo.currentData(), classes=self.classes_edit.text().strip(),
            school_year=self.year_combo.currentData(), goal_id=self.goal_combo.currentData(),
            participants_m=self.m_spin.value(), participants_w=self.w_spin.value(),
            participants_d=self.d_spin.value(), co_leaders=self.co_leaders_edit.text().strip(),
            name_list=self.names_edit.toPlainText().strip() if self.names_check.isChecked() else "",
            reported=self.reported_check.isChecked(), note=self.note_edit.text().strip(),
            purposes=tuple(self.purposes_edit.codes()))

    def save_group(self) -> bool:
        if not self.form_box.isEnabled() or not self.ctx.is_unlocked:
            return False
        if refused_selector(self.form_box, self._form_refused):
            return False
        group = self.form_values()
        try:
            svc.check_group(group)  # a refusal first, then the questions
        except UserError as err:
            self._form_refused(str(err))
            return False
        if group.participants == 0 and not ask_yes_no(
                self, tr("Die Gruppe hat keine Teilnehmenden. Trotzdem speichern?"),
                title=tr("Keine Teilnehmenden"), yes=tr("Trotzdem speichern"), no=tr("Nein")):
            self.m_spin.setFocus()  # Nein (the default): she enters the counts
            return False
        if group.reported and group.name_list:
            answer = QMessageBox.question(
                self, tr("Namensliste löschen"),
                tr("Das Angebot ist berichtet. Namenslisten werden nach dem Bericht gelöscht – die "
                   "Namensliste wird jetzt gelöscht. "
                   "Fortfahren?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.ctx.apply(svc.save_group, group)
        except UserError as err:
            self.form_error.setStyleSheet(f"color: {colours.current().error};")
            self.form_error.setText(str(err))
            return False
        self.group = group
        self.form_draft.drop()  # saved: the draft goes
        saved = svc.get_group(self.ctx.conn, group.id)
        assert saved is not None  # saved just now
        self.show_group(saved)
        self.reload_list()
        self.form_error.setStyleSheet(f"color: {colours.current().ok};")
        self.form_error.setText(tr("Gespeichert."))
        return True

    def _escape(self) -> None:
        """Esc in the form: with nothing typed it reverts at once; typed edits are asked
        about first (Speichern, Verwerfen, Weiter bearbeiten), never thrown away unasked."""
        if self.form_draft.unsaved():
            self.may_leave()
        else:
            self.revert()

    def revert(self) -> None:
        self.form_draft.drop()  # discarded: the draft goes too
        if self.group is not None:
            self.show_group(svc.get_group(self.ctx.conn, self.group.id) or self.group)
        else:
            self.clear_form()

    def clear_form(self) -> None:
        self.group = None
        for edit in (self.title_edit, self.classes_edit, self.co_leaders_edit, self.note_edit):
            edit.clear()
        self.names_edit.clear()
        self.session_model.set_rows([])
        self.totals_label.clear()
        self._set_form_enabled(False)
        self.form_draft.start()

    def participation_letter(self) -> None:
        from ..letters.dialog import open_letter_dialog

        if self.group is None:
            return
        open_letter_dialog(self.ctx, None, self, kind="participation",
                           source_id=self.group.id)   # it says what was saved

    def serial_letter(self) -> None:
        from ..letters.serial_dialog import open_serial_dialog

        if self.group is None:
            return
        open_serial_dialog(self.ctx, self.group.id, self)   # it says what was saved

    def delete_group(self) -> None:
        if self.group is None:
            return
        if held := holds.group_refusal(self.ctx.conn, self.group.id):   # said, not asked
            show_error(self, held, title=tr("Gruppe löschen"))
            return
        count, _ = svc.totals(self.ctx.conn, self.group.id)
        answer = QMessageBox.question(
            self, tr("Gruppe löschen"),
            tr("„{0}“ mit {1} löschen? Die Sitzungen verschwinden auch aus "
               "Statistik und Arbeitszeit.").format(self.group.title,
                                                    tr("%n Sitzung(en)", n=count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and apply_or_show(
                self.ctx, self, tr("Gruppe löschen"), svc.delete_group, self.group.id):
            self.clear_form()
            self.reload_list()

    # -- sessions ------------------------------------------------------------------------
    def _show_sessions(self) -> None:
        if self.group is None or not self.ctx.is_unlocked:
            self.session_model.set_rows([])
            self.totals_label.setText(tr("Sitzungen erst nach dem Speichern."))
            self._set_form_enabled(self.form_box.isEnabled())
            return
        sessions = svc.sessions(self.ctx.conn, self.group.id)
        self.session_model.set_rows(sessions)
        minutes = sum(s.duration_min for s in sessions)
        if sessions:  # the next session usually lasts as long as the last one
            self.session_duration.set_minutes(sessions[-1].duration_min)
        self.totals_label.setText(tr("%n Sitzung(en)", n=len(sessions)) + " · " + hours(minutes))
        year = SchoolYear(self.group.school_year)
        if self.session_day.value() not in year:
            self.session_day.set_date(self.today if self.today in year else year.start)
        self._set_form_enabled(True)

    def add_session(self) -> None:
        if self.group is None:
            return
        # the typed date stays, framed red; an emptied Dauer is refused, not saved as the
        # number the spin box held before (as in Offene Angebote)
        if refused_selector(self.session_entry, self._refuse_session):
            return
        day = self.session_day.value()
        if any(s.day == day for s in svc.sessions(self.ctx.conn, self.group.id)) and not ask_yes_no(
                self, tr("Am {0} ist schon eine Sitzung dieser Gruppe eingetragen. Eine zweite "
                         "Sitzung am selben Tag eintragen?").format(fmt_date(day)),
                title=tr("Zweite Sitzung am selben Tag?"), yes=tr("Ja, zweite Sitzung"),
                no=tr("Nein")):
            self.session_day.setFocus()
            return
        try:
            self.ctx.apply(svc.add_session, self.group.id, day,
                            self.session_duration.minutes(), self.session_note.text())
        except UserError as err:
            self._refuse_session(str(err))
            return
        except Exception as err:  # noqa: BLE001 - a German sentence, never a traceback
            show_exception(self, err, title=tr("Sitzung hinzufügen"))
            return
        self.session_error.clear()
        self.session_note.clear()
        self._show_sessions()
        self.reload_list()
        self.session_day.setFocus()

    def _refuse_session(self, text: str) -> None:
        """A session refused: said below the list, in sight (at 200 % it lay below the
        window's edge)."""
        say_in_sight(self.session_error, text)

    def remove_session(self) -> None:
        """The chosen session removed after a question (with its statistics record and
        time entry), as in Offene Angebote; the session that followed (else the one
        before) is current and chosen, the status line says what happened."""
        row = self.session_view.currentIndex().row()
        if self.group is None or not 0 <= row < len(self.session_model.rows):
            return
        session = self.session_model.rows[row]
        if not ask_yes_no(self, tr("Die Sitzung vom {0} ({1} Min.) entfernen? Sie verschwindet "
                                   "auch aus Statistik und Arbeitszeit.")
                          .format(fmt_date(session.day), session.duration_min),
                          title=tr("Sitzung entfernen")):
            return
        remove_keeping_place(
            self.ctx, self.session_view, tr("Sitzung entfernen"), svc.remove_session, session,
            self._sessions_reloaded,
            tr("Sitzung vom {0} entfernt, auch aus Statistik und Arbeitszeit.")
            .format(fmt_date(session.day)))

    def _sessions_reloaded(self) -> None:
        self._show_sessions()
        self.reload_list()
