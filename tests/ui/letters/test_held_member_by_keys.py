"""Serienbrief: a held person's membership is not removed (docs/retention.md, „Sperre“:
the whole record stays as proof). „Entfernen“ on her in „Mitglieder“ says the hold at once –
before, „Die Teilnahme wird gelöscht … Fortfahren?“ came and her „Entfernen“ deleted it;
she stays in the list, chosen, her focus there."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import group_members, retention
from tests.support import questions
from tests.ui.letters.test_serial_dialog import _dialog, group  # noqa: F401 (fixture)


def test_a_held_members_membership_is_refused_by_name(qtbot, ctx, records, group):  # noqa: F811
    with clock.frozen(date(2026, 11, 20)):
        retention.add_hold(ctx.conn, records["person"], "legal_claim", date(2027, 11, 1))
    dialog = _dialog(qtbot, ctx, group)
    dialog.members.setCurrentRow(0)
    dialog.members.setFocus()
    asked: list[str] = []

    def by_keys(box) -> None:      # a message: Enter; the question: „Entfernen“
        if box.defaultButton() is not None and "Fortfahren" in box.text():
            [yes] = [b for b in box.buttons() if "Entfernen" in b.text().replace("&", "")]
            yes.setFocus()
            QTest.keyClick(yes, Qt.Key.Key_Space)
        else:
            QTest.keyClick(box, Qt.Key.Key_Return)
    questions.answer_each(asked, [by_keys, by_keys])   # each box that opens: its text
    dialog.remove_button.setFocus()      # Tab to „Entfernen“, Leertaste (its Alt+E needs
    QTest.keyClick(dialog.remove_button, Qt.Key.Key_Space)   # the window active)
    qtbot.waitUntil(lambda: bool(asked) and QApplication.activeModalWidget() is None)
    assert asked[0].startswith("Für diese Person besteht eine Sperre (Geltendmachung von "
                               "Rechtsansprüchen, Überprüfung am 01.11.2027); die "
                               "Gruppenmitgliedschaft wird nicht gelöscht.")
    assert [m.person.id for m in group_members.members(ctx.conn, group)] == [records["person"]]
    assert dialog.members.currentRow() == 0
    assert dialog.focusWidget() is dialog.members
