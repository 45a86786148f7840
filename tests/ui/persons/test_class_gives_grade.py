"""Issue 31 item 4: a person created with „Neue Person …“ and Klasse „5a“ gets
Klassenstufe 5, as quick entry derives it (one rule: domain/school_class.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.persons.area import PersonsArea

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(ctx, qtbot):
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _new(area, qtbot, pseudonym, label):
    area.refresh()
    area.list.new_button.click()
    form = area.page.form
    form.pseudonym.setFocus()
    qtbot.keyClicks(form.pseudonym, pseudonym)
    form.class_label.setFocus()
    qtbot.keyClicks(form.class_label, label)
    return form


def test_new_person_with_class_5a_gets_grade_5(area, conn, qtbot):
    form = _new(area, qtbot, "N-5", "5a")
    assert form.grade.value() == 5                    # shown while she types
    QTest.keyClick(form.class_label, Qt.Key_S, Qt.ControlModifier)
    saved = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "N-5")
    assert (saved.grade, saved.class_label) == (5, "5a")


def test_an_entered_grade_is_kept_and_vkl_gives_none(area, conn, qtbot):
    form = _new(area, qtbot, "V-1", "VKL")
    assert form.grade.value() == 0
    QTest.keyClick(form.class_label, Qt.Key_S, Qt.ControlModifier)
    saved = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "V-1")
    assert (saved.grade, saved.class_label) == (None, "VKL")
