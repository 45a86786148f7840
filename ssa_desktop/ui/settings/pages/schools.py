"""Einstellungen → Schulen & Stelle: schools with pupil numbers, posts and their shares
per school year (use cases in ``services.setup``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import clock
from ....domain.catalogues import SCHOOL_TYPES
from ....domain.schoolyear import SchoolYear
from ....formatting import fmt_date, fmt_number
from ....services import schools, setup
from ...common.applying import apply_or_say
from ...common.column_fit import fit_columns
from ...common.combos import make_combo
from ...common.forms import make_button
from ...common.labelled_row import add_labelled
from ...common.layouts import HighForItsWidth, LinesHigh, flow_row
from ...common.models import describe_cells
from ...common.tables import enter_key_opens, hold_rows, make_table_view
from ...common.wrapping_label import LinesHighLabel
from ...context import AppContext
from ...i18n import translator
from ..page import SettingsPage, item, message_line

if TYPE_CHECKING:
    from ..dialogs import PostDialog

tr = translator("SettingsArea")


@dataclass(frozen=True)
class SchoolsPlace:
    """Her place on the page: the school year (its first calendar year), the school and
    the post selected (ids; None: none)."""

    year: int
    school: str | None = None
    post: str | None = None


def _table(name: str, on_open, stretch: int) -> tuple[QTableView, QStandardItemModel]:
    """A list whose row ``on_open`` edits: by double-click or Enter. Its columns fit its
    width (a long school name is cut with „…“ and whole on hover), and it keeps its first
    rows in sight (at 200 % the page scrolls whole: one school of two showed, the posts
    scrolled sideways)."""
    view = make_table_view(None, name)
    model = QStandardItemModel(view)
    view.setModel(model)
    describe_cells(model)   # a cell is read with its school's (post's) name and column
    fit_columns(view, stretch=stretch)
    hold_rows(view)
    # once: ``activated`` came with a double click too (the dialog again after she closed it)
    view.doubleClicked.connect(lambda _i: on_open())
    enter_key_opens(view, on_open)
    return view, model


class _Box(QGroupBox):
    """A group box never lower than its rows: at 640×360 the page, scrolled whole, gave
    the Stelle box less than its list and wrapped buttons (asked for its height at its
    width, Qt counted what the rows prefer and cut them short proportionally), and Tab
    showed „Fachkräfte-Angaben“ cut at the box's edge."""

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            least = self.minimumSizeHint().height()
            if least != self.minimumHeight():
                self.setMinimumHeight(least)
        return done


