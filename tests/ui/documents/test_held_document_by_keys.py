"""Dokumente of a held person (docs/retention.md, „Sperre“: the whole record stays as
proof): Alt+L says the hold in the red line at once – before, the question „… endgültig
löschen?“ came first and her „Löschen“ was then refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import retention
from tests.support.questions import answer, esc
from tests.ui.documents.conftest import panel_on_two_letters

NAMED = ("Für diese Person besteht eine Sperre (Geltendmachung von Rechtsansprüchen, "
         "Überprüfung am 01.11.2027)")


def test_deleting_a_held_persons_document_is_refused_without_a_question(open_panel, ctx,
                                                                         qtbot, pupil):
    """Dokumente: Alt+L on a held person's letter says the hold in the red line (heard),
    no question opens, the letter stays chosen, her focus in the list."""
    panel = panel_on_two_letters(open_panel, ctx, qtbot, pupil)
    kept = panel.selected().id
    retention.add_hold(ctx.conn, pupil.id, "legal_claim", date(2027, 11, 1))
    asked: list[str] = []
    answer(asked, esc)   # any question seen and closed by Esc; the looking ends with the test
    QTest.keyClick(panel.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)   # &Löschen …
    qtbot.waitUntil(lambda: bool(panel.error.text()))
    assert panel.error.text().startswith(NAMED)
    assert "das Dokument wird nicht gelöscht" in panel.error.text()
    assert asked == [] and panel.model.rowCount() == 2
    assert panel.selected().id == kept
    assert panel.focusWidget() is panel.table
