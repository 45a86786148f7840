"""Arbeitszeit area on real widgets: keyboard-only weekly grid, the stopwatch across a
lock, lights with words and numbers, the Übersicht tile, bad input shown in German."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import entities as e
from ssa_desktop.services import activities, worktime
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.time.stopwatch import StopwatchButton
from tests.conftest import PASSPHRASE
from tests.ui.time.shared import open_area as _area

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2025, 11, 12)                                  # Wednesday, 2025/26


def _type(widget, text: str) -> None:
    """Type ``text`` like a person: the first key opens the cell editor, the rest go to
    whatever has the focus then."""
    for ch in text:
        QTest.keyClick(QApplication.focusWidget() or widget, ch)


def _key(key) -> None:
    """Press ``key`` on the focused widget and let Qt finish (an editor commits queued)."""
    QTest.keyClick(QApplication.focusWidget(), key)
    QApplication.processEvents()


def test_weekly_grid_by_keyboard_only(ctx, qtbot, post, frozen):
    area = _area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)           # "&Wochenraster"
    assert area.tabs.currentWidget() is area.grid
    table = area.grid.table
    table.setFocus()
    # first cell: Vor- und Nachbereitung, Monday; type 45, Tab to Tuesday, type 30, Enter
    table.setCurrentIndex(area.grid.model.index(0, 0))
    _type(table, "45")
    _key(Qt.Key_Tab)
    _type(table, "30")
    _key(Qt.Key_Return)
    # Enter saved and moved down to Dokumentation, Tuesday: 20, Enter
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 1)
    _type(table, "20")
    _key(Qt.Key_Return)
    monday = date(2025, 11, 10)
    cells = worktime.week_grid(ctx.conn, DAY, "school-1").cells
    assert cells == {(monday, "IND"): 45, (monday + timedelta(days=1), "IND"): 30,
                     (monday + timedelta(days=1), "DOK"): 20}
    model = area.grid.model
    assert model.data(model.index(0, 7)) == "75"                  # week sum of the row
    assert model.data(model.index(model.rowCount() - 1, 1)) == "50"   # Tuesday total
    # a refused value: German message, nothing saved, the cell keeps its value
    table.setCurrentIndex(model.index(1, 1))
    _type(table, "2000")
    _key(Qt.Key_Return)
    assert "24 Stunden" in area.grid.message.text()
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells[(monday + timedelta(days=1),
                                                                "DOK")] == 20
    # the dashboard follows (Auswertung recomputed from the change)
    qtbot.waitUntil(lambda: area.report.scope.areas["IND"] == 95, timeout=10_000)


def test_copy_last_week_by_shortcut(ctx, qtbot, post, frozen):
    worktime.set_cell(ctx.conn, date(2025, 11, 4), "FAH", "school-1", 25)
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.grid)
    area.grid.table.setFocus()
    QTest.keyClick(area.grid.table, Qt.Key_V, Qt.ControlModifier | Qt.ShiftModifier)
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {(date(2025, 11, 11), "FAH"): 25}


def test_dashboard_shows_lights_with_words_and_numbers(ctx, qtbot, post, frozen):
    activities.record_contact(ctx.conn, e.Contact(DAY, "EB", 600, school_id="school-1"))
    worktime.set_cell(ctx.conn, DAY, "DOK", "school-1", 400)
    area = _area(ctx, qtbot)
    targets = area.dashboard.targets
    rows = {targets.item(r, 3).text(): r for r in range(targets.rowCount())}
    direct = rows["Direkte Arbeit"]
    assert targets.item(direct, 0).text() == "im Zielbereich"       # words, not only colour
    assert targets.item(direct, 0).data(Qt.UserRole) == "green"
    assert targets.item(direct, 1).text() == "60,0 %"
    assert targets.item(direct, 2).text() == "60–65 %"
    efh = rows["Einzelfallhilfe (Anteil an der direkten Arbeit)"]
    assert (targets.item(efh, 0).text(), targets.item(efh, 1).text()) == ("außerhalb", "100,0 %")
    assert "Soll" in area.dashboard.hours.text() and "Saldo" in area.dashboard.hours.text()
    assert "60,0 %" in area.dashboard.area_chart.accessibleDescription()
    # choose a week by keyboard: Zeitraum = Woche, period follows today
    area.kind.setFocus()
    area.kind.setCurrentIndex(area.kind.findText("Woche"))
    qtbot.waitUntil(lambda: area.report.period.kind == "week", timeout=10_000)
    assert area.report.period.first == date(2025, 11, 10)
    # Soll and balance count up to today (Wednesday): 3 × 3,9 h; the whole week 19,5 h
    assert (area.report.scope.soll_min, area.report.scope.soll_full_min) == (702, 1170)
    assert "bis heute (12.11.2025)" in area.dashboard.hours.text()
    ctx.lock()
    assert area.dashboard.targets.rowCount() == 0 and area.report is None


def test_stopwatch_start_and_stop_across_a_lock(ctx, qtbot, post, open_vault):
    button = StopwatchButton(ctx)
    qtbot.addWidget(button)
    with clock.frozen(datetime(2025, 11, 12, 9, 40, tzinfo=BERLIN)):
        button.toggle_stopwatch()                                              # start (Strg+T)
    assert button.running is not None and "anhalten" in button.text()
    folder = open_vault.vault.folder
    ctx.lock()
    assert not button.isVisible() and button.text() == "" and button.running is None
    # unlock again (as after a restart): the stopwatch is still running
    session = Vault(folder).unlock(PASSPHRASE)
    with clock.frozen(datetime(2025, 11, 12, 10, 25, tzinfo=BERLIN)):
        ctx.set_session(session)
        assert button.running is not None and "0:45" in button.text()
        button.toggle_stopwatch()                                              # stop: dialog opens
        dialog = button.dialog
        assert dialog is not None and dialog.minutes.value() == 45
        dialog.category.setFocus()
        QTest.keyClicks(dialog.category, "Dok")                      # type-ahead: Dokumentation
        assert dialog.category.currentText() == "Dokumentation"
        QTest.keyClick(dialog.category, Qt.Key_Return)               # Enter books
    assert button.dialog is None and button.running is None
    cells = worktime.week_grid(ctx.conn, DAY, "school-1").cells
    assert cells == {(DAY, "DOK"): 45}
    session.lock()


def test_stopwatch_dialog_is_closed_by_a_lock_and_nothing_is_booked(ctx, qtbot, post):
    button = StopwatchButton(ctx)
    qtbot.addWidget(button)
    with clock.frozen(datetime(2025, 11, 12, 9, 0, tzinfo=BERLIN)):
        button.toggle_stopwatch()
    with clock.frozen(datetime(2025, 11, 12, 9, 30, tzinfo=BERLIN)):
        button.toggle_stopwatch()
        assert button.dialog is not None
        ctx.lock()
    assert button.dialog is None


def test_overview_tile_shows_direct_share_and_opens_the_area(ctx, qtbot, post):
    from ssa_desktop.ui.time.tile import TimeShareTile

    today = clock.today()
    activities.record_contact(ctx.conn, e.Contact(today, "EB", 630, school_id="school-1"))
    activities.record_network_activity(ctx.conn, e.NetworkActivity("RT", today, 370,
                                                                    school_id="school-1"))
    tile = TimeShareTile(ctx)
    qtbot.addWidget(tile)
    tile.show()
    tile.refresh()
    qtbot.waitUntil(lambda: tile.summary is not None, timeout=10_000)
    texts = [w.text() for w in tile.rows]
    assert texts[:2] == ["direkt", "63,0 %"] and "im Zielbereich" in texts
    tile.setFocus()
    with qtbot.waitSignal(ctx.navigate) as blocker:
        QTest.keyClick(tile, Qt.Key_Return)
    assert blocker.args == ["time", ""]


def test_extra_category_extends_the_grid_and_counts_as_indirect(ctx, qtbot, post, frozen):
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.grid)
    rows = area.grid.model.rowCount()
    area.grid.create_category("Elternabend vorbereiten")
    assert area.grid.model.rowCount() == rows + 1
    area.grid.create_category("dokumentation")
    assert "gibt es schon" in area.grid.message.text()
    worktime.set_cell(ctx.conn, DAY, "X1", "school-1", 40)
    from ssa_desktop.services import timeshare

    report = timeshare.compute(ctx.conn, 2025)
    assert report.scope.areas["IND"] == 40 and report.labels["X1"] == "Elternabend vorbereiten"


def test_ctrl_t_in_the_main_window_starts_and_stops_the_stopwatch(ctx, qtbot, post, tmp_path,
                                                                  frozen):
    """On a day of 2025/26, the year of the post's share (on the wall clock's day of a
    later year the Schuljahreswechsel, waiting for the share, opened in front)."""
    from keyring.backends import fail

    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.ui.settings_store import SettingsStore
    from ssa_desktop.ui.shell.main_window import MainWindow

    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    button = window.stopwatch_button
    assert button.isVisible() and "Strg+T" in button.text()
    with clock.frozen(datetime(2025, 11, 12, 14, 0, tzinfo=BERLIN)):
        QTest.keyClick(window, Qt.Key_T, Qt.ControlModifier)
    assert worktime.stopwatch(ctx.conn) is not None
    with clock.frozen(datetime(2025, 11, 12, 14, 20, tzinfo=BERLIN)):
        QTest.keyClick(window, Qt.Key_T, Qt.ControlModifier)
        dialog = button.dialog
        assert dialog is not None and dialog.minutes.value() == 20
        QTest.keyClick(dialog, Qt.Key_Escape)                     # Esc: keeps running
        QApplication.processEvents()
    assert button.dialog is None and worktime.stopwatch(ctx.conn) is not None
    assert ("Strg+T", "Stoppuhr starten/anhalten (Arbeitszeit)") in window.shortcut_table()


def test_every_share_says_what_it_counts(ctx, qtbot, post, frozen):
    activities.record_contact(ctx.conn, e.Contact(DAY, "EB", 45, school_id="school-1"))
    area = _area(ctx, qtbot)
    table = area.dashboard.areas
    assert table.item(0, 2).toolTip() == ("Kontakte und Kurzkontakte (auch mit Eltern und "
                                          "Lehrkräften): 45 Minuten")
    assert table.rowCount() == 5 + 8                     # areas, then indirect categories


def test_report_export_from_the_area_writes_the_json(ctx, qtbot, post, frozen, tmp_path):
    import json

    activities.record_contact(ctx.conn, e.Contact(DAY, "EB", 60, school_id="school-1"))
    area = _area(ctx, qtbot)
    target = tmp_path / "zeit.json"
    area.export("json", str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    doc = json.loads(target.read_text("utf-8"))
    assert doc["hours"]["ist_min"] == 60 and doc["school_year"] == "2025/26"


def test_absence_entered_in_the_area_lowers_the_soll(ctx, qtbot, post, frozen):
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.absences)
    view = area.absences
    view.kind.setCurrentIndex(view.kind.findData("sick"))
    view.first.set_date(date(2025, 11, 10))
    view.last.set_date(date(2025, 11, 11))
    view.add_absence()
    assert view.absences.rowCount() == 1 and view.absences.item(0, 0).text() == "krank"
    view.add_absence()                                               # the same days again
    assert "überschneiden" in view.message.text() and view.absences.rowCount() == 1
    from ssa_desktop.services import timeshare

    report = timeshare.compute(ctx.conn, 2025, "school-1", week_period_of(DAY))
    assert report.scope.soll_min == 234                              # only Wednesday counts


def week_period_of(day):
    from ssa_desktop.domain.worktime import week_period

    return week_period(day)


def test_band_with_lower_bound_above_upper_is_refused_in_the_targets_tab(ctx, qtbot, post,
                                                                         frozen):
    agreement = e.CooperationAgreement("school-1", date(2025, 8, 1))
    from ssa_desktop.storage import repositories as repo

    repo.AGREEMENTS.insert(ctx.conn, agreement)
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.targets)
    view = area.targets
    assert view.table.rowCount() == 6
    view.table.cellWidget(0, 2).setValue(70.0)                       # Untergrenze 70 > 65
    view.store()
    assert "Untergrenze (70) liegt über der Obergrenze (65)" in view.message.text()
    assert "nichts gespeichert" in view.message.text()
    from ssa_desktop.services import timeshare

    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 60
    view.table.cellWidget(0, 2).setValue(58.0)
    view.store()
    assert view.message.text() == "Zielwerte gespeichert."
    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 58


def test_grid_refuses_minutes_on_a_future_day_at_the_boundary(ctx, qtbot, post, frozen):
    """Issue 16 item 6: today (Wednesday) takes minutes, tomorrow is refused in German and
    nothing reaches "Ist … bis heute"."""
    area = _area(ctx, qtbot)
    area.tabs.setCurrentWidget(area.grid)
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 3))                        # Thursday 13.11.
    _type(table, "60")
    _key(Qt.Key_Return)
    assert "13.11.2025 liegt in der Zukunft" in area.grid.message.text()
    table.setCurrentIndex(model.index(0, 2))                        # Wednesday = today
    _type(table, "45")
    _key(Qt.Key_Return)
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {(DAY, "IND"): 45}
    qtbot.waitUntil(lambda: area.report.scope.areas["IND"] == 45, timeout=10_000)


def test_copy_last_week_leaves_future_days_empty(ctx, qtbot, post, frozen):
    worktime.set_cell(ctx.conn, date(2025, 11, 5), "FAH", "school-1", 25)   # → today
    worktime.set_cell(ctx.conn, date(2025, 11, 6), "FAH", "school-1", 35)   # → tomorrow
    worktime.copy_last_week(ctx.conn, DAY, "school-1")
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {(DAY, "FAH"): 25}


def test_dashboard_names_without_codes_and_one_indirekte_arbeit(ctx, qtbot, post, frozen):
    """Issue 16 item 9: no EFH/GRP/IND/DOK beside the names, and "Indirekte Arbeit" names
    one figure only (the target, Vernetzung included), not also the area without it."""
    import re

    activities.record_contact(ctx.conn, e.Contact(DAY, "EB", 600, school_id="school-1"))
    worktime.set_cell(ctx.conn, DAY, "DOK", "school-1", 400)
    area = _area(ctx, qtbot)
    table = area.dashboard.areas
    names = [table.item(r, 0).text().strip() for r in range(table.rowCount())]
    assert not [n for n in names if re.search(r"\b(EFH|GRP|OFF|VNZ|IND|DOK)\b", n)], names
    assert "Einzelfallhilfe und Beratung" in names and "Dokumentation" in names
    targets = area.dashboard.targets
    target_names = [targets.item(r, 3).text() for r in range(targets.rowCount())]
    assert target_names.count("Indirekte Arbeit") == 1
    assert not [n for n in names if n.startswith("Indirekte Arbeit")]
    assert re.search(r"\bEFH\b", area.dashboard.area_chart.accessibleDescription()) is None


def test_delete_clears_a_grid_cell(ctx, qtbot, post, frozen):
    """Issue 16.8: Entf on a cell (not being edited) clears it, as in a spreadsheet."""
    area = _area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)
    table = area.grid.table
    table.setFocus()
    table.setCurrentIndex(area.grid.model.index(0, 0))
    _type(table, "45")
    _key(Qt.Key_Return)
    monday = date(2025, 11, 10)
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {(monday, "IND"): 45}
    table.setCurrentIndex(area.grid.model.index(0, 0))
    _key(Qt.Key_Delete)
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {}
    assert area.grid.model.data(area.grid.model.index(0, 0)) == ""
