"""Personen & Fälle: she types a pseudonym into „Suche“ and at once goes on by keys (↓ into
the list and Enter, or Tab on). The list follows her typing only after a short pause
(150 ms, so that it does not reload at every letter); ↓ within that pause went into the
list as it was before her typing, marked its first row and Enter opened that person – a
file she did not ask for on the screen. Leaving the field (↓ or Tab) now filters at once,
as Enter in the field already did. Real key events, no waiting for the pause."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.persons.person_list import PersonListView


def _list(qtbot, ctx, conn):
    for pseudonym in ("A-11", "B-22", "T-44"):
        repo.PERSONS.insert(conn, Person(pseudonym, grade=7, class_label="7b",
                                         school_id="school-1"))
    view = PersonListView(ctx)
    qtbot.addWidget(view)
    opened: list[str] = []
    view.open_person.connect(opened.append)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.reload()
    assert view.model.rowCount() == 3
    view.search.setFocus()
    return view, opened


def _pseudonym(conn, person_id: str) -> str:
    person = repo.PERSONS.get(conn, person_id)
    assert person is not None
    return person.pseudonym


def test_arrow_down_right_after_typing_opens_the_person_found(qtbot, ctx, conn):
    view, opened = _list(qtbot, ctx, conn)
    QTest.keyClicks(view.search, "T-44")
    QTest.keyClick(view.search, Qt.Key.Key_Down)
    assert view.model.rowCount() == 1          # the list she goes into is the filtered one
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert [_pseudonym(conn, pid) for pid in opened] == ["T-44"]


def test_tab_right_after_typing_filters_the_list(qtbot, ctx, conn):
    view, _opened = _list(qtbot, ctx, conn)
    QTest.keyClicks(view.search, "T-44")
    QTest.keyClick(view.search, Qt.Key.Key_Tab)
    assert view.model.rowCount() == 1
    assert view.count_label.text() == "1 Person"
