"""Models of the calendar: a day as a list of time slots, a week as Mo–Fr columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain import clock
from ...formatting import WEEKDAYS_SHORT
from ...services import appointments as svc
from ...services.appointments import AppointmentView
from .. import colours
from ..common.models import RowsTableModel
from ..i18n import translator

tr = translator("Appointments")

ID_ROLE = Qt.ItemDataRole.UserRole
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1  # (date, "HH:MM") of the slot, to create an appointment there

STEP_MIN = 30
_ROOT = QModelIndex()
# Short state marks in the week grid (the tooltip and accessible text name the status).
_MARK = {"attended": "✓ ", "missed": "✗ "}


def _slot_of(time: str, slots: list[str]) -> int:
    """Index of the slot a start time falls into (-1 before the first)."""
    index = -1
    for i, slot in enumerate(slots):
        if time >= slot:
            index = i
    return index


def status_text(view: AppointmentView) -> str:
    return ("✓ " if view.status == "attended" else "") + view.status_label


def status_brush(view: AppointmentView) -> QBrush | None:
    scheme = colours.current()
    color = {"attended": scheme.ok, "cancelled": scheme.muted,
             "missed": scheme.warning}.get(view.status)
    return QBrush(QColor(color)) if color else None


@dataclass
class _DayRow:
    slot: str
    view: AppointmentView | None


class DayModel(RowsTableModel):
    """One row per free slot (07:30–17:00, 30 min) and one per appointment."""

    HEADERS = ("Zeit", "Person", "Raum", "Status")
    tr_header = staticmethod(tr)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.day: date | None = None
        self.rows: list[_DayRow] = []
        self.show_names = False

    def set_day(self, day: date, views: list[AppointmentView], show_names: bool) -> None:
        self.beginResetModel()
        self.day = day
        self.show_names = show_names
        slots = svc.time_slots(STEP_MIN)
        by_slot: dict[int, list[AppointmentView]] = {}
        for view in views:
            by_slot.setdefault(_slot_of(view.start, slots), []).append(view)
        rows = [_DayRow(v.start, v) for v in by_slot.pop(-1, [])]
        for i, slot in enumerate(slots):
            found = by_slot.pop(i, [])
            rows += [_DayRow(v.start, v) for v in found] or [_DayRow(slot, None)]
        self.rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.day = [], None
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        view, col = row.view, index.column()
        if role == ID_ROLE:
            return view.id if view else None
        if role == SLOT_ROLE:
            return (self.day, row.slot)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if view is None:
                return f"{row.slot}" if col == 0 else ("frei" if role == Qt.ItemDataRole.AccessibleTextRole
                                                         and col == 1 else "")
            return (f"{view.start}–{view.end}", view.who(self.show_names), view.room,
                    status_text(view))[col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if view is None:
                return QBrush(QColor(colours.current().muted))
            return status_brush(view) if col == 3 or view.status == "cancelled" else None
        if role == Qt.ItemDataRole.FontRole and view is not None and col in (0, 1):
            font = QFont()
            font.setBold(view.status == "planned")
            font.setStrikeOut(view.status == "cancelled")
            return font
        if role == Qt.ItemDataRole.BackgroundRole and view is not None:
            return QBrush(QColor(colours.current().busy_fill))
        return None

    def row_of(self, appointment_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.view and r.view.id == appointment_id), -1)


class WeekModel(QAbstractTableModel):
    """Monday to Friday as columns (Saturday and Sunday only when something is planned
    there), 30-minute rows from 07:30 to 17:00."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.monday: date | None = None
        self.today = clock.today()
        self.slots = svc.time_slots(STEP_MIN)
        self.cells: dict[tuple[int, int], list[AppointmentView]] = {}
        self.busy: dict[tuple[int, int], list[AppointmentView]] = {}
        self.show_names = False
        self.days = 5

    def set_week(self, monday: date, views: list[AppointmentView], show_names: bool,
                 today: date | None = None) -> None:
        self.beginResetModel()
        self.monday, self.show_names = monday, show_names
        self.today = today or clock.today()
        self.cells, self.busy = {}, {}
        self.days = 7 if any((v.day - monday).days >= 5 for v in views) else 5
        for view in views:
            col = (view.day - monday).days
            if not 0 <= col < self.days:
                continue
            first = max(_slot_of(view.start, self.slots), 0)
            self.cells.setdefault((first, col), []).append(view)
            for row in range(first, len(self.slots)):
                if row > first and self.slots[row] >= view.end:
                    break
                self.busy.setdefault((row, col), []).append(view)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.monday, self.cells, self.busy = None, {}, {}
        self.endResetModel()

    def rowCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() or self.monday is None else len(self.slots)

    def columnCount(self, parent=_ROOT):  # noqa: N802
        return 0 if parent.isValid() else self.days

    def day_of(self, column: int) -> date | None:
        return self.monday + timedelta(days=column) if self.monday else None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.slots):
                return self.slots[section]
            return None
        day = self.day_of(section)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{WEEKDAYS_SHORT[section]} {day.strftime('%d.%m.')}"
        if role == Qt.ItemDataRole.FontRole and day == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def views_at(self, row: int, col: int) -> list[AppointmentView]:
        return self.cells.get((row, col)) or self.busy.get((row, col), [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = (index.row(), index.column())
        starting = self.cells.get(key, [])
        if role == ID_ROLE:
            views = self.views_at(*key)
            return views[0].id if views else None
        if role == SLOT_ROLE:
            return (self.day_of(index.column()), self.slots[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return self._starting_data(starting, role) if starting else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            day = self.day_of(index.column())
            if day is None:  # no week shown
                return None
            text = "; ".join(f"{v.start} bis {v.end} {v.who(self.show_names)} {v.status_label}"
                             for v in self.views_at(*key))
            return f"{WEEKDAYS_SHORT[index.column()]} {day.strftime('%d.%m.')} " \
                   f"{self.slots[index.row()]}: {text or 'frei'}"
        if role == Qt.ItemDataRole.BackgroundRole and key in self.busy:
            return QBrush(QColor(colours.current().busy_fill))
        return None

    def _starting_data(self, starting: list[AppointmentView], role):
        """Text, tooltip, font and colour of a cell from the appointments starting in it."""
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(f"{_MARK.get(v.status, '')}{v.start}–{v.end} {v.who(self.show_names)}"
                             + (f" · {v.room}" if v.room else "")
                             for v in starting)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{v.start}–{v.end} {v.who(self.show_names)}: {v.status_label}"
                              for v in starting)
        if role == Qt.ItemDataRole.FontRole and all(v.status == "cancelled" for v in starting):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and len(starting) == 1:
            return status_brush(starting[0])
        return None

    def index_of(self, appointment_id: str) -> QModelIndex:
        for (row, col), views in self.cells.items():
            if any(v.id == appointment_id for v in views):
                return self.index(row, col)
        return QModelIndex()
