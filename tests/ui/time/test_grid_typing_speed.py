"""The weekly grid at typing speed: keys arrive with nothing processed between them (a
fast typist's keys reach Qt in one batch), and the quit after such editing.

Qt's delegate saves an editor's Enter through a queued call; keys typed before that call
ran still went into the old editor ("30 Enter 45" became "3045", refused) and the call
then found its editor closed ("commitData called with an editor that does not belong to
this view"). The grid's delegate saves on Enter at once, as Tab does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import worktime
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.time.shared import open_area

DAY = date(2025, 11, 12)                                  # Wednesday, 2025/26
MONDAY = date(2025, 11, 10)
TUESDAY = MONDAY + timedelta(days=1)
KEYS = {"Enter": Qt.Key_Return, "Tab": Qt.Key_Tab}
DRIVER = Path(__file__).with_name("grid_quit_driver.py")
ROOT = Path(__file__).resolve().parents[3]


def _burst(keys: str) -> None:
    """Each key to whatever has the focus when it arrives, as the window system delivers
    them; nothing (no queued call, no posted event) runs between two keys."""
    for token in keys.split():
        for key in ([KEYS[token]] if token in KEYS else list(token)):
            QTest.keyClick(QApplication.focusWidget(), key)


def _grid(ctx, qtbot):
    area = open_area(ctx, qtbot)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)            # "&Wochenraster"
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    return area, table, model


def _codes(ctx) -> list[str]:
    return [c.code for c in worktime.week_grid(ctx.conn, DAY, "school-1").categories]


class _QtWarnings:
    """Qt's own warnings of a block (pytest-qt shows them only on failure)."""

    def __enter__(self):
        self.seen: list[str] = []
        self.previous = qInstallMessageHandler(self._handle)
        return self.seen

    def _handle(self, kind, _context, text):
        if kind != QtMsgType.QtDebugMsg:
            self.seen.append(text)

    def __exit__(self, *exc):
        qInstallMessageHandler(self.previous)


def test_every_value_lands_in_its_cell_with_no_pause_between_keys(ctx, qtbot, post, frozen):
    area, table, model = _grid(ctx, qtbot)
    with _QtWarnings() as warnings:
        _burst("30 Enter 45 Enter 15 Tab 20 Enter")
        QApplication.processEvents()
    ind, dok, third = _codes(ctx)[:3]
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {
        (MONDAY, ind): 30, (MONDAY, dok): 45, (MONDAY, third): 15, (TUESDAY, third): 20}
    assert [model.data(model.index(r, c)) for r, c in ((0, 0), (1, 0), (2, 0), (2, 1))] \
        == ["30", "45", "15", "20"]
    assert model.data(model.index(0, 1)) == "" and model.data(model.index(1, 1)) == ""
    assert model.data(model.index(model.rowCount() - 1, 0)) == "90"      # Monday's total
    assert area.grid.message.text() == ""
    assert (table.currentIndex().row(), table.currentIndex().column()) == (3, 1)
    assert not [w for w in warnings if "commitData" in w]


def test_the_rest_of_a_burst_after_a_first_value_that_was_saved(ctx, qtbot, post, frozen):
    """The case as seen on X11: "30 Enter" arrived on its own, the rest in one batch."""
    _area, table, model = _grid(ctx, qtbot)
    _burst("30 Enter")
    QApplication.processEvents()
    _burst("45 Enter 15 Tab 20 Enter")
    QApplication.processEvents()
    ind, dok, third = _codes(ctx)[:3]
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {
        (MONDAY, ind): 30, (MONDAY, dok): 45, (MONDAY, third): 15, (TUESDAY, third): 20}
    assert (table.currentIndex().row(), table.currentIndex().column()) == (3, 1)


def test_a_typed_value_survives_the_dashboard_result_landing_mid_edit(ctx, qtbot, post,
                                                                      frozen):
    """Each save recomputes the Auswertung on a worker; its result arrives while the next
    cell is being typed and must leave that editor alone."""
    area, table, model = _grid(ctx, qtbot)
    _burst("30 Enter 4")                      # saved 30; the next cell's editor holds "4"
    generation = area._generation
    qtbot.waitUntil(lambda: area.report is not None and area.status.text() == ""
                    and area._generation == generation, timeout=10_000)
    assert area.report.scope.areas["IND"] == 30          # the worker's result has landed
    assert table.state() == table.State.EditingState
    _burst("5 Enter")
    QApplication.processEvents()
    ind, dok = _codes(ctx)[:2]
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {
        (MONDAY, ind): 30, (MONDAY, dok): 45}
    assert model.data(model.index(1, 0)) == "45"


def test_refused_value_at_typing_speed_keeps_the_next_values(ctx, qtbot, post, frozen):
    """A refused cell (too many minutes) does not swallow what is typed after it."""
    _area, _table, model = _grid(ctx, qtbot)
    _burst("2000 Enter 45 Enter")
    QApplication.processEvents()
    ind, dok = _codes(ctx)[:2]
    assert worktime.week_grid(ctx.conn, DAY, "school-1").cells == {(MONDAY, dok): 45}
    assert model.data(model.index(0, 0)) == "" and model.data(model.index(1, 0)) == "45"


def test_strg_q_after_fast_grid_editing_ends_normally(tmp_path):
    """The real app in a child process: unlock, type into the grid with no pause for 20
    rounds of 8 cells, quit with Strg+Q. shiboken6 6.12 on Python 3.11 released a
    reference to True on every ``emit`` from Python (about 12 per saved cell); at the
    quit, when the objects holding True rightly let go, the interpreter aborted ("Fatal
    Python error: bool_dealloc", exit 134). Without the guard 5 rounds were enough."""
    from ssa_desktop.demo import create_demo_vault

    folder, home = tmp_path / "tresor", tmp_path / "home"
    home.mkdir()
    with clock.frozen(datetime(2025, 11, 12, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))):
        create_demo_vault(folder, PASSPHRASE, years=1, params=FAST_KDF).lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(home / ".config"))
    env.pop("SSA_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-X", "faulthandler", str(DRIVER), str(folder),
                           PASSPHRASE, "20"], env=env, capture_output=True, text=True,
                          timeout=600)   # generous: a loaded machine is slow, not broken
    assert "edited 20" in done.stdout, done.stderr[-2000:]
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert "commitData" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
