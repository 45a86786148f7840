"""A figure in a table says nothing alone: a screen reader on any cell that shows a figure
(„3“, „1,50“, „12 %“) hears its row's and its column's header with it, in every table of
every area as in the Wochenraster (tests/ui/time/test_grid_cells_carry_headers.py). The
row's header is the vertical header where the table shows one, else the row's first
column. Read through Qt's accessibility interface, as Orca gets it: a cell's name and
description; a control in a cell (Zielwerte's spin boxes) by its own name."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QTableView,
    QTabWidget,
    QTreeView,
)

from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.common.models import ROW_HEADER_COLUMN
from tests.support.main_windows import demo_main_window
from tests.ui.a11y.test_audit import DIALOGS
from tests.ui.a11y.test_every_dialog import BUILDERS, _build
from tests.ui.shell.test_fits_small_screen import _settle

R = QAccessible.Role
FIGURE = re.compile(r"[−-]?\d[\d.,]*( ?(Std\.|Min\.|%|h))?")
DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{2,4})?")
ROWS = 3   # the first rows of each table


def is_figure(text: str) -> bool:
    return bool(FIGURE.fullmatch(text)) and not DATE.fullmatch(text)


def _row_header(view: QAbstractItemView, row: int) -> str:
    model = view.model()
    vertical = getattr(view, "verticalHeader", lambda: None)()
    if vertical is not None and vertical.isVisibleTo(view.window()):
        return str(model.headerData(row, Qt.Orientation.Vertical) or "")
    naming = model.property(ROW_HEADER_COLUMN) or 0
    return str(model.index(row, naming).data() or "").strip()


def _said(view: QAbstractItemView) -> dict[tuple[int, int], str]:
    """(row, column) → what a reader gets of the cell: its name and its description."""
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    said = {}
    for index in range(iface.childCount()):
        child = iface.child(index)
        cell = child.tableCellInterface() if child.role() in (R.Cell, R.TreeItem) else None
        if cell is not None and cell.rowIndex() < ROWS:
            said[(cell.rowIndex(), cell.columnIndex())] = (
                f"{child.text(QAccessible.Name)} | {child.text(QAccessible.Description)}")
    return said


def problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    said = _said(view)
    found = []
    for row in range(min(ROWS, model.rowCount())):
        header = _row_header(view, row)
        for column in range(1, model.columnCount()):
            if view.isColumnHidden(column) if isinstance(view, QTableView) else False:
                continue
            index = model.index(row, column)
            widget = view.indexWidget(index)
            if widget is not None:
                heard = widget.accessibleName()
            elif is_figure(str(index.data() or "")):
                heard = said.get((row, column), "")
            else:
                continue
            top = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if header not in heard or top not in heard:
                found.append(f"{header!r} × {top!r}: {heard!r}")
    return found


def _tables(window) -> list[QAbstractItemView]:
    return [v for v in window.findChildren(QAbstractItemView)
            if isinstance(v, (QTableView, QTreeView)) and v.isVisibleTo(window)
            and v.model() is not None]


def _views(window) -> list[QAbstractItemView]:
    return [v for v in _tables(window) if v.model().rowCount() > 0]


def _empty(window) -> list[str]:
    """The tables shown without a row: not walked, so the test must give them one."""
    return [v.accessibleName() or type(v).__name__ for v in _tables(window)
            if v.model().rowCount() == 0]


def _fill_the_demo(conn, folder) -> None:
    """Rows for the area tables the demo vault leaves empty, through the services: a
    deputy package written (Datenschutz → Geschriebene Pakete) and three goals with a
    scale rated and closed in the year Statistik opens on (Zielerreichung)."""
    from datetime import timedelta

    from ssa_desktop.domain import clock
    from ssa_desktop.domain import goals as g
    from ssa_desktop.domain import handover as rules
    from ssa_desktop.domain.entities import Case, Consent, Person
    from ssa_desktop.services import goals, handover_deputy, persons
    from ssa_desktop.services import statistics as stats
    from ssa_desktop.storage import repositories as repo

    school = repo.list_schools(conn)[0].id
    today = clock.today()
    anna = repo.PERSONS.insert(conn, Person("P-Anna", first_name="Anna", school_id=school))
    repo.CONSENTS.insert(conn, Consent(anna.id, "Vertretung der Schulsozialarbeit",
                                       today - timedelta(days=30), deputy=True))
    repo.CASES.insert(conn, Case(anna.id, today - timedelta(days=20), school_id=school,
                                 title="Fall Anna"))
    folder.mkdir()
    handover_deputy.create_deputy_package(
        conn, rules.Period(today + timedelta(days=7), today + timedelta(days=40)),
        rules.Deputy("Jana Berger", "SSA Nord"), [anna.id], folder / "paket.ssapaket",
        for_name="Frau Albers", today=today)
    year = stats.default_year(conn)
    for i, (scale, baseline, levels) in enumerate([(g.GAS, -1, [-1, 0]), (g.GENERIC, 2, [3, 3]),
                                                   (g.GENERIC, 3, [3, 2])]):
        person = repo.PERSONS.insert(conn, Person(f"Z-{i}", grade=7, school_id=school))
        case = persons.save_case(conn, Case(person.id, date(year, 9, 1), title="Fall"))
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Ziel", scale=scale, baseline=baseline, created="2024-08-01 08:00:00"))
        for day, level in zip((10, 20), levels, strict=True):
            goals.rate(conn, goal.id, level, date(year, 9, day))
        persons.close_case(conn, case.id, min(date(year, 9, 25), today), "partly")


def _drill_into_a_figure(area) -> None:
    """Statistik: Enter on the figures in turn until one lists its anonymous entries (a
    master-data figure such as the pupils of the school lists none)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from ssa_desktop.ui.statistics.area import ROLE_FIELD

    area.form.setFocus()
    it = QTreeWidgetItemIterator(area.form)
    while it.value() is not None and area.drill_model.rowCount() == 0:
        if it.value().data(0, ROLE_FIELD) and it.value().text(1).strip() not in ("", "0"):
            area.form.setCurrentItem(it.value())
            QTest.keyClick(area.form, Qt.Key.Key_Return)
            area.form.setFocus()
        it += 1
    assert area.drill_model.rowCount() > 0