class SchoolsPage(SettingsPage, HighForItsWidth):  # the wrapped „Stellenumfang …“ counts
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_year())
        layout.addWidget(self._build_schools(), 3)
        layout.addWidget(self._build_posts(), 2)
        self.schools_status = message_line(tr("Meldung zu Schulen und Stelle"))
        layout.addWidget(self.schools_status)
        self._kept: SchoolsPlace | None = None

    # -- parts ---------------------------------------------------------------------------
    def _build_year(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.year = make_combo(tr("Schuljahr"))
        self.year.currentIndexChanged.connect(lambda _i: self._load_tables())
        add_labelled(row, [(tr("&Schuljahr"), self.year)])
        row.addStretch(1)
        return row

    def _build_schools(self) -> QGroupBox:
        box = _Box(tr("Schulen"))
        layout = QVBoxLayout(box)
        self.schools_view, self.schools_model = _table(tr("Schulen"), self.edit_school, 0)
        layout.addWidget(self.schools_view)
        self.add_school_button = make_button(tr("Schule hinzu&fügen …"), tr("Schule hinzufügen"),
                                             self.add_school)
        self.edit_school_button = make_button(tr("Schule b&earbeiten …"),
                                              tr("Schule bearbeiten"), self.edit_school)
        self.delete_school_button = make_button(tr("Schule &löschen"), tr("Schule löschen"),
                                                self.delete_school)
        # each button row wraps where the width ends (640×360 at 200 %: it scrolled sideways)
        layout.addWidget(LinesHigh(flow_row(self.add_school_button, self.edit_school_button,
                                            self.delete_school_button)))
        return box

    def _build_posts(self) -> QGroupBox:
        box = _Box(tr("Stelle"))
        layout = QVBoxLayout(box)
        # never lower than its lines: at 640×360 the box counted one, and the wrapped
        # buttons below the list reached past its edge (Tab showed „Fachkräfte-Angaben“ cut)
        explain = LinesHighLabel(tr("Stellenumfang in % einer Vollzeitstelle je Schule und "
                                    "Schuljahr. Die Wochenstunden ergeben sich aus den "
                                    "Vollzeitstunden."))
        layout.addWidget(explain)
        self.posts_view, self.posts_model = _table(tr("Stellen"), self.edit_post, 4)
        layout.addWidget(self.posts_view)
        self.add_post_button = make_button(tr("Stelle hin&zufügen …"), tr("Stelle hinzufügen"),
                                           self.add_post)
        self.edit_post_button = make_button(tr("Stelle und Stellen&umfang bearbeiten …"),
                                            tr("Stelle und Stellenumfang bearbeiten"),
                                            self.edit_post)
        self.staff_button = make_button(tr("Fachkräfte-An&gaben …"),
                                        tr("Fachkräfte-Angaben der Stelle im Schuljahr"),
                                        self.edit_staff)
        layout.addWidget(LinesHigh(flow_row(self.add_post_button, self.edit_post_button,
                                            self.staff_button)))
        return box

    # -- load ----------------------------------------------------------------------------
    def school_year(self) -> int:
        data = self.year.currentData()
        return int(data) if data is not None else SchoolYear.of(clock.today()).start_year

    def load(self) -> None:
        self._load_years()
        self._load_tables()

    def _load_years(self) -> None:
        current = SchoolYear.of(clock.today()).start_year
        years = sorted(set(setup.known_school_years(self.ctx.conn))
                       | {current - 1, current, current + 1})
        selected = self.year.currentData()
        if selected is None and self._kept is not None:
            selected = self._kept.year   # her year when the area was built again
        self.year.blockSignals(True)
        self.year.clear()
        for year in reversed(years):
            self.year.addItem(SchoolYear(year).label, year)
        index = self.year.findData(selected if selected is not None else current)
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)

    def _load_tables(self) -> None:
        if not self.ctx.is_unlocked:
            return
        year = self.school_year()
        overview = setup.post_overview(self.ctx.conn, year)
        chosen = (self._kept.school, self._kept.post) if self._kept is not None else (
            self._selected_id(self.schools_view), self._selected_id(self.posts_view))
        self._kept = None
        self._load_schools(year, overview)
        self._load_posts(year, overview)
        for view, chosen_id in zip((self.schools_view, self.posts_view), chosen, strict=True):
            _select(view, chosen_id)

    # -- her place when the area is built again ----------------------------------------------
    def place(self) -> SchoolsPlace | None:
        year = self.year.currentData()
        if year is None:
            return None
        return SchoolsPlace(int(year), self._selected_id(self.schools_view),
                            self._selected_id(self.posts_view))

    def restore(self, place: object) -> None:
        if isinstance(place, SchoolsPlace):
            self._kept = place

    def _load_schools(self, year: int, overview) -> None:
        conn = self.ctx.conn
        label = SchoolYear(year).label
        self.schools_model.clear()
        self.schools_model.setHorizontalHeaderLabels([
            tr("Schule"), tr("Kürzel"), tr("Schulart"),
            tr("Schüler:innen {0}").format(label), tr("Stellenumfang {0}").format(label)])
        handed = schools.handed_over(conn)
        for school in setup.list_schools(conn):
            if not schools.active_in(handed, school.id, year):
                continue          # handed over before this year: only its past years show it
            pupils = setup.school_pupils(conn, school.id).get(year)
            percent = sum(o.percent_at(school.id) for o in overview)
            name = school.name if school.id not in handed else tr(
                "{0} (übergeben am {1})").format(school.name, fmt_date(handed[school.id]))
            self.schools_model.appendRow([
                item(name, school.id), item(school.code),
                item(SCHOOL_TYPES.label(school.school_type)),
                item("–" if pupils is None else str(pupils), align_right=True),
                item(f"{fmt_number(percent, 1)} %" if percent else "–", align_right=True)])

    def _load_posts(self, year: int, overview) -> None:
        label = SchoolYear(year).label
        self.posts_model.clear()
        self.posts_model.setHorizontalHeaderLabels([
            tr("Stelle"), tr("Vollzeit"), tr("Stellenumfang {0}").format(label),
            tr("Wochenstunden"), tr("Aufteilung")])
        for row in overview:
            split = " · ".join(tr("{0} {1} % ({2} Std.)").format(
                s.school_name, fmt_number(s.percent, 1), fmt_number(s.weekly_hours, 2))
                for s in row.shares)
            self.posts_model.appendRow([
                item(row.post.label, row.post.id),
                item(tr("{0} Std.").format(fmt_number(row.post.full_time_hours, 1)),
                     align_right=True),
                item(f"{fmt_number(row.total_percent, 1)} %", align_right=True),
                item(tr("{0} Std.").format(fmt_number(row.weekly_hours, 2)), align_right=True),
                item(split or tr("noch kein Stellenumfang eingetragen"))])

    def clear(self) -> None:
        self.schools_model.clear()
        self.posts_model.clear()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.blockSignals(False)
        self.schools_status.clear()

    # -- actions -------------------------------------------------------------------------
    def _selected_id(self, view: QTableView) -> str | None:
        index = view.currentIndex()
        if not index.isValid():
            return None
        return view.model().index(index.row(), 0).data(Qt.ItemDataRole.UserRole)

    def _dialog_years(self) -> list[int]:
        year = self.school_year()
        return [year - 1, year, year + 1]

    def add_school(self) -> None:
        self._edit_school(None)

    def edit_school(self) -> None:
        school_id = self._selected_id(self.schools_view)
        if school_id is None:
            self.schools_status.say(tr("Bitte zuerst eine Schule in der Liste auswählen."))
            return
        self._edit_school(school_id)

    def _edit_school(self, school_id: str | None) -> None:
        from ..dialogs import SchoolDialog  # the dialogs load when she opens one

        conn = self.ctx.conn
        school = next((s for s in setup.list_schools(conn) if s.id == school_id), None)
        pupils = setup.school_pupils(conn, school_id) if school_id else {}
        dialog = SchoolDialog(school, pupils, self._dialog_years(), self)
        dialog.save = lambda: self.ctx.apply(setup.save_school, *dialog.values())
        if self._exec(dialog):
            self.schools_status.setText(tr("Schule gespeichert."))
            self.load()

    def delete_school(self) -> None:
        school_id = self._selected_id(self.schools_view)
        if school_id is None:
            self.schools_status.say(tr("Bitte zuerst eine Schule in der Liste auswählen."))
            return
        if not self._ask(tr("Die Schule mit ihren Schülerzahlen und ihrem Stellenumfang "
                            "löschen?")):
            return
        if not apply_or_say(self.ctx, self.schools_status, setup.SetupError,
                            setup.delete_school, school_id):
            return
        self.schools_status.setText(tr("Schule gelöscht."))
        self.load()

    def add_post(self) -> None:
        self._edit_post(None)

    def edit_post(self) -> None:
        post_id = self._selected_id(self.posts_view)
        if post_id is None:
            if self.posts_model.rowCount() == 1:
                post_id = self.posts_model.index(0, 0).data(Qt.ItemDataRole.UserRole)
            else:
                self.schools_status.say(tr("Bitte zuerst eine Stelle in der Liste auswählen."))
                return
        self._edit_post(post_id)

    def edit_staff(self) -> None:
        """The staff block ("Kennzahlen zu den Fachkräften") of the selected post."""
        from ..staff_dialog import StaffDialog

        post_id = self._selected_id(self.posts_view)
        if post_id is None and self.posts_model.rowCount() == 1:
            post_id = self.posts_model.index(0, 0).data(Qt.ItemDataRole.UserRole)
        if post_id is None:
            self.schools_status.say(tr("Bitte zuerst eine Stelle in der Liste auswählen."))
            return
        if self._exec(StaffDialog(self.ctx, post_id, self.school_year(), self)):
            self.schools_status.setText(tr("Fachkräfte-Angaben gespeichert."))

    def _edit_post(self, post_id: str | None) -> None:
        from ..dialogs import PostDialog

        conn = self.ctx.conn
        year = self.school_year()
        post = next((p for p in setup.list_posts(conn) if p.id == post_id), None)
        shares = ({s.school_id: s.percent for s in setup.post_shares(conn, post_id, year)}
                  if post_id else {})
        dialog = PostDialog(post, setup.list_schools(conn), shares, year, self)
        if post is None:
            dialog.hours.setValue(setup.new_post(conn, "").full_time_hours)
        dialog.save = lambda: self.ctx.apply(setup.save_post_with_shares, *_post_values(dialog))
        if self._exec(dialog):
            self.schools_status.setText(tr("Stelle gespeichert."))
            self.load()


def _select(view: QTableView, row_id: str | None) -> None:
    """The row of ``row_id`` (first column's data) is current and selected."""
    model = view.model()
    for row in range(model.rowCount()):
        if row_id is not None and model.index(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
            view.setCurrentIndex(model.index(row, 0))
            return


def _post_values(dialog: PostDialog):
    post, shares = dialog.values()
    return post, dialog.school_year, shares
