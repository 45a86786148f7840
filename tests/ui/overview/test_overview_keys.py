"""Übersicht with her keys (session 25): „Beratungszettel drucken …“, the tile's button
for the day's slips, was the only button of the Übersicht without an Alt letter – with
today's appointments she tabbed to it. It now has its letter (Beratungs&zettel, English
„Print consultation &slips“), once in the window with the menus, and Alt+letter, a real
key event, prints the day's slips."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments
from ssa_desktop.ui.reports import slip_dialog
from tests.support.languages import in_language
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

TODAY = date(2026, 11, 20)
KEYS = {chr(c): getattr(Qt.Key, f"Key_{chr(c).upper()}") for c in range(ord("a"), ord("z") + 1)}


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_button_of_the_overview_has_its_alt_letter(ctx, qtbot, tmp_path, pupil,
                                                         monkeypatch, language):
    clock.set_clock(clock.fixed(TODAY))   # the conftest's _system_clock puts it back
    appointments.save_appointment(ctx.conn, Appointment(TODAY, "09:40", "10:10",
                                                        person_id=pupil.id,
                                                        school_id="school-1", room="12"))
    printed: list[date] = []
    monkeypatch.setattr(slip_dialog, "print_day_dialog",
                        lambda _ctx, day, _parent: printed.append(day) or "")
    with in_language(language):
        window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
        area = window.show_area("overview")
        assert area.slips_button.isEnabled()
        buttons = [b for b in area.findChildren(QAbstractButton) if b.isVisibleTo(window)]
        assert [b.text() for b in buttons if not letter(b.text())] == []
        assert clashes(window) == {}
        window.sidebar.setFocus()
        QTest.keyClick(QApplication.focusWidget(), KEYS[letter(area.slips_button.text())],
                       Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: printed == [TODAY])   # a mnemonic clicks late
