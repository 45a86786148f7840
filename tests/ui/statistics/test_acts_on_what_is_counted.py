"""Statistik at the end of her year (session 23, tester V): she moves to the next school with
the arrow keys and, while it is still counted („Wird gezählt …“), presses Alt+G („Als
abge&geben markieren“) or Alt+X: the marking and the export went to the school counted
before, whose figures still stood under the new name. Now the year's actions wait for the
figures of what she chose: until they are shown, the keys do nothing and the line says so."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import statistics as stats
from ssa_desktop.ui.statistics import area as area_module
from ssa_desktop.ui.statistics.area import StatisticsArea
from tests.kvjs import fixture

_REPORT = stats.report   # the count itself, not the one held below


def _delivered_scopes(conn, year: int) -> set[str]:
    return {key for key in ("school:school-1", "school:school-2")
            if _REPORT(conn, year, stats.Scope.parse(key)).delivered is not None}


def test_alt_g_and_alt_x_while_the_next_school_is_counted_touch_neither(ctx, qtbot,
                                                                        monkeypatch, tmp_path):
    fixture.build(ctx.conn)
    gate = threading.Event()

    def held_report(conn, year, scope, **kwargs):
        if scope.id == "school-2":
            gate.wait(30)   # her next school is still being counted
        return _REPORT(conn, year, scope, **kwargs)

    monkeypatch.setattr(stats, "report", held_report)
    exported: list[str] = []
    monkeypatch.setattr(area_module, "choose_target_folder",
                        lambda *a, **k: exported.append("asked") or str(tmp_path))
    monkeypatch.setattr(area_module, "ask_yes_no", lambda *a, **k: True)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    with clock.frozen(date(2026, 10, 20)):
        try:
            area.show()
            qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
            assert area.scope_box.currentText() == "Gemeinschaftsschule Am Park (GMS-1)"
            area.activateWindow()
            area.scope_box.setFocus()
            QTest.keyClick(area.scope_box, Qt.Key.Key_Down)     # the next school
            assert area.scope_box.currentText() == "Realschule Am Berg (RS-2)"
            assert area._busy                                    # „Wird gezählt …“
            for button, key in ((area.deliver_button, Qt.Key.Key_G),
                                (area.export_button, Qt.Key.Key_X)):
                with qtbot.waitSignal(button.clicked, timeout=5_000):  # a mnemonic clicks late
                    QTest.keyClick(QApplication.focusWidget(), key,
                                   Qt.KeyboardModifier.AltModifier)
            assert exported == []                                # no export of GMS-1 as RS-2
            assert _delivered_scopes(ctx.conn, 2025) == set()    # nor GMS-1 marked as RS-2
            assert "noch gezählt" in area.status.text()
        finally:
            gate.set()
        qtbot.waitUntil(lambda: area.report is not None and not area._busy
                        and area.report.info.scope.id == "school-2", timeout=10_000)
        monkeypatch.setattr(stats, "report", _REPORT)
        assert _delivered_scopes(ctx.conn, 2025) == set()        # nothing marked behind her
        assert area.deliver_button.isEnabled() and area.export_button.isEnabled()
        assert area.deliver_button.text() == "Als abge&geben markieren"


def test_while_the_next_school_is_counted_the_last_ones_figures_are_not_shown_as_its(
        ctx, qtbot, monkeypatch):
    """Session 24 (issue 65): with „Wird gezählt …“ the form, the charts, the findings and
    the Eingabehilfe still showed the school counted before, under the new name in the
    choice – the eye and a screen reader read GMS-1's figures as RS-2's. Now they go at
    once; the form's one line says what is being counted, until its figures come."""
    fixture.build(ctx.conn)
    gate = threading.Event()

    def held_report(conn, year, scope, **kwargs):
        if scope.id == "school-2":
            gate.wait(30)
        return _REPORT(conn, year, scope, **kwargs)

    monkeypatch.setattr(stats, "report", held_report)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    with clock.frozen(date(2026, 10, 20)):
        try:
            area.show()
            qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
            assert area.form.topLevelItemCount() > 1 and area.charts_layout.count()
            assert area.entry_aid.lines
            area.activateWindow()
            area.scope_box.setFocus()
            QTest.keyClick(area.scope_box, Qt.Key.Key_Down)     # the next school
            assert area._busy
            [line] = [area.form.topLevelItem(i).text(0)
                      for i in range(area.form.topLevelItemCount())]
            assert line == "Realschule Am Berg (RS-2), 2025/26: wird noch gezählt …"
            assert area.status.text() == line                    # heard as it changes
            assert area.charts_layout.count() == 0
            assert area.findings_box.isHidden()
            assert area.entry_aid.lines == []
            assert area.drill_model.rowCount() == 0
        finally:
            gate.set()
        qtbot.waitUntil(lambda: area.report is not None and not area._busy
                        and area.report.info.scope.id == "school-2", timeout=10_000)
        monkeypatch.setattr(stats, "report", _REPORT)
        assert area.form.topLevelItemCount() > 1 and area.charts_layout.count()
        assert "gezählt" not in area.status.text()
