"""Datenschutz → Sperren and Eingeschränkt with her keys (session 25): she chooses a hold
with the arrows, Tab to „Sperre aufheben …“, Space, confirms – and the keyboard stayed on
the button with no row current: her next Space asked nothing and did nothing, the arrows
began again at the top and a screen reader named no row. As after a deletion in
„Löschung fällig“ (test_focus_after_deletion.py), the keys go back to the list, where the
row that now stands in the lifted one's place is current and chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ssa_desktop.domain import clock
from ssa_desktop.services import retention as svc
from ssa_desktop.services.operations import Changes, DataKind
from tests.retention.fixtures import full_person
from tests.support import questions
from tests.support.main_windows import active_main_window

TODAY = date(2026, 9, 1)


def _key(key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def _lifted(qtbot, area, loaded: int) -> None:
    """Wait for the load the lift asked for (asked before Space returned): shown, none left
    running. ``loaded`` alone also counted a load the unlock's upkeep started while the
    question stood open."""
    qtbot.waitUntil(lambda: area.loaded > loaded and not area.loading, timeout=20_000)


def _while_it_loads(area, answer):
    """The question's answer, given once a load started while it stands open (the day's
    backup of the unlock's upkeep landing as she reads it) has been shown."""
    landed: list[int] = []

    def read(box) -> bool:
        if not landed:
            landed.append(area.loaded)
            area.ctx.broadcast(Changes.of(DataKind.BACKUPS))
            return False
        if area.loaded <= landed[0] or area.loading:
            return False
        answer(box)
        return True
    return read


@pytest.mark.parametrize("upkeep", [False, True], ids=["quiet", "a_load_while_asked"])
@pytest.mark.parametrize("page", ["holds", "restricted"])
def test_after_lifting_her_keys_stay_in_the_list_on_the_next_row(ctx, qtbot, tmp_path, page,
                                                                  upkeep):
    """``a_load_while_asked`` (CI, loaded): the load it started dropped her chosen row, and
    the place after the lift was taken after her answer, from a list with none chosen."""
    ids = [full_person(ctx.conn, n, leaving=date(2026, 7, 31)).person.id for n in (1, 2, 3)]
    for record_id in ids:
        if page == "holds":
            svc.add_hold(ctx.conn, record_id, "legal_claim", date(2027, 1, 1), today=TODAY)
        else:
            svc.restrict(ctx.conn, record_id)
    with clock.frozen(TODAY):
        window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
        area = window.show_area("privacy")
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=20_000)
        area.tabs.setCurrentIndex(area._pages[page])
        view = area.holds_view if page == "holds" else area.restricted_view
        model = area.holds_model if page == "holds" else area.restricted_model
        assert len(model.rows) == 3
        area.tabs.list.setFocus()
        _key(Qt.Key.Key_Tab)                       # from the pages into the list
        assert QApplication.focusWidget() is view
        _key(Qt.Key.Key_Down)                      # the second row
        assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
        after = model.rows[2]                      # moves up into its place
        _key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget().text().replace("&", "").endswith("aufheben …")
        asked: list[str] = []
        answer = questions.clicking("Aufheben")
        if upkeep:
            questions.while_open(QMessageBox, _while_it_loads(
                area, lambda box: asked.append(box.text()) or answer(box)))
        else:
            questions.answer(asked, answer)
        loaded = area.loaded
        _key(Qt.Key.Key_Space)
        _lifted(qtbot, area, loaded)
        assert asked
        assert len(model.rows) == 2
        assert window.focusWidget() is view
        current = view.currentIndex()
        assert current.isValid() and current.row() == 1
        assert [model.rows[i.row()] for i in view.selectionModel().selectedRows()] == [after]


@pytest.mark.parametrize("page", ["holds", "restricted"])
def test_nothing_chosen_is_said_and_the_keys_go_to_the_list(ctx, qtbot, tmp_path, page):
    """Tab into the list puts the focus line on the first row without choosing it; Tab
    on to „… aufheben …“ and Space did nothing and said nothing. Now the status line says
    to choose one first and the keys go back to the list; nothing is asked or lifted."""
    record_id = full_person(ctx.conn, 1, leaving=date(2026, 7, 31)).person.id
    if page == "holds":
        svc.add_hold(ctx.conn, record_id, "legal_claim", date(2027, 1, 1), today=TODAY)
    else:
        svc.restrict(ctx.conn, record_id)
    with clock.frozen(TODAY):
        window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
        area = window.show_area("privacy")
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=20_000)
        area.tabs.setCurrentIndex(area._pages[page])
        view = area.holds_view if page == "holds" else area.restricted_view
        area.tabs.list.setFocus()
        _key(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is view
        assert view.selectionModel().selectedRows() == []
        _key(Qt.Key.Key_Tab)
        asked: list[str] = []
        questions.answer(asked, questions.clicking("Abbrechen"))
        _key(Qt.Key.Key_Space)
        assert asked == []
        assert "wählen" in area.status.text()
        assert QApplication.focusWidget() is view
        model = area.holds_model if page == "holds" else area.restricted_model
        assert len(model.rows) == 1
