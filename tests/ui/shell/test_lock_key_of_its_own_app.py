"""Two apps in one process (the journey runs her app and the deputy's side by side):
Strg+L and Strg+Q are application-wide in each main window, yet a key pressed in one
app's window belongs to that app alone – it locks that vault and leaves the other as it
is, not refused by Qt as an ambiguous shortcut."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF
from tests.ui.journey.first_run import open_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def two_apps(ctx, qtbot, tmp_path):
    store = DeviceKeyStore(fail.Keyring())
    hers = open_main_window(qtbot, tmp_path / "a", ctx.session, store, tmp_path / "a.ini")
    session, _ = Vault.create(tmp_path / "b", "Vertretung Nord Ahornblatt 58", params=FAST_KDF)
    deputy = open_main_window(qtbot, tmp_path / "b", session, store, tmp_path / "b.ini")
    return hers, deputy


def test_strg_l_in_the_second_app_locks_that_app(two_apps, qtbot):
    hers, deputy = two_apps
    deputy.activateWindow()
    qtbot.waitUntil(deputy.isActiveWindow)
    QTest.keyClick(deputy, Qt.Key_L, Qt.ControlModifier)
    assert not deputy.ctx.is_unlocked
    assert hers.ctx.is_unlocked and hers.isVisible()   # the lock hides its own windows only


def test_strg_l_in_a_window_the_second_app_opened(two_apps, qtbot):
    """A window of the deputy's app of its own (as the deputy's window is)."""
    hers, deputy = two_apps
    own = QWidget(deputy, Qt.Window)
    own.show()
    own.activateWindow()
    qtbot.waitUntil(own.isActiveWindow)
    QTest.keyClick(own, Qt.Key_L, Qt.ControlModifier)
    assert not deputy.ctx.is_unlocked
    assert hers.ctx.is_unlocked


def test_strg_q_during_a_critical_operation_quits_once_it_has_ended(ctx, qtbot, tmp_path):
    """Strg+Q while a critical operation runs (e.g. the sweep of packages on the lane of
    the unlock's upkeep): the window says to wait, then locks and closes by itself as
    soon as the operation has ended – the quit is deferred, not dropped."""
    window = open_main_window(qtbot, tmp_path / "a", ctx.session,
                              DeviceKeyStore(fail.Keyring()), tmp_path / "a.ini")
    ctx = window.ctx
    ctx.begin_critical()
    QTest.keyClick(window, Qt.Key_Q, Qt.ControlModifier)
    assert window.isVisible() and ctx.is_unlocked
    assert window.statusBar().currentMessage() == "Bitte warten, bis die laufende Aktion fertig ist."
    ctx.end_critical()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not ctx.is_unlocked
