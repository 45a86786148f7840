"""Arbeitszeit → Zielwerte: values she typed and has not saved survive Strg+L, the
auto-lock and Strg+Q. The lock emptied the table and nothing was kept; now they are kept
as a form draft in the vault (never in plaintext), the Übersicht offers them („Entwurf:
Zielwerte“), opening it shows them in that agreement's boxes; saving (or „Verwerfen“ at
Strg+Q) ends the draft. Real keys, real vault, real window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import entities as e
from ssa_desktop.services import agreements, notes, timeshare
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.ui.time.area import TimeArea
from tests.support.locks import lock as _lock
from tests.support.locks import reopen as _reopen
from tests.support.main_windows import active_main_window
from tests.support.questions import answer, clicking

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED = "47"   # Direkte Arbeit: Untergrenze (the model agreement's is 60)


@pytest.fixture
def agreement(ctx, post):
    return agreements.save_agreement(ctx.conn, e.CooperationAgreement("school-1",
                                                                      date(2025, 8, 1)))


@pytest.fixture
def window(ctx, qtbot, tmp_path, agreement, frozen):
    return active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))


def _targets(window, qtbot):
    window.show_area("time")
    area = window.findChild(TimeArea)
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    QTest.keyClick(area.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)   # „Zi&elwerte“
    return area.targets


def _typed(window, qtbot):
    targets = _targets(window, qtbot)
    low = targets.table.cellWidget(0, 2)                       # Direkte Arbeit: Untergrenze
    low.setFocus()
    QTest.keyClick(low, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(low, TYPED)
    assert low.value() == 47
    return targets


@pytest.mark.parametrize("how", ["Strg+L", "auto-lock"])
def test_typed_targets_come_back_after_the_lock(window, ctx, qtbot, open_vault, agreement,
                                                how):
    _typed(window, qtbot)
    _lock(ctx, how)
    marker = b"Direkte Arbeit: Untergrenze"   # the draft names each box it keeps
    for path in open_vault.vault.folder.rglob("*"):   # nothing in plaintext beside the vault
        if path.is_file():
            assert marker not in path.read_bytes(), path
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Zielwerte") and item.area == "time"
    window.navigate(item.area, item.record_id)                  # what the Übersicht opens
    area = window.findChild(TimeArea)
    assert area.tabs.currentWidget() is area.targets
    assert area.targets.table.cellWidget(0, 2).value() == 47
    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 60   # not saved
    area.targets.save.setFocus()
    QTest.keyClick(area.targets.save, Qt.Key.Key_Space)         # Zielwerte s&peichern
    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 47
    assert notes.pending_drafts(ctx.conn) == []                 # saved: the draft is gone


def test_quit_asks_about_typed_targets_and_keeps_them(window, ctx, qtbot, open_vault):
    _typed(window, qtbot)
    seen: list[str] = []
    answer(seen, clicking("Als Entwurf behalten"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, CTRL)  # Strg+Q
    assert seen and "Zielwerte" in seen[0]
    assert not ctx.is_unlocked
    _reopen(ctx, open_vault)
    [draft] = notes.form_drafts(ctx.conn, "targets")
    assert 47 in notes.draft_data(draft)["values"].values()


def test_quit_discarding_typed_targets_keeps_nothing(window, ctx, qtbot, open_vault,
                                                     agreement):
    _typed(window, qtbot)
    answer([], clicking("Verwerfen"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Q, CTRL)
    assert not ctx.is_unlocked
    _reopen(ctx, open_vault)
    assert notes.pending_drafts(ctx.conn) == []
    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 60


def test_saved_targets_leave_nothing_to_keep(window, ctx, qtbot, open_vault):
    targets = _typed(window, qtbot)
    QTest.keyClick(targets.save, Qt.Key.Key_Space)
    _lock(ctx, "Strg+L")
    _reopen(ctx, open_vault)
    assert notes.pending_drafts(ctx.conn) == []
