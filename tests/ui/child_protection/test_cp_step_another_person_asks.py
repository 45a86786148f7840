"""Another person opened while a § 8a step is typed on this one's page (Strg+K's Enter,
a found document, an Übersicht entry of the same area) asks before the words go: the page
was loaded with the other person at once, its § 8a panel dropped with her observations,
no question and no draft. „Weiter bearbeiten“ keeps her on this person with her words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from tests.support.main_windows import active_main_window
from tests.support.questions import answer, clicking, press_once_active
from tests.ui.child_protection.test_cp_step_esc_asks import procedure_begun

pytestmark = pytest.mark.usefixtures("frozen_clock")
TYPED = "Blaue Flecken am Arm, Kind sagt: vom Sport"


@pytest.fixture
def typed(ctx, qtbot, tmp_path, pupil):
    """Her pupil's § 8a step typed, not saved; another pupil in the vault."""
    other = repo.PERSONS.insert(ctx.conn, Person("K-18", first_name="Ben", last_name="Ost",
                                                 gender="m", grade=7, class_label="7b",
                                                 school_id="school-1", birth_year=2013))
    window = active_main_window(ctx, qtbot, tmp_path)
    area = window.show_area("persons")
    panel = procedure_begun(qtbot, area, pupil.id)
    panel.text.setFocus()
    QTest.keyClicks(panel.text, TYPED)
    return window, area, panel, other


def test_another_person_asks_and_keeps_the_typed_step(typed, qtbot, pupil):
    window, area, panel, other = typed
    asked: list[str] = []
    # „Weiter bearbeiten“: her Esc once the question is the active window
    press_once_active(QMessageBox, Qt.Key.Key_Escape, asked, lambda box: box.text())
    window.navigate("persons", other.id)                        # what Strg+K's Enter does
    assert asked and "§ 8a" in asked[0]
    assert area.page.person.id == pupil.id
    assert area.page.cp_panel is panel
    assert panel.text.toPlainText() == TYPED


def test_discarding_opens_the_other_person(typed, qtbot):
    window, area, _panel, other = typed
    asked: list[str] = []
    answer(asked, clicking("Verwerfen"))
    window.navigate("persons", other.id)
    assert len(asked) == 1
    assert area.page.person.id == other.id
