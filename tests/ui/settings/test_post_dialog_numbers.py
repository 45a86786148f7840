"""Stelle bearbeiten: a Stellenumfang or full-time hours typed beyond the bounds is refused
in German and the dialog stays open with nothing saved. Qt dropped the key that made the
number too big: „150“ % became 15 % and „100“ Wochenstunden became 10, saved with Enter
without a word. At the bounds: 100 % and 60 hours are kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import School
from ssa_desktop.ui.settings.dialogs import PostDialog

SCHOOL = School("Gemeinschaftsschule Am Park", id="school-1")


@pytest.fixture
def dialog(qtbot):
    shown = PostDialog(None, [SCHOOL], {"school-1": 50.0}, 2025)
    qtbot.addWidget(shown)
    saved: list = []
    shown.save = lambda: saved.append(shown.values())
    shown.show()
    qtbot.waitExposed(shown)
    return shown, saved


def _type(spin, text: str) -> None:
    spin.setFocus()
    QTest.keyClick(spin.lineEdit(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(spin.lineEdit(), text)
    QTest.keyClick(spin.lineEdit(), Qt.Key_Return)


def test_a_share_over_100_percent_is_refused_and_the_dialog_stays(dialog):
    shown, saved = dialog
    _type(shown.shares["school-1"], "150")
    assert saved == [] and shown.isVisible()
    assert "„150“" in shown.error.text() and "es bleibt bei 50" in shown.error.text()
    _type(shown.shares["school-1"], "100")
    assert not shown.isVisible()
    assert saved[0][1] == {"school-1": 100.0}


def test_full_time_hours_over_60_are_refused_and_the_dialog_stays(dialog):
    shown, saved = dialog
    _type(shown.hours, "100")
    assert saved == [] and shown.isVisible()
    assert "„100“" in shown.error.text()
    _type(shown.hours, "60")
    assert saved[0][0].full_time_hours == 60.0
