"""1 August: the Schuljahreswechsel opened by itself at the unlock; she went to the
Übersicht (the assistant lets her) and pressed „Schuljahreswechsel …“ (Alt und das
unterstrichene W) – a second assistant opened over the first, listing the same school.
Applied in one, the other still offered the school and answered „bereits übernommen“.
Now the open assistant comes to the front, as it is; a second press opens no other.
Real key events, the real vault (one year of demo data, unlocked on 3 August)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support import demo_vaults
from tests.support.main_windows import make_active, shown_main_window

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _assistants() -> list[SchoolYearDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, SchoolYearDialog) and w.isVisible()]


def test_the_header_button_brings_the_open_assistant_forward(qtbot, tmp_path):
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.context import AppContext

    with clock.frozen(date(2026, 11, 21)):   # the demo's year, 2026/27
        session, _ = Vault.create(tmp_path / "demo", PASSPHRASE, params=FAST_KDF)
        demo_vaults.fill(session.conn, years=1)
    with clock.frozen(date(2027, 8, 3)):
        context = AppContext(session.vault.folder)
        context.set_session(session)
        window = shown_main_window(context, qtbot, tmp_path, (1280, 720))
        qtbot.waitUntil(lambda: len(_assistants()) == 1, timeout=20_000)
        (opened,) = _assistants()
        for _press in range(2):
            make_active(qtbot, window)
            QTest.keyClick(window, Qt.Key.Key_1, CTRL)          # Übersicht
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, ALT)
            # the button's click comes a moment after its letter: a second assistant, or
            # the open one in front
            qtbot.waitUntil(lambda: len(_assistants()) != 1 or opened.isActiveWindow())
            assert _assistants() == [opened]
