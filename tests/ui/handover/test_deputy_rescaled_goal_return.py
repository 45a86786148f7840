"""End to end with real keys: her window offers a handed goal on the scale her package
has for it; a goal whose scale differs there from the colleague's (no window changes it:
an earlier release or a crafted package) rated by keys on a level both scales share, the
return written by her window – the colleague's vault leaves the rating out, counts and
names it (it went in as +2; docs/handover.md, meta ``goal_scales``)."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import goals, handover_deputy, handover_return
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from tests.support.vaults import fresh_vault
from tests.ui.handover.deputy_fixture import (
    CREATED,
    PERIOD,
    WORKDAY,
    Package,
    _pupil,
    gone,
    open_deputy_window,
    shown_entry_dialog,
)


def _package_on_her_scale(conn, folder):
    """K-17's goal „Jeden Tag in die Schule“ (GAS here, unrated) handed out; in her
    package it is on „1 bis 5“. The package and the goal."""
    k17, case, appt = _pupil(conn, "K-17", "Kim", "Sommer", "8a", "", "Konflikt", "1.12")
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            created="2026-09-12 10:00:00"))
    result = handover_deputy.create_deputy_package(
        conn, PERIOD, rules.Deputy("Jana Berger", "SSA Nord"), [k17.id], folder,
        for_name="Frau Albers", today=CREATED, extras={k17.id: {"case_goals"}})
    pkg, _info = svc.open_package(result.path, result.key_text, today=WORKDAY, writable=True)
    try:
        goals_repo.CASE_GOALS.update(pkg, dataclasses.replace(
            goals_repo.CASE_GOALS.get(pkg, goal.id), scale=g.GENERIC))
    finally:
        pkg.close()
    return Package(result.path, result.key_text, result.package_id, k17.id, "", case.id, "",
                   appt.id), goal


def _rate_two_by_keys(window, qtbot) -> None:
    """Alt+E on K-17, Strg+1 to the goal, two arrows down („2“ of 1 … 5), Strg+Enter."""
    window.persons.setFocus()
    QTest.keyClick(window.persons, Qt.Key_E, Qt.AltModifier)
    dialog = shown_entry_dialog(window, qtbot)
    [(_goal, box)] = dialog.goal_ratings.boxes
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert QApplication.focusWidget() is box
    for _ in range(2):      # — → 1 → 2
        QTest.keyClick(box, Qt.Key_Down)
    assert box.currentText().startswith("2 ")
    QTest.keyClick(box, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: gone(dialog))


def test_her_keyed_rating_on_her_scale_is_left_out_here_and_named(ctx, qtbot, tmp_path):
    stick, back = tmp_path / "stick", tmp_path / "rueck"
    stick.mkdir()
    back.mkdir()
    with fresh_vault() as colleague:
        conn = colleague.conn
        package, goal = _package_on_her_scale(conn, stick)
        goals.rate(conn, goal.id, -1, date(2026, 11, 20))      # the colleague, meanwhile
        with clock.frozen(WORKDAY):
            window = open_deputy_window(ctx, qtbot, package)
            try:
                _rate_two_by_keys(window, qtbot)
                [contact] = repo.CONTACTS.all(window.pkg)
                window.write_return(back)
            finally:
                window.close()
        [written] = list(back.iterdir())
        merged = handover_return.import_return(conn, written, today=WORKDAY)
        assert [(r.level, r.written_by) for r in goals.ratings(conn, goal.id)] == [(-1, "")]
        assert repo.CONTACTS.get(conn, contact.id) is not None
        assert any(line.startswith("1 Einschätzung(en) der Vertretung zum Ziel „Jeden Tag "
                                   "in die Schule“ nicht übernommen") for line in merged.after)
