"""A group's session length typed with real keys on a real vault: an emptied Dauer is
refused like Offene Angebote' (before, Enter saved the former 90 while the field was
empty), more than a day (1,440 minutes) refused with the domain's sentence, a day kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import groups as svc
from ssa_desktop.ui.groups.area import GroupsArea
from tests.conftest import TODAY
from tests.support.shown import show_active

pytestmark = pytest.mark.usefixtures("frozen_clock")

YEAR = SchoolYear.of(TODAY)


def _area_with_group(qtbot, ctx) -> tuple[GroupsArea, str]:
    area = show_active(qtbot, GroupsArea(ctx), size=(1200, 800))
    qtbot.mouseClick(area.new_button, Qt.LeftButton)
    qtbot.keyClicks(area.title_edit, "Streitschlichter")
    area.m_spin.setValue(6)  # 0 participants would be asked about
    qtbot.keyClick(area.title_edit, Qt.Key_Return)
    [row] = svc.list_groups(ctx.conn)
    area.session_day.set_date(YEAR.start.replace(month=10, day=6))
    return area, row.id


def _type_duration(area: GroupsArea, text: str) -> None:
    spin = area.session_duration.spin
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(spin, Qt.Key_Backspace)
    QTest.keyClicks(spin, text)


def test_an_emptied_duration_is_refused_not_saved_as_the_former_one(qtbot, ctx):
    """Enter adds through a shortcut, before the spin box puts its former number back."""
    area, group_id = _area_with_group(qtbot, ctx)
    _type_duration(area, "")
    assert area.session_duration.spin.cleanText() == ""
    QTest.keyClick(area.session_duration.spin, Qt.Key_Return)
    assert svc.sessions(ctx.conn, group_id) == []  # 90 was saved while Dauer was empty
    assert area.session_error.text() == "Dauer in Minuten: Bitte eine Zahl eingeben."
    assert area.session_duration.spin.hasFocus()
    QTest.keyClicks(area.session_duration.spin, "40")
    QTest.keyClick(area.session_duration.spin, Qt.Key_Return)
    assert [s.duration_min for s in svc.sessions(ctx.conn, group_id)] == [40]
    assert area.session_error.text() == ""


def test_more_than_a_day_is_refused_and_a_day_is_kept(qtbot, ctx):
    area, group_id = _area_with_group(qtbot, ctx)
    _type_duration(area, "1441")
    QTest.keyClick(area.session_duration.spin, Qt.Key_Return)
    assert svc.sessions(ctx.conn, group_id) == []
    assert area.session_error.text() == (
        "Die Sitzung ist mit 1.441 Minuten länger als ein Tag – bitte die Dauer prüfen "
        "(höchstens 1.440 Minuten).")
    assert area.session_duration.spin.cleanText() == "1441"   # what she typed stays
    _type_duration(area, "1440")
    QTest.keyClick(area.session_duration.spin, Qt.Key_Return)
    assert [s.duration_min for s in svc.sessions(ctx.conn, group_id)] == [1440]
