"""Esc (or „Zurück zur Liste“, or another area) while a § 8a step is typed but not saved
asks before the words go: the page went back to the list at once and the observations of
„gewichtige Anhaltspunkte“ were gone. With nothing typed it goes back without a question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.persons.area import PersonsArea
from tests.support.questions import answer, clicking, esc, esc_asks_first

ALT = Qt.KeyboardModifier.AltModifier


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _cp_page(ctx, qtbot, pupil) -> PersonsArea:
    """Her pupil's page, the § 8a tab by its key, a procedure begun by its key."""
    area = PersonsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    with qtbot.waitActive(area):
        area.show()
        area.activateWindow()
    procedure_begun(qtbot, area, pupil.id)
    return area


def procedure_begun(qtbot, area, pupil_id: str):
    """In Personen (``area``) the pupil's page, the § 8a tab by its key and a procedure
    begun by its key. Returns the § 8a panel."""
    area.open_record(pupil_id)
    area.page.tabs.setFocus()
    QTest.keyClick(area.page.tabs, Qt.Key.Key_K, ALT)                  # &Kinderschutz (§ 8a)
    _key(Qt.Key.Key_N, ALT)                                            # &Neues § 8a-Verfahren
    qtbot.waitUntil(lambda: area.page.cp_panel.current() is not None)  # a button's key clicks late
    return area.page.cp_panel


def test_esc_with_a_typed_step_asks_and_keeps_it(ctx, qtbot, pupil):
    area = _cp_page(ctx, qtbot, pupil)
    panel = area.page.cp_panel
    panel.text.setFocus()
    QTest.keyClicks(panel.text, "Mutter am Telefon informiert")
    asked = esc_asks_first(qtbot)   # „Weiter bearbeiten“: her Esc on the question
    assert "§ 8a" in asked[0] and "nicht gespeichert" in asked[0]
    assert area.showing_page()
    assert area.page.cp_panel is panel
    assert panel.text.toPlainText() == "Mutter am Telefon informiert"


def test_discarding_a_typed_step_goes_back(ctx, qtbot, pupil):
    area = _cp_page(ctx, qtbot, pupil)
    panel = area.page.cp_panel
    panel.text.setFocus()
    QTest.keyClicks(panel.text, "Mutter am Telefon informiert")
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not area.showing_page())
    assert len(asked) == 1


def test_esc_with_nothing_typed_goes_back_without_a_question(ctx, qtbot, pupil):
    area = _cp_page(ctx, qtbot, pupil)
    asked: list[str] = []
    answer(asked, esc)
    area.page.cp_panel.text.setFocus()
    _key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not area.showing_page())
    assert asked == []
