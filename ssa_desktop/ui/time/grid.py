"""The Wochenraster tab: indirect work per day and category, typed by keyboard.

Rows are the indirect categories, columns Monday to Sunday and the week's sum; the last
rows show what the documentation already recorded that day and the day's total. A
cell saves when it is left (Enter / Tab); a refused value shows a German message and
the cell keeps its stored value (services/worktime.py checks everything first).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import clock
from ...domain.schoolyear import SchoolYear
from ...domain.timeshare import TimeShareError
from ...domain.worktime import WorkTimeError, public_holiday
from ...formatting import WEEKDAYS_SHORT, fmt_date, fmt_hours
from ...services import timeshare, worktime
from ...services.worktime import WeekGrid
from .. import colours
from ..common.announce import MessageLabel
from ..common.applying import apply_or_say
from ..common.combos import make_combo
from ..common.forms import DateField, buddy_label, make_button
from ..common.layouts import LinesHigh, flow_row
from ..common.models import cell_headers
from ..common.tables import NamedEditorDelegate
from ..common.wrapping_label import LinesHighLabel
from ..i18n import translator
from .combo import current, select

tr = translator("TimeGrid")
_ROOT = QModelIndex()


class GridModel(QAbstractTableModel):
    """Categories × (7 days + sum); two read-only rows at the bottom."""

    refused = Signal(str)

    def __init__(self, save, parent=None):
        super().__init__(parent)
        self.save = save                      # save(day, category, minutes) -> None / raises
        self.grid: WeekGrid | None = None

    # shape
    def rowCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() or self.grid is None else len(self.grid.categories) + 2

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else 8

    def set_grid(self, grid: WeekGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def update_grid(self, grid: WeekGrid) -> None:
        """New values for the same week and rows (no reset: the cursor stays)."""
        self.grid = grid
        self.dataChanged.emit(self.index(0, 0),
                              self.index(self.rowCount() - 1, self.columnCount() - 1))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 7:
                return tr("Woche")
            day = self.grid.days[section]
            return f"{tr(WEEKDAYS_SHORT[day.weekday()])} {day.day:02d}.{day.month:02d}."
        if section < len(self.grid.categories):
            return self.grid.categories[section].label
        return tr("aus der Dokumentation") if section == len(self.grid.categories) \
            else tr("Summe des Tages")

    @property
    def _week(self) -> WeekGrid:
        """The shown week: what asks for a cell's value, text or edit has a week shown
        (``data`` and ``flags`` check it; a cell is editable only then)."""
        assert self.grid is not None
        return self.grid

    def _value(self, row: int, column: int) -> int:
        grid = self._week
        n = len(grid.categories)
        days = grid.days if column == 7 else [grid.days[column]]
        if row < n:
            code = grid.categories[row].code
            return sum(grid.cells.get((d, code), 0) for d in days)
        if row == n:
            return sum(grid.documented.get(d, 0) for d in days)
        return sum(grid.day_total(d) for d in days)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self._value(row, column)
            if role == Qt.ItemDataRole.EditRole:
                return str(value) if value else ""
            return str(value) if value else ("" if row < len(self.grid.categories) else "0")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column < 7:
            return self._describe(row, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            # a reader hears which cell: its row's and its column's header, then the hours
            headers = cell_headers(index)
            if column == 7:
                return tr("{0}: {1} Std.").format(
                    headers, fmt_hours(self._value(row, column), unit=False))
            return f"{headers} – {self._describe(row, column)}"
        return None

    def _describe(self, row: int, column: int) -> str:
        """The day, its hours and holiday, and what of a cell the stopwatch booked (she
        types the cell's whole sum, never less than that)."""
        grid = self._week
        day = grid.days[column]
        hours = fmt_hours(self._value(row, column), unit=False)
        holiday = public_holiday(day)
        text = f"{fmt_date(day)}: {hours} Std." + (f" – {holiday}" if holiday else "")
        timed = (grid.timed.get((day, grid.categories[row].code), 0)
                 if row < len(grid.categories) else 0)
        if timed:
            text += " – " + tr("davon {0} Min. mit der Stoppuhr; eingetippt wird die Summe "
                               "der Zelle, mindestens {0} Min.").format(timed)
        return text

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (self.grid is not None and index.row() < len(self.grid.categories)
                and index.column() < 7):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value).strip()
        try:
            if not text.isascii():  # int() also reads full-width and other digits
                raise ValueError
            minutes = int(text) if text else 0
        except ValueError:
            self.refused.emit(tr("Bitte ganze Minuten eingeben (z. B. 45)."))
            return False
        day = self._week.days[index.column()]
        code = self._week.categories[index.row()].code
        try:
            self.save(day, code, minutes)
        except WorkTimeError as err:
            self.refused.emit(str(err))
            return False
        return True


