"""„Gruppe löschen“ with a held person among the members (session 22, reviewer R): her
membership goes with the group, so the hold refuses it (``services.holds``); the area
says so at once, naming the hold – no question „… löschen?“ whose „Ja“ could do nothing –
and the group stays, chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.services import group_members, groups, retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.groups.area import GroupsArea
from tests.conftest import TODAY
from tests.support.shown import show_active
from tests.ui.privacy.test_held_parts_refused_by_keys import _answers, _enter

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_deleting_the_group_of_a_held_member_is_refused_before_the_question(
        qtbot, ctx, conn, pupil):
    group = groups.save_group(conn, GroupActivity("Soziales Lernen 7b", TODAY.year,
                                                  school_id=pupil.school_id))
    group_members.add_member(conn, group.id, pupil.id, TODAY)
    retention.add_hold(conn, pupil.id, "legal_claim", date(2027, 11, 1))
    area = show_active(qtbot, GroupsArea(ctx), size=(1200, 800))
    area.show_group(groups.get_group(conn, group.id))
    assert area.delete_button.isEnabled()
    asked: list[str] = []
    _answers(asked, _enter)
    area.delete_button.setFocus()   # Leertaste on the focused button
    QTest.keyClick(area.delete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(asked) == 1 and QApplication.activeModalWidget() is None)
    [said] = asked
    assert said.startswith("Für eine Person dieser Gruppe besteht eine Sperre "
                           "(Geltendmachung von Rechtsansprüchen, Überprüfung am 01.11.2027)")
    assert "die Gruppe wird nicht gelöscht" in said
    assert repo.GROUPS.get(conn, group.id) is not None
    assert area.group is not None and area.group.id == group.id