def test_every_figure_in_a_table_is_read_with_its_row_and_column(qapp, qtbot, tmp_path):
    window = demo_main_window(qtbot, tmp_path, (1366, 768))
    _fill_the_demo(window.ctx.conn, tmp_path / "stick")
    try:
        found: dict[str, list[str]] = {}
        walked = set()
        empty: set[str] = set()
        for spec in AREAS:
            area = window.show_area(spec.key)
            if spec.key == "groups":   # a group chosen: its sessions are listed
                area.list_view.selectRow(0)
            if spec.key == "statistics":   # a figure chosen: its entries are listed
                _settle()
                _drill_into_a_figure(area)
            tabs = getattr(area, "tabs", None)
            pages = range(tabs.count()) if tabs is not None and hasattr(tabs, "count") else [0]
            for page in pages:
                if tabs is not None and hasattr(tabs, "setCurrentIndex"):
                    tabs.setCurrentIndex(page)
                _settle()
                empty.update(f"{spec.key}/{n}" for n in _empty(window))
                for view in _views(window):
                    name = view.accessibleName()
                    walked.add(name)
                    if wrong := problems(view):
                        found[f"{spec.key}/{name}"] = wrong[:3]
        # the grids the issue named are among those walked
        assert {"Sitzungen der Gruppe", "Zielwerte der Vereinbarung", "Zielwerte mit Ampel",
                "Anteile nach Aufgabenbereich und Kategorie", "Zeitanteile je Schule",
                "Formularvorschau", "Summen je Monat",
                "Wochenraster indirekte Arbeit in Minuten",
                # … and the ones _fill_the_demo and _drill_into_a_figure give rows
                "Geschriebene Pakete", "Anonyme Einträge", "Zielerreichung"} <= walked
        assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
        assert sorted(empty) == [], "tables shown empty, so not read: give them a row"
    finally:
        window.ctx.lock()
        QApplication.processEvents()