class GridDelegate(NamedEditorDelegate):
    """Enter saves the cell while the key is handled, as Tab does; the open cell is named
    after its category and day ("Teamsitzung, Mi 12.11., Minuten").

    Qt's delegate saves an editor's Enter through a queued call (so that an editor could
    fix up its text first). Keys typed before that call ran still went into the open
    editor: "30 Enter 45 Enter" became "3045", which was refused, and the queued call then
    found its editor gone ("commitData called with an editor that does not belong to this
    view"); a later Tab moved on from the wrong cell. The grid's editor is a plain line
    edit with nothing to fix up, so the next key already reaches the view and opens the
    cell below, at any typing speed.
    """

    given_up = Signal(str)   # Esc gave up typed minutes: what is said

    def eventFilter(self, editor, event) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and isinstance(editor, QLineEdit)):
            self._say_given_up(editor.text().strip())
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(editor, QWidget)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)

    def _say_given_up(self, typed: str) -> None:
        """Esc closes the cell without saving (UX: Esc cancels); what she typed is said,
        so that it is not gone without a word."""
        view = self.parent()
        index = view.currentIndex() if isinstance(view, QTableView) else QModelIndex()
        if not index.isValid() or typed == (index.data(Qt.ItemDataRole.EditRole) or ""):
            return
        model = index.model()
        self.given_up.emit(tr("Nicht gespeichert: {minutes} Min. für {category}, {day} (Esc "
                              "verwirft die Eingabe; Enter oder Tab speichert).").format(
            minutes=typed or "0",
            category=model.headerData(index.row(), Qt.Orientation.Vertical),
            day=model.headerData(index.column(), Qt.Orientation.Horizontal)))

    def editor_name(self, index) -> str:
        model = index.model()
        category = model.headerData(index.row(), Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
        day = model.headerData(index.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        return tr("{category}, {day}, Minuten").format(category=category, day=day)


class GridTable(QTableView):
    """Like a spreadsheet: typing edits the cell, Enter saves and moves down, Tab saves and
    moves right; Enter on a cell that is not being edited also moves down. No keyboard
    trap: Tab at the last cell (Umschalt+Tab at the first) leaves the grid, Strg+Tab
    (Strg+Umschalt+Tab), F6 and Esc leave it from any cell."""

    LEAVE_KEYS = (Qt.Key.Key_F6, Qt.Key.Key_Escape)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:   # the editor's Enter
            self._down()

    def _at_edge(self, forward: bool) -> bool:
        """Whether Tab (or Umschalt+Tab) would wrap round to the grid's other end."""
        index = self.currentIndex()
        if not index.isValid():
            return True
        last = (self.model().rowCount() - 1, self.model().columnCount() - 1)
        here = (index.row(), index.column())
        return here == last if forward else here == (0, 0)

    def _leave(self, forward: bool) -> None:
        """The focus goes to the next (previous) control after the grid."""
        self.setTabKeyNavigation(False)
        self.focusNextPrevChild(forward)
        self.setTabKeyNavigation(True)

    def _leaves(self, event) -> bool:
        key, ctrl = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in self.LEAVE_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self._leave(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (ctrl or self._at_edge(
                key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)):
            self._leave(key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        else:
            return False
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self._leaves(event):
            event.accept()
            return
        if (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.state() != QAbstractItemView.State.EditingState):
            index = self.currentIndex()  # Entf clears the cell, as in a spreadsheet
            if index.isValid() and self.model().flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.model().setData(index, "", Qt.ItemDataRole.EditRole)
            event.accept()
            return
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            self._down()
            event.accept()
            return
        super().keyPressEvent(event)

    def _down(self) -> None:
        index = self.currentIndex()
        if index.isValid():
            self.setCurrentIndex(self.model().index(
                min(index.row() + 1, self.model().rowCount() - 1), index.column()))


class WeekGridView(QWidget):
    """School, week navigation, the grid and 'Vorwoche übernehmen'."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.monday = None
        self.year: SchoolYear | None = None     # the school year of the schools listed
        # a cell the lock saved (Strg+L mid-typing): said and returned to after unlocking
        self._saved_at_lock: tuple[str, int, int, date] | None = None
        layout = QVBoxLayout(self)
        self.school = make_combo(tr("Schule"))
        # the school's name whole (was cut at 16 letters); the category and copy buttons go
        # on a row of their own, so the week's buttons stay on a 1280×720 screen
        self.school.currentIndexChanged.connect(lambda _i: self.reload())
        self.day = DateField(clock.today())
        self.day.setAccessibleName(tr("Woche mit dem Tag"))
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.previous = make_button(tr("◀ Vorwoche"), tr("Vorwoche"), lambda: self._move(-7))
        self.following = make_button(tr("Nächste Woche ▶"),
                                     tr("Nächste Woche"),
                                     lambda: self._move(7))
        self.copy = make_button(tr("Vorwoche übernehmen"),
                                tr("Einträge der Vorwoche übernehmen"),
                                self.copy_last_week)
        # wraps where the width ends (200 %: only the grid may scroll sideways, in itself)
        layout.addWidget(LinesHigh(flow_row(
            (buddy_label(tr("Sch&ule"), self.school), self.school),
            (buddy_label(tr("W&oche mit"), self.day), self.day),
            (self.previous, self.following))))
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.add_category = make_button(tr("Kategorie hinzufügen …"),
                                        tr("Weitere Kategorie indirekter Arbeit anlegen"),
                                        self.ask_category)
        bar.addWidget(self.add_category)
        bar.addWidget(self.copy)
        layout.addLayout(bar)
        self.model = GridModel(self._save, self)
        self.model.refused.connect(self._refused)
        self.table = GridTable()
        self.table.setModel(self.model)
        delegate = GridDelegate(self.table)
        delegate.given_up.connect(self._refused)
        self.table.setItemDelegate(delegate)
        self.table.setAccessibleName(tr("Wochenraster indirekte Arbeit in Minuten"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._days_whole)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        # never lower than its lines: at 640×360 its last line was cut
        self.hint = LinesHighLabel(tr(
            "Minuten eintippen; Enter speichert und geht nach unten, Tab nach "
            "rechts und am Ende aus dem Raster; Strg+Tab, F6 oder Esc "
            "verlassen es sofort; Strg+Umschalt+V übernimmt die Vorwoche. "
            "Kontakte, Gruppen, offene Angebote und Vernetzung zählen von selbst aus der "
            "Dokumentation."))
        self.message = MessageLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {colours.current().error};")
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.copy_last_week)

    # -- data ---------------------------------------------------------------------------------
    def set_schools(self, schools: list[tuple[str, str]], year: SchoolYear | None = None) -> None:
        """The schools with a post share in ``year`` (the area's school year); the week
        shown moves into that year (today's, or its last week once it has ended) and the
        grid is shown anew."""
        self._fill_schools(schools, year)
        if year is not None and self.day.value() not in year:
            self.day.blockSignals(True)
            self.day.set_date(min(max(clock.today(), year.start), year.end))
            self.day.blockSignals(False)
        self.reload()

    def keep_week(self, day: date, school_id: str | None) -> None:
        """Her week and school when the area was built again (chosen once the schools are
        listed)."""
        self.day.blockSignals(True)
        self.day.set_date(day)
        self.day.blockSignals(False)
        if school_id:
            self.school.blockSignals(True)
            self.school.addItem("", school_id)
            self.school.setCurrentIndex(self.school.count() - 1)
            self.school.blockSignals(False)

    def holds_input(self) -> bool:
        """A cell the lock saved and she has not yet checked (said until she moves on)."""
        return self._saved_at_lock is not None

    def _fill_schools(self, schools: list[tuple[str, str]], year: SchoolYear | None) -> None:
        chosen = current(self.school)
        self.school.blockSignals(True)
        self.school.clear()
        for school_id, name in schools:
            self.school.addItem(name, school_id)
        select(self.school, chosen)
        self.school.blockSignals(False)
        self.year = year

    def _days_whole(self) -> None:
        """No day narrower than its heading („Mo 23.11.“): where the width ends (200 %)
        the grid scrolls sideways inside itself, the area around it does not."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(max((header.sectionSizeHint(c)
                                          for c in range(header.count())), default=0))

    def reload(self) -> None:
        """The week of the day shown, with the schools of its school year: a week beyond
        the year the schools were given for asks for its own year's (the hint of a
        missing post is about the year of the week shown, never about another)."""
        if not self.ctx.is_unlocked:
            return
        day = self.day.value()
        year = SchoolYear.of(day)
        if year != self.year:
            self._fill_schools(worktime.schools_with_post(self.ctx.conn, year.start_year), year)
        school_id = current(self.school)
        if not school_id:
            self.model.set_grid(None)
            self.message.setText(tr("Für das Schuljahr {0} ist kein Stellenumfang eingetragen "
                                    "(Einstellungen → Schulen & Stelle).").format(year.label))
            return
        self.message.clear()
        self.model.set_grid(worktime.week_grid(self.ctx.conn, day, school_id))
        self._back_to_the_cell_saved_at_lock()

    def _back_to_the_cell_saved_at_lock(self) -> None:
        """After an unlock: the cell the lock saved is current again and the grid says
        what was saved (a half-typed „4“ is not taken silently for 4 minutes). Said on
        every reload of that week until she saves a cell or moves on."""
        if self._saved_at_lock is None or self.model.grid is None:
            return
        text, row, column, monday = self._saved_at_lock
        if self.model.grid.monday != monday:
            return
        self.table.setCurrentIndex(self.model.index(row, column))
        self.message.setText(text)

    def refresh_values(self) -> None:
        """Time written elsewhere (the stopwatch, a contact): the shown week's new values,
        without a reset — the cursor and a cell being typed into stay."""
        grid = self.model.grid
        if not self.ctx.is_unlocked or grid is None or grid.school_id != current(self.school):
            self.reload()
            return
        fresh = worktime.week_grid(self.ctx.conn, grid.monday, grid.school_id)
        if fresh.categories == grid.categories:
            self.model.update_grid(fresh)
        else:
            self.model.set_grid(fresh)

    def _move(self, days: int) -> None:
        self._saved_at_lock = None
        self.day.setDate(self.day.date().addDays(days))

    def _save(self, day: date, code: str, minutes: int) -> None:
        school_id = current(self.school)
        self.ctx.apply(worktime.set_cell, day, code, school_id, minutes)
        self.message.clear()
        if self.ctx.locking:   # the lock saved what was typed so far: say so afterwards
            grid = self.model.grid
            row = next((i for i, c in enumerate(grid.categories) if c.code == code), 0) \
                if grid is not None else 0
            column = grid.days.index(day) if grid is not None and day in grid.days else 0
            cell = tr("{category}, {day}").format(
                category=self.model.headerData(row, Qt.Orientation.Vertical),
                day=self.model.headerData(column, Qt.Orientation.Horizontal))
            self._saved_at_lock = (tr("Beim Sperren gespeichert: {cell}: {minutes} Min. – "
                                      "bitte prüfen.").format(cell=cell, minutes=minutes),
                                   row, column, day - timedelta(days=day.weekday()))
        else:
            self._saved_at_lock = None
        self.model.update_grid(worktime.week_grid(self.ctx.conn, day, school_id))

    def _refused(self, text: str) -> None:
        self.message.setText(text)

    def copy_last_week(self) -> None:
        school_id = current(self.school)
        if not school_id or not self.ctx.is_unlocked:
            return
        if apply_or_say(self.ctx, self.message, WorkTimeError, worktime.copy_last_week,
                        self.day.value(), school_id):
            self.reload()

    def ask_category(self) -> None:
        label, ok = QInputDialog.getText(self, tr("Kategorie hinzufügen"),
                                         tr("Bezeichnung der neuen Kategorie (zählt zur "
                                            "indirekten Arbeit):"))
        if ok:
            self.create_category(label)

    def create_category(self, label: str) -> None:
        if not self.ctx.is_unlocked:
            return
        if apply_or_say(self.ctx, self.message, TimeShareError, timeshare.add_extra_category,
                        label):
            self.reload()

    def clear(self) -> None:
        self.model.set_grid(None)
        self.message.clear()
        self.school.clear()
        self.year = None


__all__ = ["WeekGridView", "GridModel", "timedelta"]
