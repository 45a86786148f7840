"""Einwilligungen: a consent ending or withdrawn before its begin (an import before
29.11.2026 took it in; the check names it after every unlock) has that day corrected by
keys – chosen in the list, the day in „am“ (its begin, put there as she chooses it),
„Tage be&richtigen“, a question, done; the earlier day stays as a Korrekturvermerk and the
status line says what happened. A consent whose days agree is refused in German (a legal
record: she withdraws it or records a new one). Before, nothing could correct it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import admission, notes
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.consents.panel import ConsentsPanel
from tests.support.clocks import clock_stands_at
from tests.support.questions import press_once_active

TODAY = date(2026, 11, 21)
ALT = Qt.KeyboardModifier.AltModifier
_clock_on_today = clock_stands_at(TODAY)


def _panel(ctx, qtbot, pupil) -> ConsentsPanel:
    panel = ConsentsPanel(ctx, pupil.id)
    qtbot.addWidget(panel)
    panel.refresh()
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Home)
    QTest.keyClick(panel.table, Qt.Key.Key_Space)          # chosen
    return panel


def test_a_reversed_end_is_corrected_by_keys_and_logged(ctx, qtbot, pupil):
    held = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 10, 1),
                                                  valid_to=date(2025, 10, 31)))
    said: list[str] = []
    ctx.status_message.connect(said.append)
    panel = _panel(ctx, qtbot, pupil)
    assert panel.withdraw_day.value() == date(2026, 10, 1)   # its begin, to start from
    panel.withdraw_day.set_date(date(2026, 10, 31))
    asked: list[str] = []
    press_once_active(QMessageBox, Qt.Key.Key_J, asked, lambda box: box.text(), ALT)  # &Ja
    QTest.keyClick(panel.table, Qt.Key.Key_R, ALT)          # Tage be&richtigen
    qtbot.waitUntil(lambda: repo.CONSENTS.get(ctx.conn, held.id).valid_to
                    == date(2026, 10, 31))
    assert "31.10.2025" in asked[0] and "31.10.2026" in asked[0]
    [note] = notes.annotations_for(ctx.conn, pupil.id)
    assert (note.previous, note.text) == ("31.10.2025", "31.10.2026")
    assert admission.held_form_problems(ctx.conn) == []
    assert panel.model.item(0, 4).text() == "31.10.2026"
    assert said and "berichtigt" in said[-1] and panel.error.text() == ""


def test_a_consent_whose_days_agree_is_refused_in_german(ctx, qtbot, pupil):
    fine = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 10, 1),
                                                  valid_to=date(2026, 12, 31)))
    panel = _panel(ctx, qtbot, pupil)
    QTest.keyClick(panel.table, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: panel.error.text() != "")
    assert "Widerruf eintragen" in panel.error.text()
    assert repo.CONSENTS.get(ctx.conn, fine.id).valid_to == date(2026, 12, 31)
    assert notes.annotations_for(ctx.conn, pupil.id) == []
