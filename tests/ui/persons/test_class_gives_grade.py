"""Issue 31 item 4: a person created with „Neue Person …“ and Klasse „5a“ gets
Klassenstufe 5, as quick entry derives it (one rule: domain/school_class.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.storage import repositories as repo

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _new(new_person, qtbot, pseudonym, label):
    form = new_person(pseudonym)
    form.class_label.setFocus()
    qtbot.keyClicks(form.class_label, label)
    return form


def test_new_person_with_class_5a_gets_grade_5(new_person, conn, qtbot):
    form = _new(new_person, qtbot, "N-5", "5a")
    assert form.grade.value() == 5                    # shown while she types
    QTest.keyClick(form.class_label, Qt.Key_S, Qt.ControlModifier)
    saved = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "N-5")
    assert (saved.grade, saved.class_label) == (5, "5a")


def test_an_entered_grade_is_kept_and_vkl_gives_none(new_person, conn, qtbot):
    form = _new(new_person, qtbot, "V-1", "VKL")
    assert form.grade.value() == 0
    QTest.keyClick(form.class_label, Qt.Key_S, Qt.ControlModifier)
    saved = next(p for p in repo.PERSONS.all(conn) if p.pseudonym == "V-1")
    assert (saved.grade, saved.class_label) == (None, "VKL")
