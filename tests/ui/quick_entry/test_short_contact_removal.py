"""Kurzkontakte: one entered by mistake (twice, at the wrong school) is removed by its Alt
letter („Kurzkontakt ent&fernen“) or Entf in the list, after a question, with its
statistics record and time entry; the list keeps her place (the next row current and
chosen, its values in the form) and the status line says what happened – beside the
warning of a delivered school year. Before, the window could only correct: one entered
twice stayed in the KVJS figures and the working time for good („Anzahl“ goes no lower
than 1)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities, statistics
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY
from tests.support.questions import esc, press_once_active
from tests.support.removals import delete_answered, removed_by_yes, statuses

pytestmark = pytest.mark.usefixtures("frozen_clock")
ALT = Qt.KeyboardModifier.AltModifier


def _entered(conn) -> list[ShortContact]:
    """Newest first in the list: today's (5 min × 1), yesterday's twice (10 min × 2)."""
    made = [activities.record_short_contact(conn, ShortContact(
        TODAY - dt.timedelta(days=back), school_id="school-1", gender=g, grade=7, count=n,
        duration_min=m)) for back, g, n, m in ((1, "w", 2, 10), (1, "w", 2, 10), (0, "m", 1, 5))]
    return [made[2], made[1], made[0]]


def _on_second_row(conn, qtbot, short_contacts):
    made = _entered(conn)
    dialog = short_contacts()
    with qtbot.waitActive(dialog):   # her window in front: its Alt letters and Entf act
        dialog.activateWindow()
    assert [sc.id for sc in dialog.model.rows] == [sc.id for sc in made]
    dialog.view.setFocus()
    QTest.keyClick(dialog.view, Qt.Key.Key_Down)   # the one entered twice by mistake
    assert dialog.selected().id == made[1].id
    return dialog, made


def _figures(conn) -> tuple[int, int]:
    figures = statistics.compute(conn, 2026, statistics.Scope("school", "school-1"))
    return figures["efh_short_contacts"], figures["time_minutes_by_category"]["EFH"]


def test_alt_f_asks_removes_and_keeps_her_place(ctx, conn, qtbot, short_contacts):
    dialog, made = _on_second_row(conn, qtbot, short_contacts)
    assert _figures(conn) == (1 + 2 + 2, 5 + 20 + 20)
    said = statuses(ctx)
    asked: list[str] = []
    press_once_active(QMessageBox, Qt.Key.Key_J, asked, lambda box: box.text(), ALT)  # &Ja
    QTest.keyClick(dialog.view, Qt.Key.Key_F, ALT)   # Kurzkontakt ent&fernen
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    yesterday = (TODAY - dt.timedelta(days=1)).strftime("%d.%m.%Y")
    assert yesterday in asked[0] and "Statistik" in asked[0]
    assert repo.SHORT_CONTACTS.get(conn, made[1].id) is None
    assert repo.STATISTICS.select(conn, "source_id = ?", (made[1].id,)) == []
    assert repo.TIME_ENTRIES.select(conn, "source_id = ?", (made[1].id,)) == []
    assert _figures(conn) == (1 + 2, 5 + 20)
    # her place: the row that followed it, current and chosen, its values in the form
    assert dialog.view.currentIndex().row() == 1
    assert dialog.view.selectionModel().isRowSelected(1)
    assert dialog.selected().id == made[2].id and dialog.count.value() == 2
    assert dialog.focusWidget() is dialog.view
    assert said[-1].startswith(f"Kurzkontakt vom {yesterday} entfernt")
    assert said[-1] in dialog.message.text()   # the plain line, not the red one


def test_entf_asks_the_same_and_no_removes_nothing(conn, qtbot, short_contacts):
    dialog, made = _on_second_row(conn, qtbot, short_contacts)
    delete_answered(qtbot, dialog.view, Qt.Key.Key_Escape,
                    Qt.KeyboardModifier.NoModifier)   # Esc: Nein
    assert repo.SHORT_CONTACTS.count(conn) == 3 and dialog.model.rowCount() == 3
    assert dialog.selected().id == made[1].id
    assert esc  # the question's Esc is „Nein“


def test_the_last_row_removed_leaves_her_on_the_one_before(conn, qtbot, short_contacts):
    dialog, made = _on_second_row(conn, qtbot, short_contacts)
    QTest.keyClick(dialog.view, Qt.Key.Key_Down)                 # the last row
    press_once_active(QMessageBox, Qt.Key.Key_J, [], lambda box: box.text(), ALT)
    QTest.keyClick(dialog.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert repo.SHORT_CONTACTS.get(conn, made[2].id) is None
    assert dialog.view.currentIndex().row() == 1 and dialog.selected().id == made[1].id


def test_in_a_delivered_year_the_status_line_keeps_the_warning(ctx, conn, qtbot,
                                                                short_contacts):
    dialog, _made = _on_second_row(conn, qtbot, short_contacts)
    statistics.mark_delivered(conn, 2026, statistics.Scope("school", "school-1"))
    _asked, said = removed_by_yes(qtbot, ctx, dialog.view, 2)
    assert "entfernt" in said[-1] and "schon als abgegeben markiert" in said[-1]


def test_its_alt_letter_clashes_with_none_in_german_or_english(conn, qtbot, short_contacts):
    """„Kurzkontakt ent&fernen“ / „&Remove short contact“: each letter once in the window."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from tests.ui.common.mnemonics import clashes, mnemonics

    dialog, _made = _on_second_row(conn, qtbot, short_contacts)
    assert clashes(dialog) == {} and "f" in mnemonics(dialog)
    dialog.close()
    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[3] / "translations"
                               / "ssa_desktop_en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        english = short_contacts()
        assert english.remove_button.text() == "&Remove short contact"
        assert clashes(english) == {}
    finally:
        QCoreApplication.removeTranslator(translator)
