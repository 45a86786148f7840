"""The person list: pupils first, filters, type-ahead, lazily loaded pages of rows.

Names are shown (and searched) only while "Namen anzeigen" is on; otherwise "•••".
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogues import PERSON_KINDS
from ...formatting import fmt_date
from ...services import persons as svc
from .. import colours
from ..common.announce import MessageLabel
from ..common.combos import make_combo
from ..common.forms import buddy_label
from ..common.labels import name_by_label
from ..common.layouts import LinesHigh, TurningGrid, flow_row, grow
from ..common.models import (
    ALIGNMENT,
    DESCRIPTION,
    DISPLAY,
    FOREGROUND,
    RESIZE_PRECISION,
    TEXT_ROLES,
    RowsTableModel,
    cell_description,
)
from ..common.tab_chain import tab_chain
from ..common.tables import enter_key_opens, hold_rows, make_table_view
from ..common.text_boxes import make_line_edit
from ..context import AppContext
from ..i18n import translator

tr = translator("PersonsArea")
_ROOT = QModelIndex()
PAGE_SIZE = 200
HIDDEN_NAME = "•••"
AMBER = QColor(colours.current().note_fill)


LEFT_COLOUR = QColor(colours.current().muted)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class PersonListModel(RowsTableModel):
    """Rows of ``services.persons.list_persons`` fetched in pages of ``PAGE_SIZE``."""

    HEADERS = ("Pseudonym", "Name", "Art", "Klasse", "Schule", "offene Fälle",
               "letzter Kontakt")
    tr_header = staticmethod(tr)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.filter = svc.PersonFilter()
        self.rows: list[svc.PersonListRow] = []
        self.total = 0

    def load(self, f: svc.PersonFilter) -> None:
        self.beginResetModel()
        self.filter = f
        conn = self.ctx.conn
        self.total = svc.count_persons(conn, f)
        self.rows = svc.list_persons(conn, f, limit=PAGE_SIZE, offset=0)
        self.endResetModel()

    def drop(self) -> None:
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()

    def canFetchMore(self, parent=_ROOT):  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=_ROOT):  # noqa: N802
        if parent.isValid() or not self.ctx.is_unlocked:
            return
        more = svc.list_persons(self.ctx.conn, self.filter, limit=PAGE_SIZE,
                                offset=len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(_ROOT, len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def person_id(self, index: QModelIndex) -> str | None:
        if index.isValid() and index.row() < len(self.rows):
            return self.rows[index.row()].id
        return None

    def text(self, row: svc.PersonListRow, column: int) -> str:
        if column == 0:
            return row.pseudonym
        if column == 1:
            return (row.name or "—") if self.ctx.show_names else HIDDEN_NAME
        if column == 2:
            return PERSON_KINDS.label(row.kind) + (tr(" (abgegangen)") if row.left else "")
        if column == 3:
            return row.class_label or (str(row.grade) if row.grade else "")
        if column == 4:
            return row.school_name
        if column == 5:
            return str(row.open_cases) if row.open_cases else ""
        if column == 6:
            return fmt_date(row.last_contact)
        return ""

    def data(self, index, role=DISPLAY):
        r = index.row()
        if r < 0 or r >= len(self.rows):
            return None
        if role in TEXT_ROLES:
            return self.text(self.rows[r], index.column())
        if role == FOREGROUND and self.rows[r].left:
            return LEFT_COLOUR
        if role == ALIGNMENT and index.column() == 5:
            return CENTER
        if role == DESCRIPTION:
            return cell_description(index)
        return None


class PersonListView(QWidget):
    """Filters + table. Signals: ``open_person(id)``, ``new_person()``, ``quick_entry()``."""

    open_person = Signal(str)
    new_person = Signal()
    quick_entry = Signal()
    names_toggled = Signal(bool)

    STATUS = (("", "alle"), ("open", "mit offenem Fall"), ("active", "aktiv"),
              ("left", "abgegangen"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False
        layout = QVBoxLayout(self)
        # taken into the view in the order Tab goes (``_connect``; Qt keeps the order in
        # which they come into it): the search field first, the buttons above it last.
        # Strg+2 gives the keyboard to the first: „Namen anzeigen“ took her typed
        # pseudonym, and its space showed every real name
        layout.addWidget(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        layout.insertWidget(0, self._build_top())
        self.count_label = MessageLabel()  # the count after filtering is announced
        self.count_label.setAccessibleDescription(tr("Anzahl der Personen"))
        layout.addWidget(self.count_label)
        self._connect()

    # -- parts ---------------------------------------------------------------------------
    def _build_top(self) -> QWidget:
        title = QLabel(tr("<b>Personen &amp; Fälle</b>"))
        self.names_button = QPushButton(tr("Namen anzeigen"))
        self.names_button.setCheckable(True)
        self.names_button.setAccessibleName(tr("Namen anzeigen"))
        self.names_button.setToolTip(tr("Echte Namen nur für diese Sitzung anzeigen"))
        self.names_button.toggled.connect(self._toggle_names)
        self.new_button = QPushButton(tr("Neue Person …"))
        self.new_button.setAccessibleName(tr("Neue Person anlegen"))
        self.new_button.clicked.connect(self.new_person)
        self.entry_button = QPushButton(tr("Kontakt erfassen (Strg+N)"))
        name_by_label(self.entry_button, self.entry_button.text(), tr("Kontakt erfassen"))
        self.entry_button.clicked.connect(self.quick_entry)
        # the buttons wrap below the title where the width ends (640×360 at 200 %: the
        # list scrolled sideways by 201 px)
        return LinesHigh(flow_row(grow(title), self.names_button, self.new_button,
                                  self.entry_button))

    def _build_filters(self) -> QWidget:
        self.search = make_line_edit(tr("Suche: Personen nach Pseudonym oder Name filtern"),
                                     tr("Pseudonym eingeben …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.school = make_combo(tr("Schule"))
        self.grade = make_combo(tr("Klassenstufe"))
        self.status = make_combo(tr("Status"))
        for code, label in self.STATUS:
            self.status.addItem(tr(label), code)
        self.kind = make_combo(tr("Personenart"))
        self.kind.addItem(tr("alle Arten"), "")
        for entry in PERSON_KINDS:
            self.kind.addItem(entry.label, entry.code)
        # two rows: the filters' entries whole (at 200 % „alle Schulen“ read „alle Schuler“);
        # one filter a row where the width ends (640×360: the list scrolled sideways)
        def labelled(text: str, field: QWidget, span: int = 1) -> tuple[QWidget, QWidget, int]:
            return buddy_label(text, field), field, span

        return TurningGrid([
            [labelled(tr("Suche"), self.search, 3), labelled(tr("Schule"), self.school)],
            [labelled(tr("Stufe"), self.grade), labelled(tr("Status"), self.status),
             labelled(tr("Art"), self.kind)]], stretch=(1, 3, 5))

    def _build_table(self) -> QTableView:
        self.model = PersonListModel(self.ctx, self)
        self.table = make_table_view(self.model, tr("Personenliste"))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # a double click opens her once (``activated`` came with it too: her page twice);
        # Enter opens her as every list's Enter does (``_connect``: ``enter_key_opens``)
        self.table.doubleClicked.connect(self._open_index)
        # never lower than three persons: at 640×360 the filters one below the other left
        # it one (the area scrolls up and down)
        hold_rows(self.table)
        return self.table

    def _connect(self) -> None:
        enter_key_opens(self.table, lambda: self._open_index(self.table.currentIndex()))
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.school, self.grade, self.status, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        tab_chain(self.search, self.school, self.grade, self.status, self.kind, self.table,
                  self.names_button, self.new_button, self.entry_button)

    def eventFilter(self, obj, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if obj is self.search and event.type() == QEvent.Type.FocusOut:
            self._filter_now()   # Tab on right after typing: the list as she typed it
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._filter_now()   # ↓ within the typing pause went into the unfiltered list
            self.table.setFocus()
            if self.model.rowCount() and not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    # -- data ----------------------------------------------------------------------------
    def current_filter(self) -> svc.PersonFilter:
        grade = self.grade.currentData()
        return svc.PersonFilter(school_id=self.school.currentData() or None,
                                grade=int(grade) if grade else None,
                                status=self.status.currentData() or "",
                                kind=self.kind.currentData() or None,
                                text=self.search.text().strip(),
                                search_names=self.ctx.show_names)

    def _fill_combos(self) -> None:
        conn = self.ctx.conn
        self._filling = True
        try:
            for combo, empty, items in (
                    (self.school, tr("alle Schulen"), svc.schools(conn)),
                    (self.grade, tr("alle Stufen"),
                     [(str(g), tr("Klasse {0}").format(g)) for g in svc.grades(conn)])):
                current = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(empty, "")
                for code, label in items:
                    combo.addItem(label, code)
                index = combo.findData(current) if current else 0
                combo.setCurrentIndex(max(index, 0))
                combo.blockSignals(False)
        finally:
            self._filling = False

    def filter_values(self) -> tuple[str, str, str, str, str]:
        """The filters as she set them: text, school, grade, status, kind."""
        school, grade, status, kind = (str(combo.currentData() or "") for combo in self._combos())
        return (self.search.text(), school, grade, status, kind)

    def selected_person_id(self) -> str:
        return self.model.person_id(self.table.currentIndex()) or ""

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.school, self.grade, self.status, self.kind)

    def show_place(self, filters: tuple[str, str, str, str, str], selected: str) -> None:
        """Load the list as she left it (``PersonsArea.place``): the same filters, the
        same person selected and scrolled to."""
        self._fill_combos()
        self.search.blockSignals(True)  # no second load by the typing delay
        self.search.setText(filters[0])
        self.search.blockSignals(False)
        for combo, value in zip(self._combos(), filters[1:], strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.refresh()
        for i, row in enumerate(self.model.rows):
            if row.id == selected:
                self.table.selectRow(i)
                self.table.scrollTo(self.model.index(i, 0))
                break

    def refresh(self) -> None:
        self._fill_combos()
        self.names_button.blockSignals(True)
        self.names_button.setChecked(self.ctx.show_names)
        self.names_button.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        if self._filling or not self.ctx.is_unlocked:
            return
        selected = self.model.person_id(self.table.currentIndex())
        self.model.load(replace(self.current_filter()))
        total = self.model.total
        self.count_label.setText(tr("%n Person(en)", n=total))
        if selected:
            for i, row in enumerate(self.model.rows):
                if row.id == selected:
                    self.table.selectRow(i)
                    break

    def set_names(self, on: bool) -> None:
        """Follow a toggle made elsewhere (the person form) without echoing it back."""
        self.names_button.blockSignals(True)
        self.names_button.setChecked(on)
        self.names_button.blockSignals(False)
        self.reload()

    def _toggle_names(self, on: bool) -> None:
        self.ctx.show_names = on
        self.names_toggled.emit(on)
        self.reload()

    def _open_index(self, index: QModelIndex) -> None:
        person_id = self.model.person_id(index)
        if person_id:
            self.open_person.emit(person_id)

    def _filter_now(self) -> None:
        """The filter her typing waits for (the pause before the list follows), at once."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.reload()

    def _open_first(self) -> None:
        self._filter_now()
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount() == 1:
            index = self.model.index(0, 0)
        self._open_index(index)

    def clear(self) -> None:
        self._debounce.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.drop()
        self.count_label.clear()
        self.names_button.blockSignals(True)
        self.names_button.setChecked(False)
        self.names_button.blockSignals(False)
