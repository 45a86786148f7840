"""Strg+Enter pressed while a drop-down list of the § 8a panel is open saves the step
the fields show, as from any field (Qt's open list took Return with any modifier as a
pick: nothing was saved and nothing said)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import child_protection as cp
from ssa_desktop.ui.child_protection.panel import ChildProtectionPanel
from tests.support.clocks import clock_stands_at
from tests.support.open_lists import open_list

TODAY = date(2026, 11, 21)


_clock_on_today = clock_stands_at(TODAY)


@pytest.fixture
def panel(ctx, qtbot, pupil):
    """The § 8a panel, shown and active, a new procedure begun: Schritt 1 with an
    observation; returns the panel, its procedure in ``panel.current()``."""
    panel = ChildProtectionPanel(ctx, pupil.id)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    panel.refresh()
    qtbot.mouseClick(panel.new_button, Qt.LeftButton)
    panel.step_combo.set_code("1")
    panel.observations.setPlainText("Hämatome am Arm")
    return panel


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Enter])
def test_strg_enter_in_an_open_list_saves_the_step(ctx, qtbot, panel, key):
    proc = panel.current()
    panel.actor.setText("ich")
    panel.source.setText("eigene Wahrnehmung")
    # where the keys of an open list go: the list of Schritt inside the popup frame
    QTest.keyClick(open_list(qtbot, panel.step_combo), key, Qt.ControlModifier)
    assert QApplication.activePopupWidget() is None
    assert [s.step for s in cp.steps(ctx.conn, proc.id)] == ["1"], panel.error.text()


def test_strg_s_in_an_open_list_loses_nothing(ctx, qtbot, panel):
    """The panel saves with Strg+Enter only: Strg+S from an open list saves no step,
    leaves the list and every field as they were."""
    proc = panel.current()
    QTest.keyClick(open_list(qtbot, panel.step_combo), Qt.Key_S, Qt.ControlModifier)
    assert cp.steps(ctx.conn, proc.id) == []
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert panel.step_combo.code() == "1"
    assert panel.observations.toPlainText() == "Hämatome am Arm"
