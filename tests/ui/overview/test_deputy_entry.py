"""Issue 18 item 2: the Vertretungspaket starts "from Datenschutz or the Übersicht". The
Übersicht's tile "Termine heute" (a deputy covers the appointments of an absence) has
"&Vertretungspaket …": Alt+V in the main window, Space on the focused button and a click
open the same dialog as Datenschutz → Vertretung und Übergabe, on the clock's day. Its
letter clashes with nothing (tests/ui/shell/test_mnemonics.py) and the Übersicht still
fits 1366×768 and 1280×720 (tests/ui/shell/test_fits_small_screen.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
from tests.conftest import TODAY
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    return active_main_window(ctx, qtbot, tmp_path, size=(1366, 768))


def _dialogs() -> list[DeputyPackageDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, DeputyPackageDialog) and w.isVisible()]


def test_alt_v_on_the_overview_opens_the_vertretungspaket(window, qtbot):
    area = window.show_area("overview")
    button = area.deputy_button
    assert button.isVisible() and letter(button.text()) == "v"
    assert area.appointments.isAncestorOf(button)  # in the tile "Termine heute"
    assert clashes(window) == {}
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_V, Qt.AltModifier)
    qtbot.waitUntil(lambda: bool(_dialogs()))
    (dialog,) = _dialogs()
    assert dialog.windowTitle() == "Vertretungspaket erstellen"
    assert dialog.first.value() == TODAY + timedelta(days=1)  # the suite's frozen clock
    QTest.keyClick(dialog, Qt.Key_Escape)
    assert not _dialogs()


def test_space_and_click_open_it_too(window, qtbot):
    area = window.show_area("overview")
    area.deputy_button.setFocus()
    QTest.keyClick(area.deputy_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: bool(_dialogs()))
    _dialogs()[0].reject()
    QTest.mouseClick(area.deputy_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(_dialogs()))
    (dialog,) = _dialogs()
    dialog.reject()


def test_locked_closes_it(window, qtbot, ctx):
    area = window.show_area("overview")
    QTest.mouseClick(area.deputy_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(_dialogs()))
    ctx.lock()
    assert not _dialogs()

