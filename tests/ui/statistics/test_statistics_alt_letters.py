"""Statistik with her keys (session 22, tester Y): the KVJS export is the area's work of
the year, yet none of its buttons and choices had an Alt+letter; she tabbed through the
year, the scope and nine buttons. Each now has its letter, once in the window on every
tab, and Alt+X („E&xportieren …“) writes the year's files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.statistics import area as area_module
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_every_choice_and_button_has_its_alt_letter_and_alt_x_exports(ctx, qtbot, tmp_path,
                                                                       monkeypatch, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("statistics")
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    buttons = [area.export_button, area.deliver_button, area.template_button,
               area.merge_button, area.proof_button, area.annual_report_button,
               area.rules_button]
    assert [b.text() for b in buttons if not letter(b.text())] == []
    assert letter(area.default_button.text())
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        assert clashes(window) == {}, area.tabs.tabText(index)
    area.tabs.setCurrentIndex(0)
    window.setFocus()
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.AltModifier)                         # &Schuljahr
    assert QApplication.focusWidget() is area.year_box
    QTest.keyClick(area.year_box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Be&reich
    assert QApplication.focusWidget() is area.scope_box
    target = tmp_path / "kvjs"
    target.mkdir()
    monkeypatch.setattr(area_module, "choose_target_folder", lambda *a, **k: str(target))
    monkeypatch.setattr(area_module, "ask_yes_no", lambda *a, **k: True)  # her „Ja“ to findings
    QTest.keyClick(area.scope_box, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: area.status.text().startswith("Geschrieben"), timeout=30_000)
    assert len(list(target.iterdir())) == 4