def _dialog_tables(window) -> dict[str, list[str]]:
    """Every table with rows in ``window`` (each tab shown in turn) → its problems."""
    found: dict[str, list[str]] = {}
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
    for tabs in tab_widgets or [None]:
        for page in range(tabs.count()) if tabs is not None else [0]:
            if tabs is not None:
                tabs.setCurrentIndex(page)
            QApplication.processEvents()
            for name in _empty(window):
                found[name] = ["shown empty, so not read: give it a row"]
            for view in _views(window):
                WALKED_IN_DIALOGS.add(view.accessibleName())
                if wrong := problems(view):
                    found[view.accessibleName()] = wrong[:3]
    return found


WALKED_IN_DIALOGS: set[str] = set()


# -- rows for the tables a registered dialog shows empty on the test vault ------------------
# Real data through the services (as the app makes it), written before the dialog is built.
def _short_contact(ctx, pupil, _tmp) -> None:
    from ssa_desktop.domain.entities import ShortContact
    from ssa_desktop.services import activities

    activities.record_short_contact(ctx.conn, ShortContact(
        date(2026, 11, 24), school_id=pupil.school_id, gender="w", grade=7, count=2,
        duration_min=10))


def _stored_template(ctx, _pupil, _tmp) -> None:
    from ssa_desktop.services import letter_templates
    from tests.letters.test_own_templates import docx

    letter_templates.import_template(ctx.conn, "Einladung Word", "invitation",
                                     docx("{{ recipient.address }}", "Liebe Eltern"), "docx")


def _proposal(ctx, _pupil, _tmp) -> None:
    """One person proposed for the deputy's package, one not (no consent)."""
    from tests.services.test_handover import _person

    _person(ctx.conn, "Anna")
    _person(ctx.conn, "Cem", consent=False)


def _real_conflicts(ctx, _pupil, tmp_path):
    """A return whose appointment the deputy marked attended while she cancelled it."""
    from ssa_desktop.domain import clock
    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_deputy_work, handover_return
    from ssa_desktop.storage import repositories as repo
    from tests.services.test_handover import _package

    out = tmp_path / "out"
    out.mkdir()
    with clock.frozen(date(2026, 11, 23)):
        _a, result = _package(ctx.conn, out)
    working = date(2026, 12, 5)
    with clock.frozen(working):
        pkg, _ = svc.open_package(result.path, result.key_text, today=working, writable=True)
        [appt] = handover_deputy_work.deputy_overview(pkg).appointments
        handover_deputy_work.deputy_set_appointment_status(pkg, appt.id, "attended")
        pkg.close()
        mine = repo.APPOINTMENTS.get(ctx.conn, appt.id)
        mine.status = "cancelled"
        repo.APPOINTMENTS.update(ctx.conn, mine)
        ret = handover_deputy_work.write_return(result.path, result.key_text,
                                                out / "r.ssapaket", today=working)
        return handover_return.import_return(ctx.conn, ret.path, today=working).conflicts


def _conflicts_dialog(ctx, pupil, tmp_path, _qtbot):
    from ssa_desktop.ui.handover.conflicts_dialog import ConflictsDialog

    return ConflictsDialog(_real_conflicts(ctx, pupil, tmp_path))


def _kit_with_deliveries(_ctx, _pupil, tmp_path, qtbot):
    """The Träger kit showing the deliveries of a folder of real KVJS export files."""
    from ssa_desktop.domain import clock
    from ssa_desktop.ui.background import wait_for_all
    from ssa_desktop.ui.traeger.kit_dialog import TraegerKitDialog
    from tests.traeger.files import post_file, school_file

    folder = tmp_path / "lieferungen"
    post_file(folder, "nord.json", "P-Nord", ["GMS-1", "RS-2"])
    school_file(folder, "gms.json", "GMS-1", landkreis="Emmendingen")
    with clock.frozen(date(2026, 10, 5)):
        dialog = TraegerKitDialog()
    dialog.folder.setText(str(folder))
    dialog.year.setText("2025/26")
    qtbot.addWidget(dialog)
    dialog.show_button.click()                         # „Lieferungen anzeigen“
    wait_for_all(20_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=20_000)
    return dialog


FILL = {"ShortContactsDialog": _short_contact, "LetterTemplatesDialog": _stored_template,
        "DeputyPackageDialog": _proposal}
FILLED_BUILDERS = {"ConflictsDialog": _conflicts_dialog,
                   "TraegerKitDialog": _kit_with_deliveries}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_figure_in_a_dialogs_table_is_read_with_its_row_and_column(
        ctx, qtbot, pupil, tmp_path, name):
    """The same rule in every dialog of the UI's registry (test_every_dialog.BUILDERS),
    each table given a row (FILL, FILLED_BUILDERS) where the test vault leaves it empty."""
    if name in FILL:
        FILL[name](ctx, pupil, tmp_path)
    if name in FILLED_BUILDERS:
        dialog = FILLED_BUILDERS[name](ctx, pupil, tmp_path, qtbot)
        qtbot.addWidget(dialog)
        dialog.show()
    else:
        dialog = _build(ctx, qtbot, pupil, tmp_path, name)
    assert _dialog_tables(dialog) == {}


def _school_year(ctx, _pupil, _vault_dir):
    """The assistant on the first school day after the summer, with a pupil known since
    spring: its list holds her proposal."""
    from ssa_desktop.domain import clock
    from ssa_desktop.domain.entities import Person
    from ssa_desktop.storage import repositories as repo
    from ssa_desktop.ui.school_year.dialog import SchoolYearDialog

    day = date(2026, 8, 3)
    repo.PERSONS.insert(ctx.conn, Person("R-1", grade=6, class_label="6a",
                                         school_id="school-1", created="2026-03-01 10:00:00"))
    with clock.frozen(day):
        return SchoolYearDialog(ctx, today=day)


FILLED_AUDITED = {"school_year": _school_year}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_figure_in_an_audited_dialogs_table_is_read_with_its_row_and_column(
        ctx, qtbot, pupil, vault_dir, name):
    """… and in the dialogs test_audit.DIALOGS builds (a table filled where empty)."""
    dialog = FILLED_AUDITED.get(name, DIALOGS[name])(ctx, pupil, vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _dialog_tables(dialog) == {}


def test_every_figure_in_the_deputy_windows_tables_is_read_with_its_row_and_column(
        ctx, qtbot, tmp_path):

    """… and in the deputy's window, every tab filled: the rated goal, a document sent
    along and a contact she recorded."""
    from ssa_desktop.domain import clock
    from ssa_desktop.services import handover_deputy_work as work
    from ssa_desktop.ui.handover.deputy_window import DeputyWindow
    from tests.support import document_files
    from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package

    folder = tmp_path / "stick"
    folder.mkdir()
    package = colleagues_package(folder, goal="Jeden Tag in die Schule",
                                 rated=date(2026, 11, 16), document=document_files.pdf())
    with clock.frozen(WORKDAY):
        window = DeputyWindow(ctx, package.path, package.key_text)
        qtbot.addWidget(window)
        work.deputy_add_contact(window.pkg, work.DeputyContactEntry(
            package.n5, None, date(2026, 12, 2), "TEL", 45, time="14:15"))
        window.refresh()
        window.show()
        assert _dialog_tables(window) == {}
